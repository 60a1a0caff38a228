import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import org.doppel.ingest.*;
import org.doppel.ingest.meta.*;
import org.doppel.document.*;

/**
 * Per folder given, an MD5 of what reading and analysing give each document: the metadata the reader found, the text
 * metadata and the metadata lines of its text, and its words (hashes, spans, flags). Run it with two jars to check that a
 * change to the readers or the analysis leaves them as they were (docs/benchmarks.md, "Eleventh pass"); DUMP=1 prints
 * each document's line.
 *
 * <pre>java -cp doppel-cli/target/doppel.jar bin/ReadDigest.java sample-corpus /tmp/data/g20k-s7</pre>
 */
public class ReadDigest {
  static String show(ArticleMetadata m) {
    return String.join("|", String.valueOf(m.title()), String.valueOf(m.author()), String.valueOf(m.date()), String.valueOf(m.time()), String.valueOf(m.site()), String.valueOf(m.url()), String.valueOf(m.language()), m.images().toString(), m.attributions().toString(), new TreeMap<>(m.evidence()).toString());
  }

  public static void main(String[] args) throws Exception {
    BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    for (String root : args) {
      MessageDigest md = MessageDigest.getInstance("MD5");
      MessageDigest words = MessageDigest.getInstance("MD5");
      int[] n = {0};
      new CorpusReader(p -> {}).read(List.of(Path.of(root)), source -> {
        String text = source.text();
        String line = source.id() + "\t" + show(source.metadata()) + "\t" + show(TextMetadata.extract(text)) + "\t" + classifier.classify(text) + "\n";
        md.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)); if (System.getenv("DUMP") != null) System.out.print(line);
        TokenSequence t = analyzer.analyze(source).words();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) b.append(t.hash(i)).append(',').append(t.start(i)).append(',').append(t.end(i)).append(',').append(t.hasDigit(i)).append(t.startsUpperCase(i)).append(t.startsWithDigit(i)).append(t.isBreakBefore(i)).append(t.isLineStart(i)).append(' ');
        words.update(b.toString().getBytes());
        n[0]++;
      });
      System.out.println(root + " " + n[0] + " meta " + HexFormat.of().formatHex(md.digest()) + " words " + HexFormat.of().formatHex(words.digest()));
    }
  }
}
