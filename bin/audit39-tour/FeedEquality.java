import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;

/**
 * Reads TEXTS and FEEDS (make_feeds.py's copy of TEXTS) with Doppel's reader and says how many documents the feeds
 * give, how many of them have the text of the document of their id, and the first that differ:
 *   java -cp doppel-cli/target/doppel.jar bin/audit39-tour/FeedEquality.java TEXTS FEEDS
 */
public class FeedEquality {
  public static void main(String[] args) {
    long start = System.nanoTime();
    Map<String, SourceText> texts = read(args[0]);
    long textsRead = System.nanoTime();
    Map<String, SourceText> feeds = read(args[1]);
    long feedsRead = System.nanoTime();
    int same = 0;
    int shown = 0;
    for (SourceText item : feeds.values()) {
      SourceText text = texts.get(item.id());
      String wanted = text == null ? null : text.text().strip();
      if (item.text().equals(wanted)) {
        same++;
      } else if (shown++ < 3) {
        System.out.println("differs: " + item.id() + "\n  text: " + abbreviate(wanted) + "\n  item: " + abbreviate(item.text()));
      }
    }
    System.out.printf("%d texts (%.2f s), %d items (%.2f s), %d items with their text's text%n", texts.size(), (textsRead - start) / 1e9,
        feeds.size(), (feedsRead - textsRead) / 1e9, same);
  }

  private static Map<String, SourceText> read(String root) {
    return new CorpusReader(problem -> {}).readAll(List.of(Path.of(root))).stream()
        .collect(Collectors.toMap(SourceText::id, Function.identity(), (a, b) -> a));
  }

  private static String abbreviate(String text) {
    return text == null ? "(none)" : text.length() < 300 ? text : text.substring(0, 300) + "…";
  }
}
