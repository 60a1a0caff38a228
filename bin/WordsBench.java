import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Hashing;
import org.doppel.document.LongHashSet;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordTokenizer;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.DocumentFrequencies;

/**
 * A benchmark of the copy scan's per-word loops (not a test): the thread's CPU per document of each, a round at a time,
 * over the first N .txt files of a folder, under the C1 compiler that ./doppel runs. docs/benchmarks.md, "The tokenizer,
 * the second decode and the word tables", has the figures and the command:
 *
 * <pre>taskset -c 0 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -cp doppel-cli/target/doppel.jar bin/WordsBench.java FOLDER N ROUNDS</pre>
 *
 * tokenize: {@code WordTokenizer.tokenize} of the text's chars; words: {@code DocumentAnalyzer.words} (the adding's
 * decode, metadata lines and tokenising); distinct: {@code DocumentFrequencies.distinct}; count: {@code addDistinct} of
 * every document into one table; shingle sets: {@code LongHashSet.of} of a document's 4-word shingles and {@code common}
 * with the previous document's.
 */
public class WordsBench {
  public static void main(String[] args) throws Exception {
    int limit = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<SourceText> docs = new ArrayList<>();
    List<char[]> chars = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
        String text = Files.readString(p);
        docs.add(SourceText.of(p.getFileName().toString(), text));
        chars.add(text.toCharArray());
      }
    }
    WordTokenizer tokenizer = new WordTokenizer();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    List<TokenSequence> words = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    for (SourceText d : docs) {
      TokenSequence t = analyzer.words(d).words();
      words.add(t);
      shingles.add(Hashing.ofRuns(t, t.runStarts(4), 4));
    }
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    int n = docs.size();
    long sink = 0;
    long[][] distinct = new long[n][];
    for (int round = 0; round < rounds; round++) {
      long t0 = clock.getCurrentThreadCpuTime();
      for (char[] d : chars) {
        sink += tokenizer.tokenize(d, d.length, List.of()).size();
      }
      long t1 = clock.getCurrentThreadCpuTime();
      for (SourceText d : docs) {
        sink += analyzer.words(d).words().size();
      }
      long t2 = clock.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        distinct[i] = DocumentFrequencies.distinct(words.get(i));
      }
      long t3 = clock.getCurrentThreadCpuTime();
      DocumentFrequencies counts = new DocumentFrequencies();
      for (long[] d : distinct) {
        counts.addDistinct(d);
      }
      long t4 = clock.getCurrentThreadCpuTime();
      LongHashSet previous = LongHashSet.of(shingles.get(0));
      for (long[] s : shingles) {
        LongHashSet set = LongHashSet.of(s);
        sink += set.common(previous);
        previous = set;
      }
      long t5 = clock.getCurrentThreadCpuTime();
      System.out.printf("round %d, µs a document: tokenize %.2f  words %.2f  distinct %.2f  count %.2f  shingle sets %.2f%n", round,
          (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, (t4 - t3) / 1e3 / n, (t5 - t4) / 1e3 / n);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
