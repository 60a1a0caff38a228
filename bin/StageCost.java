import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.MetadataLine;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.WordTokenizer;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.ingest.SourceText;

/**
 * Thread CPU of each per-document stage of adding a document, over a folder of .txt files, round after round
 * (docs/benchmarks.md, "Tenth pass"). Run it as ./doppel runs a scan, with C1 only:
 *
 * <pre>taskset -c 0 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp doppel-cli/target/doppel.jar bin/StageCost.java /tmp/data/g20k-s7 6</pre>
 */
public class StageCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<SourceText> sources = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path file : files.sorted().toList()) {
        sources.add(SourceText.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    int rounds = Integer.parseInt(args[1]);
    int n = sources.size();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    WordTokenizer tokenizer = new WordTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    FactExtractor facts = new FactExtractor();
    Fingerprinter copiesOnly = new Fingerprinter(FingerprintSettings.DEFAULTS, false, 0);
    Fingerprinter rewrites = new Fingerprinter(FingerprintSettings.DEFAULTS, true, 300);
    long check = 0; // read at the end, so that no stage's work is thrown away unread
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu();
      Document[] documents = new Document[n];
      for (int i = 0; i < n; i++) {
        documents[i] = analyzer.analyze(sources.get(i));
      }
      long t1 = cpu();
      for (Document d : documents) {
        check += tokenizer.tokenize(d.text(), d.metadata().stream().map(MetadataLine::span).toList()).size();
      }
      long t2 = cpu();
      List<List<Sentence>> sentences = new ArrayList<>(n);
      for (Document d : documents) {
        sentences.add(splitter.split(d));
      }
      long t3 = cpu();
      for (int i = 0; i < n; i++) {
        check += facts.extract(documents[i], sentences.get(i)).size();
      }
      long t4 = cpu();
      for (Document d : documents) {
        check += copiesOnly.fingerprint(d).wordCount();
      }
      long t5 = cpu();
      for (Document d : documents) {
        check += rewrites.fingerprint(d).wordCount();
      }
      long t6 = cpu();
      System.out.printf("round %d, us a document: analyse %5.1f (tokenise alone %5.1f), sentences %5.1f, facts %5.1f, "
          + "fingerprint copies-only %5.1f, with rewrites %5.1f%n", round, us(t1 - t0, n), us(t2 - t1, n), us(t3 - t2, n),
          us(t4 - t3, n), us(t5 - t4, n), us(t6 - t5, n));
    }
    System.out.println("check " + check);
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static double us(long nanos, int documents) {
    return nanos / 1e3 / documents;
  }
}
