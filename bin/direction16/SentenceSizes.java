import java.nio.file.*;
import java.util.*;
import org.doppel.document.*;
import org.doppel.ingest.SourceText;

/** Prints "corpusdir id n1,n2,…" (each sentence's words, as the scan splits them) for every .txt file of the corpus folders given. */
public class SentenceSizes {
  public static void main(String[] args) throws Exception {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    for (String dir : args) {
      try (var files = Files.list(Path.of(dir))) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String id = p.getFileName().toString().replace(".txt", "");
          Document d = analyzer.analyze(SourceText.of(id, Files.readString(p)));
          StringJoiner sizes = new StringJoiner(",");
          for (Sentence s : splitter.split(d)) {
            sizes.add(Integer.toString(s.size()));
          }
          System.out.println(dir + " " + id + " " + sizes);
        }
      }
    }
  }
}
