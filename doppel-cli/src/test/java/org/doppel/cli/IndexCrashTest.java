package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code doppel index add} process with SIGKILL at random moments, again and again, and
 * checks after each kill that the index opens and holds exactly the documents of its last commit,
 * each whole; then that the same command, run again, completes the index.
 */
class IndexCrashTest {
  private static final int DOCUMENTS = 400;
  private static final int COMMIT_EVERY = 10;
  private static final int KILLS = 10;

  @TempDir
  Path folder;

  @Test
  void anIndexAddKilledAtRandomMomentsKeepsItsLastCommitWholeAndARerunCompletesIt() throws Exception {
    Map<String, String> texts = writeCorpus(folder.resolve("corpus.jsonl"));
    List<String> order = new ArrayList<>(texts.keySet());
    Path index = folder.resolve("index");
    Random random = new Random(14);
    int held = 0;
    int killedMidway = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Path log = folder.resolve("add-" + kill + ".log");
      Process add = start(index, folder.resolve("corpus.jsonl"), log);
      if (kill % 3 == 0) {
        Thread.sleep(random.nextInt(2000)); // anywhere, startup included
      } else {
        // Most kills land while documents are being added and committed, however slow the JVM starts.
        waitForFirstCommit(add, log);
        Thread.sleep(random.nextInt(600));
      }
      boolean finished = !add.isAlive();
      add.destroyForcibly();
      assertThat(add.waitFor(30, TimeUnit.SECONDS)).isTrue();
      if (!Files.exists(index)) {
        continue; // killed before the index was made
      }
      try (DoppelIndex opened = Doppel.builder().threads(1).openIndex(index)) {
        String committed = opened.lastCommitData().get(IndexCommand.COMMITTED_DOCUMENTS);
        int lastCommit = committed == null ? 0 : Integer.parseInt(committed);
        // Each run re-adds from the first document, so the index holds the longest prefix any run committed.
        int expected = Math.max(held, lastCommit);
        List<String> ids = opened.ids();
        assertThat(ids).as("ids after kill %d", kill).containsExactlyInAnyOrderElementsOf(order.subList(0, expected));
        for (String id : ids) {
          assertThat(opened.get(id).orElseThrow().text()).as("text of %s", id).isEqualTo(texts.get(id));
        }
        held = expected;
        if (!finished && expected > 0 && expected < DOCUMENTS) {
          killedMidway++;
        }
      }
    }
    assertThat(killedMidway).as("kills that landed between the first and the last commit").isGreaterThanOrEqualTo(1);

    Process rerun = start(index, folder.resolve("corpus.jsonl"), folder.resolve("rerun.log"));
    assertThat(rerun.waitFor(240, TimeUnit.SECONDS)).as("rerun finishes").isTrue();
    assertThat(rerun.exitValue()).as("rerun exit code; log: %s", Files.readString(folder.resolve("rerun.log"))).isZero();
    try (DoppelIndex opened = Doppel.builder().threads(1).openIndex(index)) {
      assertThat(opened.ids()).containsExactlyInAnyOrderElementsOf(order);
    }
  }

  @Test
  void aFolderWhoseIndexingIsCutAfterItsFirstCommitIsCompletedByARerunThatSaysWhatItTookAgain() throws Exception {
    // a folder of many files, as a user indexes a day's articles: killed (SIGKILL) once the first commit is said,
    // long before its last, then run again
    Path corpus = Files.createDirectory(folder.resolve("articles"));
    Map<String, String> texts = writeCorpus(folder.resolve("corpus.jsonl"));
    List<String> ids = new ArrayList<>(texts.keySet());
    for (String id : ids) {
      Files.writeString(corpus.resolve(id + ".txt"), texts.get(id));
    }
    Path index = folder.resolve("index");
    Path log = folder.resolve("cut.log");
    Process add = start(index, corpus, log);
    waitForFirstCommit(add, log);
    assertThat(add.isAlive()).as("still adding when cut; log: %s", Files.readString(log)).isTrue();
    add.destroyForcibly();
    assertThat(add.waitFor(30, TimeUnit.SECONDS)).isTrue();

    int committed;
    try (DoppelIndex opened = Doppel.builder().threads(1).openIndex(index)) {
      committed = Integer.parseInt(opened.lastCommitData().get(IndexCommand.COMMITTED_DOCUMENTS));
      assertThat(committed).isBetween(COMMIT_EVERY, DOCUMENTS - 1);
      // files are read in name order, so the commit holds the first ones, each once and whole
      assertThat(opened.ids()).containsExactlyInAnyOrderElementsOf(ids.subList(0, committed));
    }
    Path query = Files.writeString(Files.createDirectory(folder.resolve("incoming")).resolve("wire.txt"), texts.get(ids.get(0)));
    Path answer = folder.resolve("answer.jsonl");
    Process asked = run(folder.resolve("query.log"), "query", "--copies-only", "--format", "jsonl", "--out", answer.toString(),
        index.toString(), query.toString());
    assertThat(asked.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(asked.exitValue()).as("query of the cut index; log: %s", Files.readString(folder.resolve("query.log"))).isZero();
    assertThat(Files.readString(answer)).contains("\"b\":\"" + ids.get(0) + "\"");

    Path rerunLog = folder.resolve("rerun.log");
    Process rerun = start(index, corpus, rerunLog);
    assertThat(rerun.waitFor(240, TimeUnit.SECONDS)).as("rerun finishes").isTrue();
    assertThat(rerun.exitValue()).as("rerun exit code; log: %s", Files.readString(rerunLog)).isZero();
    // the rerun reads the folder again: what the cut run committed is taken again, replacing itself, and said so
    assertThat(Files.readString(rerunLog)).contains("doppel: " + (DOCUMENTS - committed) + " documents added and " + committed
        + " replaced (of an id indexed before or read earlier in this run) in " + index + ", 0 input problems");
    try (DoppelIndex opened = Doppel.builder().threads(1).openIndex(index)) {
      assertThat(opened.ids()).hasSize(DOCUMENTS).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(opened.stats().documents()).isEqualTo(DOCUMENTS);
    }
  }

  private static void waitForFirstCommit(Process add, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (add.isAlive() && System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains("doppel: committed")) {
        return;
      }
      Thread.sleep(20);
    }
  }

  private static Process start(Path index, Path corpus, Path log) throws IOException {
    return run(log, "index", "add", index.toString(), corpus.toString(), "--commit-every", Integer.toString(COMMIT_EVERY), "--threads", "1");
  }

  /** {@code doppel ARGS} in a JVM of its own, its stdout and stderr written to {@code log}. */
  private static Process run(Path log, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), DoppelCli.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Synthetic articles of 250 words over a small vocabulary, in a JSON Lines file; ids in file order. */
  private static Map<String, String> writeCorpus(Path file) throws IOException {
    Random random = new Random(7);
    String[] words = new String[800];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0; c < 3 + random.nextInt(6); c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new LinkedHashMap<>();
    StringBuilder lines = new StringBuilder();
    for (int d = 0; d < DOCUMENTS; d++) {
      StringBuilder text = new StringBuilder("Story number " + d + "\n\n");
      for (int w = 0; w < 250; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ".\n" : " ");
      }
      String id = String.format("doc%04d", d);
      texts.put(id, text.toString());
      lines.append(json.createObjectNode().put("id", id).put("text", text.toString())).append('\n');
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return texts;
  }
}
