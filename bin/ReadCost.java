import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.document.BoilerplateLineClassifier;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.meta.TextMetadata;

/**
 * Thread CPU of the per-document stages of reading and analysing a folder of .txt files, round after round in one JVM
 * (docs/benchmarks.md, "Eleventh pass"): reading the files (read, decode, text metadata, as a scan does), decoding the
 * texts again, the text metadata alone, the metadata-line classifier alone, and the analysis (decode, classify,
 * tokenise). Run it as ./doppel runs a scan, with C1 only; round 0 includes the warm-up a scan pays once:
 *
 * <pre>taskset -c 0 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -cp doppel-cli/target/doppel.jar bin/ReadCost.java /tmp/data/g20k-s7 4</pre>
 */
public class ReadCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (var list = Files.list(Path.of(args[0]))) {
      files = list.sorted().toList();
    }
    int rounds = Integer.parseInt(args[1]);
    int n = files.size();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();
    long check = 0;
    for (int round = 0; round < rounds; round++) {
      CorpusReader reader = new CorpusReader(p -> {});
      List<SourceText> sources = new ArrayList<>(n);
      long t0 = cpu();
      for (Path file : files) {
        reader.readFile(file, file.getFileName().toString(), sources::add);
      }
      long t1 = cpu();
      String[] texts = new String[n];
      for (int i = 0; i < n; i++) {
        texts[i] = sources.get(i).text();
      }
      long t2 = cpu();
      for (String text : texts) {
        check += TextMetadata.extract(text).evidence().size();
      }
      long t3 = cpu();
      for (String text : texts) {
        check += classifier.classify(text).size();
      }
      long t4 = cpu();
      for (SourceText source : sources) {
        check += analyzer.analyze(source).words().size();
      }
      long t5 = cpu();
      System.out.printf("round %d, us a document: read files %5.1f, decode %5.1f, text metadata %5.1f, line classifier %5.1f, analyse %5.1f%n",
          round, us(t1 - t0, n), us(t2 - t1, n), us(t3 - t2, n), us(t4 - t3, n), us(t5 - t4, n));
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
