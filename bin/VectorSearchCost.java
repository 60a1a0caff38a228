import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.Pipeline;
import org.doppel.Settings;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.InMemoryCandidateIndex;
import org.doppel.index.VectorSearch;
import org.doppel.ingest.SourceText;

/**
 * CPU of the scan's candidate stage (an {@code InMemoryCandidateIndex} filled and asked for all its pairs) with the
 * scan's vector search ({@code VectorSearch.SHORT_TEXTS}) and without, on one folder's fingerprints, round after
 * round: what the vector search costs, its vectors aside (docs/benchmarks.md, "base bits first"). Run it as ./doppel
 * runs a scan, with C1 only, on one core and one pool thread:
 *
 * <pre>taskset -c 0 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 \
 *     -cp doppel-cli/target/doppel.jar bin/VectorSearchCost.java /tmp/data/g20k-s7 5</pre>
 */
public class VectorSearchCost {
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.defaults();
    Pipeline pipeline = Pipeline.of(settings);
    Fingerprinter fingerprinter = new Fingerprinter(settings.fingerprint(), true, VectorSearch.SHORT_TEXTS.maxWords());
    List<Fingerprint> fingerprints = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path file : files.sorted().toList()) {
        fingerprints.add(fingerprinter.fingerprint(pipeline.analyzer().analyze(SourceText.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)))));
      }
    }
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long check = 0; // printed, so that no round's pairs are thrown away unread
    for (int round = 0; round < Integer.parseInt(args[1]); round++) {
      double[] cpu = new double[2];
      for (int on = 1; on >= 0; on--) {
        long t0 = os.getProcessCpuTime();
        InMemoryCandidateIndex index = new InMemoryCandidateIndex(settings.banding(), settings.maxPostings(), settings.minSharedAnchors(),
            settings.rewrites().minSharedFacts(), on == 1 ? VectorSearch.SHORT_TEXTS : VectorSearch.OFF);
        for (int i = 0; i < fingerprints.size(); i++) {
          index.add(i, fingerprints.get(i));
        }
        check += index.allCandidatePairs().size();
        cpu[on] = (os.getProcessCpuTime() - t0) / 1e9;
      }
      System.out.printf("round %d: with vectors %.3f s, without %.3f s, the search %.3f s%n", round, cpu[1], cpu[0], cpu[1] - cpu[0]);
    }
    System.out.println("check " + check);
  }
}
