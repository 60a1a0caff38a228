import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.meta.TextMetadata;

/**
 * Thread CPU, a round at a time, of one plain-text document's metadata read as a copy scan makes it when the date clue
 * first asks for it (docs/benchmarks.md, "Direction's metadata read once, short"): the UTF-8 decode alone, the decode
 * and the walk that finds the lines ({@code TextMetadata.lines}, package-private, called by reflection), and the decode
 * and the whole {@link TextMetadata#extract(char[], int)}; and, for comparison with the decode, the chars of the text
 * already decoded (the string verification holds, {@code PreparedDocument.document().text()}) copied into the array
 * (docs/benchmarks.md, "The 20k copy scan's verification and direction, again"). Run it as ./doppel runs a scan, with
 * C1 only:
 *
 * <pre>taskset -c 1 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp doppel-cli/target/doppel.jar bin/MetadataCost.java /tmp/data/g20k-s7 4000 8</pre>
 */
public class MetadataCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<SourceText> documents = new ArrayList<>();
    List<String> decoded = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path file : files.sorted().limit(Integer.parseInt(args[1])).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        documents.add(SourceText.of(file.getFileName().toString(), text));
        decoded.add(text);
      }
    }
    Method lines = TextMetadata.class.getDeclaredMethod("lines", char[].class, int.class);
    lines.setAccessible(true);
    char[] chars = new char[1 << 20];
    long check = 0; // printed at the end, so that no loop's work is thrown away unread
    for (int round = 0; round < Integer.parseInt(args[2]); round++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (SourceText document : documents) {
        check += document.charsInto(chars);
      }
      long decodedAt = THREADS.getCurrentThreadCpuTime();
      for (SourceText document : documents) {
        check += ((int[]) lines.invoke(null, chars, document.charsInto(chars))).length;
      }
      long walked = THREADS.getCurrentThreadCpuTime();
      for (SourceText document : documents) {
        check += TextMetadata.extract(chars, document.charsInto(chars)).hashCode();
      }
      long extracted = THREADS.getCurrentThreadCpuTime();
      for (String text : decoded) {
        text.getChars(0, text.length(), chars, 0);
        check += chars[text.length() / 2];
      }
      long copied = THREADS.getCurrentThreadCpuTime();
      System.out.printf("round %d: decode %.1f µs, decode + lines %.1f µs, decode + extract %.1f µs, decoded text copied %.1f µs a document%n",
          round, perDocument(decodedAt - start, documents), perDocument(walked - decodedAt, documents),
          perDocument(extracted - walked, documents), perDocument(copied - extracted, documents));
    }
    System.out.println(check);
  }

  private static double perDocument(long nanos, List<SourceText> documents) {
    return nanos / 1e3 / documents.size();
  }
}
