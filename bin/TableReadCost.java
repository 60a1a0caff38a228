import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;

/**
 * Thread CPU of reading files into documents (CorpusReader, one thread), round after round in one JVM, for each path
 * given in turn: the same corpus as a CSV table and as JSON Lines (bin/corpus-as-table.py) read alike (docs/quality.md,
 * "A forty-fourth tour"). Round 0 includes the warm-up a scan pays once. Run it as ./doppel runs a scan, with C1 only:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -cp doppel-cli/target/doppel.jar bin/TableReadCost.java 4 /tmp/a44/gcsv/gen20k.csv /tmp/a44/gjsonl/gen20k.jsonl</pre>
 */
public class TableReadCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    for (int round = 0; round < rounds; round++) {
      for (int i = 1; i < args.length; i++) {
        long start = THREADS.getCurrentThreadCpuTime();
        List<SourceText> documents = new CorpusReader(problem -> {}).readAll(List.of(Path.of(args[i])));
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        System.out.printf("round %d  %-40s %6d documents  %7.0f ms CPU  %8.0f docs/s%n", round, Path.of(args[i]).getFileName(), documents.size(),
            nanos / 1e6, documents.size() / (nanos / 1e9));
      }
    }
  }
}
