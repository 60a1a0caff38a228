import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;

/**
 * feat-direction16: for each .txt path read from standard input, prints "corpusdir id n1,n2,…", each sentence's words
 * as the scan splits them (DocumentAnalyzer, SentenceSplitter), for `bin/direction16/screen.py ROWS longest SIZES`.
 *
 * The command is in docs/quality.md ("Direction, a sixteenth round"): every written set's corpus folder but the held-out
 * ones and meta-pages, rewrites-dev's and reuse-dev's, their .txt files found, sorted and piped in.
 */
public class SentenceSizes {
  public static void main(String[] args) throws Exception {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    BufferedReader paths = new BufferedReader(new InputStreamReader(System.in));
    for (String line = paths.readLine(); line != null; line = paths.readLine()) {
      Path path = Path.of(line);
      String id = path.getFileName().toString().replaceFirst("\\.txt$", "");
      Document document = analyzer.analyze(SourceText.of(id, Files.readString(path)));
      StringJoiner sizes = new StringJoiner(",");
      for (Sentence sentence : splitter.split(document)) {
        sizes.add(Integer.toString(sentence.size()));
      }
      System.out.println(path.getParent() + " " + id + " " + sizes);
    }
  }
}
