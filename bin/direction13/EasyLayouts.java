import java.nio.file.*;
import java.util.*;
import org.doppel.document.*;
import org.doppel.ingest.SourceText;

/** Prints "corpusdir id easy" for every .txt file of the corpus folders given. */
public class EasyLayouts {
  public static void main(String[] args) throws Exception {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    for (String dir : args) {
      try (var files = Files.list(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String id = p.getFileName().toString().replace(".txt", "");
          Document d = analyzer.analyze(SourceText.of(id, Files.readString(p)));
          System.out.println(dir + " " + id + " " + EasyReadLayout.is(d, splitter.split(d)));
        }
      }
    }
  }
}
