import java.nio.file.*;
import java.util.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
public class Dup {
  public static void main(String[] args) throws Exception {
    Map<String,Integer> seen = new TreeMap<>();
    for (int run = 0; run < 30; run++) {
      try (DoppelIndex index = DoppelIndex.open(Files.createTempDirectory("dup").resolve("i"))) {
        List<SourceText> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) batch.add(SourceText.of("d", "version " + i + " " + Texts.UNRELATED));
        index.add(batch);
        String k = index.ids().size() + " docs, kept " + index.get("d").get().text().substring(0, 9);
        seen.merge(k, 1, Integer::sum);
      }
    }
    System.out.println(seen);
  }
}
