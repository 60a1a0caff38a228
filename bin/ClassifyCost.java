import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.document.BoilerplateLineClassifier;
import org.doppel.ingest.meta.AttributionLines;
import org.doppel.ingest.meta.DateLines;
import org.doppel.ingest.meta.LineShape;

/**
 * Thread CPU of the metadata lines' classifier a round at a time (docs/benchmarks.md, "The 20k copy scan's reading and
 * analysis"): {@code classify} a document, {@code classifyLine} a short line (at most 300 chars and 24 words, the lines
 * it reads), and the pieces it calls on each. Run it as ./doppel runs a scan, with C1 only:
 *
 * <pre>taskset -c 1 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp doppel-cli/target/doppel.jar bin/ClassifyCost.java /tmp/data/g20k-s7 4000 8</pre>
 */
public class ClassifyCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path file : files.sorted().limit(Integer.parseInt(args[1])).toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    List<String> shortLines = new ArrayList<>();
    for (String text : texts) {
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && trimmed.length() <= 300 && LineShape.wordCount(trimmed) <= 24) {
          shortLines.add(trimmed);
        }
      }
    }
    BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();
    long check = 0; // printed at the end, so that no loop's work is thrown away unread
    for (int round = 0; round < Integer.parseInt(args[2]); round++) {
      long t0 = cpu();
      for (String text : texts) {
        check += classifier.classify(text).size();
      }
      long t1 = cpu();
      for (String line : shortLines) {
        check += classifier.classifyLine(line).isPresent() ? 1 : 0;
      }
      long t2 = cpu();
      for (String line : shortLines) {
        check += LineShape.wordCount(line);
      }
      long t3 = cpu();
      for (String line : shortLines) {
        check += LineShape.firstWord(LineShape.fold(line)).length();
      }
      long t4 = cpu();
      for (String line : shortLines) {
        check += DateLines.read(line).isPresent() ? 1 : 0;
      }
      long t5 = cpu();
      for (String line : shortLines) {
        check += AttributionLines.read(line).isPresent() ? 1 : 0;
      }
      long t6 = cpu();
      double lines = shortLines.size();
      System.out.printf("round %d: classify %.2f µs a document; %.2f short lines a document, µs a line: classifyLine %.2f,"
              + " wordCount %.2f, fold and first word %.2f, DateLines %.2f, AttributionLines %.2f%n",
          round, (t1 - t0) / 1e3 / texts.size(), lines / texts.size(), (t2 - t1) / 1e3 / lines, (t3 - t2) / 1e3 / lines,
          (t4 - t3) / 1e3 / lines, (t5 - t4) / 1e3 / lines, (t6 - t5) / 1e3 / lines);
    }
    System.out.println("check " + check);
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
