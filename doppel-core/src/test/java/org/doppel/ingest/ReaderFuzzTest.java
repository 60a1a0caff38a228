package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.RewriteSettings;
import org.doppel.ScanProgress;
import org.doppel.ingest.warc.WarcFixtures;
import org.doppel.relate.RelatedPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Mutation fuzzing of the readers (plain text, Markdown, JSON Lines, HTML, RSS and Atom feeds, WARC, CSV and TSV tables, each also gzip-compressed):
 * valid inputs are cut, flipped, spliced, repeated and nested into broken ones, and each broken file
 * is read beside two good documents. No input may throw out of the reader, take more than
 * {@link #PER_INPUT} of CPU to read (and scan), yield a document over the reader's size bound, or change what is read
 * from, and reported for, the good documents.
 *
 * <p>Bounded by default ({@code doppel.fuzz.seconds}, 20 s; {@code doppel.fuzz.inputs}, 400; seed 20261202); run it
 * longer with e.g. {@code ./mvnw -pl doppel-core verify -Dtest=ReaderFuzzTest -Ddoppel.fuzz.seconds=600
 * -Ddoppel.fuzz.inputs=1000000 -Ddoppel.fuzz.seed=7}. A failing input is saved under
 * {@code target/fuzz-failures/} with the seed and step that made it.
 */
class ReaderFuzzTest {
  /** CPU time one input may take: measured on the reading thread, so a loaded machine cannot fail the test. */
  private static final Duration PER_INPUT = Duration.ofSeconds(5);
  /** Wall time after which an input counts as a hang whatever its CPU time (a deadlock uses none). */
  private static final Duration HANG = Duration.ofSeconds(60);
  private static final long MAX_DOCUMENT_BYTES = 2L << 20;
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  /**
   * Fixed by default so that the suite gives the same verdict on every machine (a red CI must mean a
   * change broke a reader, not that a new seed was drawn); longer runs on demand pass other seeds.
   */
  private static final long SEED = Long.getLong("doppel.fuzz.seed", 20261202L);
  private static final int MAX_INPUTS = Integer.getInteger("doppel.fuzz.inputs", 400);
  private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("doppel.fuzz.seconds", 20));
  /** One scan of the whole folder every this many inputs: the reader is fuzzed far more often than the scan. */
  private static final int SCAN_EVERY = 8;

  private static final String ORIGINAL = """
      River bursts its banks after a night of rain

      Heavy rain fell all night over the valley, and by morning the river had burst its banks in three places.
      Residents of the lower town were moved to the school hall, where volunteers served soup until noon.
      The mayor said the new flood wall had held along the high street but not beside the old mill.
      Engineers will inspect the bridge on Monday before it is opened to traffic again.
      """;

  @TempDir static Path seeds;
  private static final Map<String, byte[]> VALID = new java.util.LinkedHashMap<>();

  @BeforeAll
  static void validInputsOfEveryFormat() throws IOException {
    VALID.put("txt", ORIGINAL.getBytes(StandardCharsets.UTF_8));
    VALID.put("md", ("---\ntitle: \"River bursts its banks\"\ndate: 2019-03-03 08:00:00 +0100\nauthors: [Jane Voe, 'Sam Quinn']\n---\n"
        + "# Flood\n\n" + ORIGINAL + "\n* a [link](https://x.example/1) and ![alt](a.jpg)\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        .getBytes(StandardCharsets.UTF_8));
    VALID.put("jsonl", ("{\"id\": \"r1\", \"title\": \"T\", \"date\": \"2019-03-03\", \"text\": \"" + ORIGINAL.replace("\n", "\\n") + "\"}\n"
        + "{\"id\": \"r2\", \"text\": \"Another record \\u00e9 with an escape.\", \"url\": \"https://x.example/2\"}\n")
        .getBytes(StandardCharsets.UTF_8));
    VALID.put("html", WarcFixtures.article("Flood news", "Heavy rain fell all night over the valley and the river rose.")
        .getBytes(StandardCharsets.UTF_8));
    String paragraphs = "<p>" + ORIGINAL.strip().replace("\n\n", "</p><p>").replace("\n", " ") + "</p>";
    VALID.put("rss", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Valley News</title>\n<item><title>Flood news</title>"
        + "<link>https://valley.example/flood</link><guid>v1</guid><pubDate>Sun, 03 Mar 2019 09:00:00 +0100</pubDate><dc:creator>Ann Hale</dc:creator>"
        + "<content:encoded><![CDATA[" + paragraphs + "]]></content:encoded></item>\n<item><title>Bridge &amp; road</title><description>"
        + "&lt;p&gt;Engineers will inspect the bridge on Monday.&lt;/p&gt;</description></item>\n</channel></rss>\n").getBytes(StandardCharsets.UTF_8));
    VALID.put("atom", ("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Valley</title>\n<entry><id>urn:v:2</id>"
        + "<title type=\"html\">Flood &lt;em&gt;news&lt;/em&gt;</title><published>2019-03-03T08:00:00Z</published><author><name>Ann Hale</name></author>"
        + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + paragraphs + "</div></content></entry>\n</feed>\n")
        .getBytes(StandardCharsets.UTF_8));
    VALID.put("warc", Files.readAllBytes(WarcFixtures.crawl(seeds.resolve("seed.warc"), WarcCompression.NONE)));
    VALID.put("warc.gz", Files.readAllBytes(WarcFixtures.crawl(seeds.resolve("seed.warc.gz"), WarcCompression.GZIP)));
  }

  /**
   * Tables ({@link CsvReader}), kept out of {@link #VALID} so that the other tests' inputs under their seeds stay what
   * they were: a CSV with a quoted text over three lines, doubled quotes and a BOM, and a European spreadsheet's TSV.
   */
  private static final Map<String, byte[]> TABLES = Map.of(
      "csv", ("\uFEFFid,title,date,text\nt1,Flood,2019-03-03,\"" + ORIGINAL.replace("\"", "\"\"") + "\"\r\nt2,,,\"Another row, with a \"\"quote\"\".\"\n")
          .getBytes(StandardCharsets.UTF_8),
      "tsv", ("ID\tContent\tURL\nt3\tEngineers will inspect the bridge; it opens Monday.\thttps://x.example/3\n").getBytes(StandardCharsets.UTF_8));

  /** The formats fuzzed before feeds were read, which the feeds' own test leaves out. */
  private static final List<String> FIRST_FORMATS = List.of("txt", "jsonl", "html", "warc", "warc.gz");

  /**
   * Every format, feeds among them. Under the default seed, step 84 is a page of tables nested past the parser's depth
   * bound and one row of thousands of cells, which once took the HTML extractor seconds ({@code SideColumnsTest}).
   */
  @Test
  void brokenInputsNeverCrashHangOrDisturbTheOtherDocuments(@TempDir Path work) throws Exception {
    fuzz(work, VALID, VALID, SEED);
  }

  /** The feeds ({@link FeedReader}), broken as the others are and spliced with every format's bytes, under a seed of their own. */
  @Test
  void brokenFeedsNeverCrashHangOrDisturbTheOtherDocuments(@TempDir Path work) throws Exception {
    Map<String, byte[]> valid = new java.util.LinkedHashMap<>(VALID);
    FIRST_FORMATS.forEach(valid::remove);
    fuzz(work, valid, VALID, SEED + 1);
  }

  /** The tables, broken as the others are and spliced with every format's bytes, under a seed of their own. */
  @Test
  void brokenTablesNeverCrashHangOrDisturbTheOtherDocuments(@TempDir Path work) throws Exception {
    Map<String, byte[]> pool = new java.util.LinkedHashMap<>(VALID);
    pool.putAll(new java.util.TreeMap<>(TABLES));
    fuzz(work, new java.util.TreeMap<>(TABLES), pool, SEED + 2);
  }

  /** Breaks inputs of {@code formats}' kinds, splicing in the bytes of every format of {@code pool}, until the budget is spent. */
  private static void fuzz(Path work, Map<String, byte[]> formats, Map<String, byte[]> pool, long seed) throws Exception {
    Random random = new Random(seed);
    List<String> names = new ArrayList<>(formats.keySet());
    Baseline baseline = Baseline.of(work.resolve("baseline"));
    long deadline = System.nanoTime() + BUDGET.toNanos();
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(null, r, "fuzz-reader", 1 << 20);
      thread.setDaemon(true);
      return thread;
    });
    int inputs = 0;
    try {
      for (; inputs < MAX_INPUTS && System.nanoTime() < deadline; inputs++) {
        String format = names.get(random.nextInt(names.size()));
        byte[] input = Mutations.mutate(pool.get(format), pool, random);
        boolean gzip = !format.endsWith(".gz") && random.nextInt(4) == 0;
        String name = "fuzzed." + format + (gzip ? ".gz" : "");
        byte[] bytes = gzip ? gzip(input, random.nextBoolean()) : input;
        Path folder = baseline.folderWith(work.resolve("in-" + inputs), name, bytes);
        boolean scan = inputs % SCAN_EVERY == 0;
        try {
          Future<Long> run = worker.submit(() -> {
            long start = THREADS.getCurrentThreadCpuTime();
            check(folder, baseline, scan);
            return THREADS.getCurrentThreadCpuTime() - start;
          });
          long cpuNanos = run.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
          if (cpuNanos > PER_INPUT.toNanos()) {
            failWith(seed, name, bytes, inputs, "took " + cpuNanos / 1_000_000 + " ms of CPU, over " + PER_INPUT, null);
          }
        } catch (TimeoutException e) {
          failWith(seed, name, bytes, inputs, "did not finish within " + HANG + " (a hang)", null);
        } catch (java.util.concurrent.ExecutionException e) {
          failWith(seed, name, bytes, inputs, e.getCause().toString(), e.getCause());
        } finally {
          deleteTree(folder);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    System.out.printf("ReaderFuzzTest: %d broken inputs read without fault (seed %d)%n", inputs, seed);
    assertThat(inputs).as("fuzzed inputs within the budget (seed %d)", seed).isGreaterThan(0);
  }

  /** Reads the folder, and sometimes scans it, holding the good documents to what they were alone. */
  private static void check(Path folder, Baseline baseline, boolean scan) {
    List<IngestProblem> problems = new ArrayList<>();
    List<SourceText> read = new CorpusReader(problems::add, MAX_DOCUMENT_BYTES).readAll(List.of(folder));
    Map<String, SourceText> byId = read.stream().collect(Collectors.toMap(SourceText::id, Function.identity(), (a, b) -> a));
    for (SourceText good : baseline.documents()) {
      SourceText again = byId.get(good.id());
      assertThat(again).as("good document %s still read", good.id()).isNotNull();
      assertThat(again.text()).isEqualTo(good.text());
      assertThat(again.metadata()).isEqualTo(good.metadata());
    }
    for (SourceText document : read) {
      assertThat((long) document.text().length()).as("size of %s", document.id()).isLessThanOrEqualTo(MAX_DOCUMENT_BYTES);
    }
    for (IngestProblem problem : problems) {
      assertThat(problem.location()).as("a problem names its file").contains("fuzzed.");
      assertThat(problem.message()).isNotBlank();
    }
    if (scan) {
      assertThat(Baseline.pairBetweenGoodDocuments(read)).isEqualTo(baseline.pair());
    }
  }

  private static void failWith(long seed, String name, byte[] bytes, int step, String why, Throwable cause) throws IOException {
    Path saved = Path.of("target", "fuzz-failures", "seed-" + seed + "-step-" + step + "-" + name);
    Files.createDirectories(saved.getParent());
    Files.write(saved, bytes);
    throw new AssertionError("%s (seed %d, step %d) %s; input saved to %s".formatted(name, seed, step, why, saved.toAbsolutePath()), cause);
  }

  private static byte[] gzip(byte[] bytes, boolean truncate) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    byte[] compressed = out.toByteArray();
    return truncate ? java.util.Arrays.copyOf(compressed, Math.max(1, compressed.length * 2 / 3)) : compressed;
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Two good documents, one a copy of the other, and what the reader and a copies-only scan make of them alone. */
  private record Baseline(List<SourceText> documents, String pair) {
    static final String COPY = "Copied from the Valley News.\n\n" + ORIGINAL + "\nMore on this story as it develops.\n";

    static Baseline of(Path folder) throws IOException {
      Files.createDirectories(folder);
      writeGood(folder);
      List<SourceText> documents = new CorpusReader(p -> fail("good input reported: " + p), MAX_DOCUMENT_BYTES).readAll(List.of(folder));
      String pair = pairBetweenGoodDocuments(documents);
      assertThat(pair).as("the good documents form a pair").isNotEmpty();
      return new Baseline(documents, pair);
    }

    private static void writeGood(Path folder) throws IOException {
      Files.writeString(folder.resolve("good-original.txt"), ORIGINAL);
      Files.writeString(folder.resolve("good-copy.txt"), COPY);
    }

    Path folderWith(Path folder, String name, byte[] bytes) throws IOException {
      Files.createDirectories(folder);
      writeGood(folder);
      Files.write(folder.resolve(name), bytes);
      return folder;
    }

    /** The pair of the two good documents as a copies-only scan of {@code documents} reports it, or "". */
    static String pairBetweenGoodDocuments(List<SourceText> documents) {
      Corpus corpus = Doppel.builder().rewrites(RewriteSettings.OFF).threads(1).build();
      java.util.Set<String> ids = new java.util.HashSet<>();
      corpus.addAll(documents.stream().filter(d -> ids.add(d.id())).toList());
      return corpus.findAllPairs(ScanProgress.NONE).stream()
          .filter(p -> p.a().startsWith("good-") && p.b().startsWith("good-"))
          .map(RelatedPair::toString)
          .collect(Collectors.joining("\n"));
    }
  }

  /** Ways to break a valid input, each small enough to stay a plausible file. */
  static final class Mutations {
    private static final int MAX_BYTES = 1 << 20;
    private static final String[] NASTY = {
        "\u0000", "\uFEFF", "\r", "\n\n\n", "\"", "\\", "\\u", "\\ud800", "{", "[", "<", "<!--", "<![CDATA[", "</", "&#x0;",
        "&#99999999;", "<script>", "<p>", "</div>", "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "Content-Length: -5\r\n",
        "\r\n\r\n", "\u202e", "\ud83d\ude00", "\u00ad", "Copied from ", "By ", "Published 3 March 2019\n"};

    private Mutations() {}

    static byte[] mutate(byte[] valid, Map<String, byte[]> others, Random random) {
      byte[] out = valid;
      int steps = 1 + random.nextInt(4);
      for (int i = 0; i < steps; i++) {
        out = once(out, others, random);
      }
      return out.length > MAX_BYTES ? java.util.Arrays.copyOf(out, MAX_BYTES) : out;
    }

    private static byte[] once(byte[] in, Map<String, byte[]> others, Random random) {
      int length = in.length;
      int at = length == 0 ? 0 : random.nextInt(length + 1);
      return switch (random.nextInt(9)) {
        case 0 -> java.util.Arrays.copyOf(in, at); // cut short
        case 1 -> flip(in, random);
        case 2 -> insert(in, at, randomBytes(random, 1 + random.nextInt(64)));
        case 3 -> insert(in, at, NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8));
        case 4 -> delete(in, at, random.nextInt(Math.max(1, length - at + 1)));
        case 5 -> repeat(in, at, random);
        case 6 -> splice(in, at, others.values().stream().toList().get(random.nextInt(others.size())), random);
        case 7 -> insert(in, at, nesting(random));
        default -> insert(in, at, HexFormat.of().parseHex("c0afedbfbfeda080f8888080800a"));
      };
    }

    private static byte[] flip(byte[] in, Random random) {
      byte[] out = in.clone();
      for (int i = 0, n = 1 + random.nextInt(16); i < n && out.length > 0; i++) {
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
      }
      return out;
    }

    private static byte[] randomBytes(Random random, int n) {
      byte[] bytes = new byte[n];
      random.nextBytes(bytes);
      return bytes;
    }

    private static byte[] insert(byte[] in, int at, byte[] piece) {
      byte[] out = new byte[in.length + piece.length];
      System.arraycopy(in, 0, out, 0, at);
      System.arraycopy(piece, 0, out, at, piece.length);
      System.arraycopy(in, at, out, at + piece.length, in.length - at);
      return out;
    }

    private static byte[] delete(byte[] in, int at, int n) {
      byte[] out = new byte[in.length - n];
      System.arraycopy(in, 0, out, 0, at);
      System.arraycopy(in, at + n, out, at, in.length - at - n);
      return out;
    }

    /** A slice repeated many times: long lines, huge records, many records. */
    private static byte[] repeat(byte[] in, int at, Random random) {
      int n = Math.min(in.length - at, 1 + random.nextInt(256));
      byte[] slice = java.util.Arrays.copyOfRange(in, at, at + n);
      int times = 1 + random.nextInt(Math.max(1, MAX_BYTES / Math.max(1, 4 * slice.length)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(in, 0, at);
      for (int i = 0; i < times; i++) {
        out.writeBytes(slice);
      }
      out.write(in, at, in.length - at);
      return out.toByteArray();
    }

    private static byte[] splice(byte[] in, int at, byte[] other, Random random) {
      int from = other.length == 0 ? 0 : random.nextInt(other.length);
      return insert(java.util.Arrays.copyOf(in, at), at, java.util.Arrays.copyOfRange(other, from, other.length));
    }

    /** Deep nesting: recursive descent in any reader would overflow its stack here. */
    private static byte[] nesting(Random random) {
      String[] open = {"<div>", "<b><i>", "[", "{\"a\":", "<table><tr><td>", "<ul><li>"};
      String unit = open[random.nextInt(open.length)];
      return unit.repeat(1000 + random.nextInt(30_000)).getBytes(StandardCharsets.UTF_8);
    }
  }
}
