package org.doppel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.doppel.relate.Relation;

/**
 * Times {@code doppel scan} end to end, as a user runs it (a fresh JVM, reading the files, writing the
 * report), against {@code sim_text} in the same run, on corpora made by an external generator such as
 * {@code ../shared/bench/gen_corpus.py}: news-like documents with boilerplate and metadata lines,
 * same-event articles that share a quote but are unrelated, and a dense graph of planted exact,
 * near-duplicate, partial and paraphrased copies. Each command runs pinned to the first cores
 * ({@code taskset}) and under {@code /usr/bin/time}, which gives its CPU time and peak resident memory.
 *
 * <p>The generator is run, not copied: it writes {@code <out>/<id>.txt}, {@code truth.jsonl} (the
 * related pairs, all others unrelated) and {@code manifest.json}; the last two are moved next to the
 * documents so that the scanned folder holds only the documents.
 */
public final class PeerBenchmark {
  /** The relations a copy scan looks for: sim_text's recall is measured on these too. */
  public static final Set<Relation> COPIES = EnumSet.of(Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.PARTIAL);

  /**
   * @param generator the corpus generator (a Python script run with python3)
   * @param sizes corpus sizes in documents
   * @param seed the generator's seed
   * @param workDir where corpora and outputs go; a corpus already there is reused
   * @param doppel the command that runs Doppel's command line ({@code ./doppel}, or java with the jar)
   * @param modes the scans to time
   * @param threads thread counts to time each scan at; {@code n} threads run on cores 0..n-1
   * @param simText time sim_text too (when it is on the PATH)
   * @param log progress lines
   */
  public record Options(Path generator, List<Integer> sizes, long seed, Path workDir, List<String> doppel, List<Mode> modes,
      List<Integer> threads, boolean simText, Consumer<String> log) {
    public Options {
      sizes = List.copyOf(sizes);
      modes = List.copyOf(modes);
      threads = List.copyOf(threads);
      doppel = List.copyOf(doppel);
      if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 10)) {
        throw new IllegalArgumentException("sizes must be >= 10 documents each, got " + sizes);
      }
      if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
        throw new IllegalArgumentException("threads must be >= 1 each, got " + threads);
      }
    }
  }

  /** A scan as the user asks for it. */
  public enum Mode {
    COPIES("scan --copies-only", List.of("--copies-only")),
    WORDS("scan --no-model", List.of("--no-model")),
    MODEL("scan", List.of());

    private final String label;
    private final List<String> flags;

    Mode(String label, List<String> flags) {
      this.label = label;
      this.flags = flags;
    }

    public String label() {
      return label;
    }
  }

  /** Wall and CPU seconds of one command and its peak resident memory (0 when unknown). */
  public record Timing(double wallSeconds, double cpuSeconds, long peakRssKb) {}

  /**
   * One timed command.
   *
   * @param tool "sim_text" or the scan's label
   * @param quality against the planted pairs; for sim_text at its best cut-off ({@code cutOff} percent)
   */
  public record Run(String tool, int threads, Timing timing, Quality quality, int cutOff, int exitCode) {
    public double docsPerSecond(int docs) {
      return docs / timing.wallSeconds();
    }
  }

  /** Everything measured on one corpus. */
  public record SizeResult(int docs, long seed, Map<Relation, Integer> planted, List<Run> runs) {}

  private final Options options;

  public PeerBenchmark(Options options) {
    this.options = options;
  }

  public List<SizeResult> run() throws IOException {
    Files.createDirectories(options.workDir());
    List<SizeResult> results = new ArrayList<>();
    for (int size : options.sizes()) {
      results.add(runSize(size));
    }
    return results;
  }

  private SizeResult runSize(int size) throws IOException {
    Path corpus = options.workDir().resolve("gen-" + size + "-seed" + options.seed());
    Path docs = generate(corpus, size);
    List<SyntheticCorpus.TruePair> truth = readPairs(corpus.resolve("truth.jsonl"));
    Map<Relation, Integer> planted = new EnumMap<>(Relation.class);
    truth.forEach(t -> planted.merge(t.relation(), 1, Integer::sum));
    List<Run> runs = new ArrayList<>();
    if (options.simText() && onPath("sim_text")) {
      Path list = corpus.resolve("files.txt");
      try (Stream<Path> files = Files.list(docs)) {
        Files.write(list, files.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList());
      }
      Path out = corpus.resolve("sim_text.out");
      options.log().accept(String.format("%,d documents: sim_text -p -r 8, one core", size));
      Timed timed = time(List.of("sim_text", "-p", "-r", "8", "-i"), 1, list, out);
      SimTextCut best = bestCut(truth, readSimText(out));
      runs.add(new Run("sim_text -p -r 8", 1, timed.timing(), best.quality(), best.cutOff(), timed.exitCode()));
      log(size, runs.get(runs.size() - 1));
    }
    for (Mode mode : options.modes()) {
      for (int threads : options.threads()) {
        Path out = corpus.resolve("doppel-" + mode.name().toLowerCase(Locale.ROOT) + "-" + threads + ".jsonl");
        List<String> command = new ArrayList<>(options.doppel());
        command.add("scan");
        command.addAll(mode.flags);
        command.addAll(List.of("--threads", String.valueOf(threads), "--quiet", "--format", "jsonl", "--out", out.toString(), docs.toString()));
        options.log().accept(String.format("%,d documents: %s on %d thread(s)", size, mode.label(), threads));
        Files.deleteIfExists(out);
        Timed timed = time(command, threads, null, null);
        Quality quality = Files.exists(out) ? Quality.ofLabels(truth, readPairs(out)) : null;
        runs.add(new Run(mode.label(), threads, timed.timing(), quality, -1, timed.exitCode()));
        log(size, runs.get(runs.size() - 1));
      }
    }
    return new SizeResult(size, options.seed(), planted, runs);
  }

  private void log(int docs, Run run) {
    options.log().accept(String.format("  %.1f s wall, %.1f s CPU, %.0f docs/s, peak RSS %,d MB%s", run.timing().wallSeconds(),
        run.timing().cpuSeconds(), run.docsPerSecond(docs), run.timing().peakRssKb() / 1024,
        run.exitCode() == 0 ? "" : ", exit code " + run.exitCode()));
  }

  /** Runs the generator into {@code corpus/docs} unless a corpus is there already; returns the documents' folder. */
  private Path generate(Path corpus, int size) throws IOException {
    Path docs = corpus.resolve("docs");
    if (Files.exists(corpus.resolve("truth.jsonl")) && Files.isDirectory(docs)) {
      options.log().accept(String.format("%,d documents: reusing %s", size, corpus));
      return docs;
    }
    options.log().accept(String.format("%,d documents: generating with %s --seed %d", size, options.generator(), options.seed()));
    Files.createDirectories(corpus);
    ProcessBuilder builder = new ProcessBuilder("python3", options.generator().toString(), docs.toString(), "--docs", String.valueOf(size),
        "--seed", String.valueOf(options.seed()), "--force").redirectErrorStream(true).redirectOutput(corpus.resolve("generator.log").toFile());
    int exit = waitFor(builder);
    if (exit != 0) {
      throw new IOException("the generator failed with exit code " + exit + "; see " + corpus.resolve("generator.log"));
    }
    for (String side : List.of("manifest.json", "truth.jsonl")) {
      Files.move(docs.resolve(side), corpus.resolve(side), StandardCopyOption.REPLACE_EXISTING);
    }
    return docs;
  }

  private record Timed(Timing timing, int exitCode) {}

  /** Runs {@code command} on cores 0..threads-1 (when taskset is there) under /usr/bin/time (when it is there). */
  private Timed time(List<String> command, int threads, Path stdin, Path stdout) throws IOException {
    List<String> full = new ArrayList<>();
    Path timeFile = Files.createTempFile(options.workDir(), "time-", ".txt");
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    if (gnuTime) {
      full.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile.toString()));
    }
    if (onPath("taskset")) {
      full.addAll(List.of("taskset", "-c", threads == 1 ? "0" : "0-" + (threads - 1)));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.INHERIT);
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    builder.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout.toFile()) : ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    int exit = waitFor(builder);
    double wall = (System.nanoTime() - start) / 1e9;
    try {
      if (gnuTime) {
        String[] fields = Files.readString(timeFile).trim().lines().reduce((a, b) -> b).orElse("").trim().split("\\s+");
        if (fields.length == 4) {
          return new Timed(new Timing(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]),
              Long.parseLong(fields[3])), exit);
        }
      }
      return new Timed(new Timing(wall, Double.NaN, 0), exit);
    } finally {
      Files.deleteIfExists(timeFile);
    }
  }

  private static int waitFor(ProcessBuilder builder) throws IOException {
    try {
      return builder.start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  private static String idOf(String file) {
    String name = Path.of(file).getFileName().toString();
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static SyntheticCorpus.TruePair ordered(String x, String y, Relation relation) {
    return x.compareTo(y) < 0 ? new SyntheticCorpus.TruePair(x, y, relation) : new SyntheticCorpus.TruePair(y, x, relation);
  }

  /** The pairs of a JSON Lines file of {"a", "b", "relation"} objects: the generator's truth or a Doppel report. */
  static List<SyntheticCorpus.TruePair> readPairs(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<SyntheticCorpus.TruePair> truth = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          truth.add(ordered(node.get("a").asText(), node.get("b").asText(), Relation.valueOf(node.get("relation").asText().toUpperCase(Locale.ROOT))));
        }
      }
    }
    return truth;
  }

  /** sim_text's pairs with the larger of its two "consists for N % of" figures. */
  static Map<String, Integer> readSimText(Path file) {
    Map<String, Integer> percent = new HashMap<>();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      lines.forEach(line -> {
        String[] f = line.trim().split("\\s+");
        // "<a> consists for <n> % of <b> material"
        if (f.length == 8 && f[1].equals("consists") && f[3].matches("\\d+")) {
          SyntheticCorpus.TruePair pair = ordered(idOf(f[0]), idOf(f[6]), Relation.UNRELATED);
          percent.merge(pair.a() + "\u0000" + pair.b(), Integer.parseInt(f[3]), Math::max);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return percent;
  }

  private record SimTextCut(int cutOff, Quality quality) {}

  /**
   * sim_text reports pairs with a percentage and no relation: the cut-off (1..100 %) with the best F1
   * on the copy relations, every pair at or above it reported as a copy of the planted relation.
   */
  private static SimTextCut bestCut(List<SyntheticCorpus.TruePair> truth, Map<String, Integer> percent) {
    Map<String, Relation> planted = new HashMap<>();
    truth.forEach(t -> planted.put(t.a() + "\u0000" + t.b(), t.relation()));
    int copies = (int) truth.stream().filter(t -> COPIES.contains(t.relation())).count();
    int bestCut = 1;
    double bestF1 = -1;
    for (int cut = 1; cut <= 100; cut++) {
      int reported = 0;
      int right = 0;
      for (Map.Entry<String, Integer> e : percent.entrySet()) {
        if (e.getValue() >= cut) {
          reported++;
          Relation relation = planted.get(e.getKey());
          right += relation != null && COPIES.contains(relation) ? 1 : 0;
        }
      }
      double f1 = reported == 0 ? 0 : 2.0 * right / (reported + copies);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestCut = cut;
      }
    }
    List<SyntheticCorpus.TruePair> reported = new ArrayList<>();
    for (Map.Entry<String, Integer> e : percent.entrySet()) {
      if (e.getValue() >= bestCut) {
        String[] ids = e.getKey().split("\u0000");
        // credited with the planted relation when planted: sim_text tells no relations apart
        reported.add(new SyntheticCorpus.TruePair(ids[0], ids[1], planted.getOrDefault(e.getKey(), Relation.PARTIAL)));
      }
    }
    return new SimTextCut(bestCut, Quality.ofLabels(truth, reported));
  }
}
