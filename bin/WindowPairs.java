import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.fingerprint.DocumentVectorizer;
import org.doppel.fingerprint.Fact;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.ingest.SourceText;
import org.doppel.match.FactOverlap;
import org.doppel.match.TextReading;
import org.doppel.match.TextWindows;
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;

/**
 * For listed pairs of a short text (at most 200 words) and a long one, the sentence-pair judge's probability on the
 * short text against windows of the long one ({@link TextWindows}, as the scan makes them), beside each window's
 * vocabulary-vector cosine and the facts the short text and the window share. The {@code TOP} windows of highest
 * cosine are judged. One JSON line a pair, to choose the window judge's limits on (docs/quality.md, "Ninth pass").
 *
 * <p>Usage: {@code java -cp doppel-cli/target/doppel.jar bin/WindowPairs.java DATA_DIR PAIRS OUT_JSONL [TOP]}, PAIRS
 * as bin/hardest-negatives.py writes them ({@code a b label}, documents in DATA_DIR/corpus/ID.txt).
 */
public class WindowPairs {
  private static final int SHORT = 200;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int top = args.length > 3 ? Integer.parseInt(args[3]) : 6;
    SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.load(1));
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    FactExtractor extractor = new FactExtractor();
    DocumentVectorizer vectorizer = new DocumentVectorizer();
    Map<String, Document> documents = new HashMap<>();
    Map<String, TextReading> readings = new HashMap<>();
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] f = line.split("\\s+");
      Document a = documents.computeIfAbsent(f[0], id -> analyze(analyzer, dir, id));
      Document b = documents.computeIfAbsent(f[1], id -> analyze(analyzer, dir, id));
      boolean aShort = a.words().size() <= b.words().size();
      Document shortText = aShort ? a : b;
      Document longText = aShort ? b : a;
      if (shortText.words().size() > SHORT || longText.words().size() <= SHORT || shortText.words().size() == 0) {
        continue;
      }
      List<Sentence> sentences = splitter.split(longText);
      List<Fact> shortFacts = extractor.extract(shortText, splitter.split(shortText));
      byte[] shortVector = vectorizer.vectorize(shortText);
      List<TextWindows.Window> windows = TextWindows.of(sentences, shortText.words().size(), SHORT, 1000);
      List<double[]> scored = new ArrayList<>();
      for (int i = 0; i < windows.size(); i++) {
        TextWindows.Window w = windows.get(i);
        scored.add(new double[] {i, DocumentVectorizer.cosine(shortVector, vectorizer.vectorize(longText, w.first(), w.end())), -1, 0, 0});
      }
      scored.sort(Comparator.comparingDouble((double[] s) -> -s[1]));
      TextReading shortReading = readings.computeIfAbsent(shortText.id(), id -> scorer.read(shortText.text()));
      StringBuilder ws = new StringBuilder();
      for (int k = 0; k < scored.size(); k++) {
        double[] s = scored.get(k);
        TextWindows.Window w = windows.get((int) s[0]);
        if (k < top) {
          String text = longText.text().substring(longText.words().start(w.first()), longText.words().end(w.end() - 1));
          s[2] = scorer.probability(shortReading, scorer.read(text));
          FactOverlap facts = FactOverlap.of(shortFacts, extractor.extract(longText, sentences.subList(w.firstSentence(), w.endSentence())));
          s[3] = Math.min(facts.distinctA(), facts.distinctB()) == 0 ? -1 : facts.containment();
          s[4] = facts.shared().size();
        }
        ws.append(String.format(Locale.ROOT, "%s[%d,%d,%.4f,%.4f,%.3f,%d]", k == 0 ? "" : ",", w.first(), w.size(), s[1], s[2], s[3], (int) s[4]));
      }
      out.append(String.format(Locale.ROOT, "{\"a\":\"%s\",\"b\":\"%s\",\"label\":\"%s\",\"ws\":%d,\"wl\":%d,\"windows\":[%s]}%n",
          f[0], f[1], f.length > 2 ? f[2] : "", shortText.words().size(), longText.words().size(), ws));
    }
    Files.writeString(Path.of(args[2]), out);
  }

  private static Document analyze(DocumentAnalyzer analyzer, Path dir, String id) {
    try {
      return analyzer.analyze(SourceText.of(id, Files.readString(dir.resolve("corpus/" + id + ".txt"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
