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
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;

/**
 * For listed pairs of a short text (at most 200 words) and a long one, the sentence-pair judge's probability on the
 * short text against windows of the long one ({@link #windows}), beside each window's
 * vocabulary-vector cosine and the facts the short text and the window share. The {@code TOP} windows of highest
 * cosine are judged. One JSON line a pair, to choose the window judge's limits on (docs/quality.md, "Ninth pass"):
 * {@code a} the short text, {@code b} the long one, {@code ws} and {@code wl} their words, {@code windows} by
 * falling cosine, each {@code [first word, words, cosine, probability, facts kept, facts shared]} (probability -1
 * when not judged, facts kept -1 when one side states none).
 *
 * <p>Usage: {@code java -cp doppel-cli/target/doppel.jar bin/WindowPairs.java DATA_DIR PAIRS OUT_JSONL [TOP]}, PAIRS
 * as bin/hardest-negatives.py writes them ({@code a b label}, documents in DATA_DIR/corpus/ID.txt).
 */
public class WindowPairs {
  private static final int SHORT = 200;
  /** A window may be this much longer than the short text: a rewrite condenses, its original part is longer. */
  private static final double LENGTH_FACTOR = 1.3;

  /** A run of sentences {@code firstSentence} to {@code endSentence} (exclusive), words {@code first} to {@code end}. */
  record Window(int firstSentence, int endSentence, int first, int end) {
    int size() {
      return end - first;
    }
  }

  /**
   * Windows of consecutive sentences of a long text, each up to {@code shortWords} × {@value #LENGTH_FACTOR} and at
   * most {@value #SHORT} words (one sentence at least): a condensed rewrite of one part of a long text reads as the
   * same as that part, and the judge's transformers read 256 word pieces. The next window starts at the first
   * sentence past the middle of the one before, so that a part straddling two windows is read whole by one.
   */
  static List<Window> windows(List<Sentence> sentences, int shortWords) {
    int limit = Math.max(1, Math.min(SHORT, (int) Math.round(shortWords * LENGTH_FACTOR)));
    List<Window> windows = new ArrayList<>();
    int start = 0;
    while (start < sentences.size()) {
      int end = start + 1;
      while (end < sentences.size() && sentences.get(end).end() - sentences.get(start).first() <= limit) {
        end++;
      }
      windows.add(new Window(start, end, sentences.get(start).first(), sentences.get(end - 1).end()));
      if (end == sentences.size()) {
        break;
      }
      int middle = sentences.get(start).first() + (sentences.get(end - 1).end() - sentences.get(start).first()) / 2;
      int next = start + 1;
      while (next < end - 1 && sentences.get(next).first() < middle) {
        next++;
      }
      start = next;
    }
    return windows;
  }

  private final SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.load(1));
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final FactExtractor extractor = new FactExtractor();
  private final DocumentVectorizer vectorizer = new DocumentVectorizer();
  /** Each short text read once, however many pairs it is in, as the scan would. */
  private final Map<String, TextReading> readings = new HashMap<>();
  private final int top;

  private WindowPairs(int top) {
    this.top = top;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    WindowPairs judge = new WindowPairs(args.length > 3 ? Integer.parseInt(args[3]) : 6);
    Map<String, Document> documents = new HashMap<>();
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] f = line.split("\\s+");
      Document a = documents.computeIfAbsent(f[0], id -> judge.analyze(dir, id));
      Document b = documents.computeIfAbsent(f[1], id -> judge.analyze(dir, id));
      boolean aShort = a.words().size() <= b.words().size();
      judge.row(aShort ? a : b, aShort ? b : a, f.length > 2 ? f[2] : "").ifPresent(row -> out.append(row).append('\n'));
    }
    Files.writeString(Path.of(args[2]), out);
  }

  /** One window of the long text: its vocabulary cosine with the short text and, when judged, probability and facts. */
  private record Scored(Window window, double cosine, double probability, double factsKept, int factsShared) {}

  /** The JSON line of a short and a long text, or empty when the pair is not one. */
  private java.util.Optional<String> row(Document shortText, Document longText, String label) {
    if (shortText.words().size() > SHORT || longText.words().size() <= SHORT || shortText.words().size() == 0) {
      return java.util.Optional.empty();
    }
    List<Sentence> sentences = splitter.split(longText);
    List<Fact> shortFacts = extractor.extract(shortText, splitter.split(shortText));
    byte[] shortVector = vectorizer.vectorize(shortText);
    List<Scored> byCosine = new ArrayList<>();
    for (Window w : windows(sentences, shortText.words().size())) {
      // the window analysed as a text of its own: its vocabulary vector is the one a window judge would compare
      Document window = analyzer.analyze(SourceText.of(longText.id() + "#" + w.first(), windowText(longText, w)));
      byCosine.add(new Scored(w, DocumentVectorizer.cosine(shortVector, vectorizer.vectorize(window)), -1, 0, 0));
    }
    byCosine.sort(Comparator.comparingDouble(Scored::cosine).reversed());
    TextReading shortReading = readings.computeIfAbsent(shortText.id(), id -> scorer.read(shortText.text()));
    StringBuilder windows = new StringBuilder();
    for (int k = 0; k < byCosine.size(); k++) {
      Scored s = byCosine.get(k);
      Window w = s.window();
      if (k < top) {
        FactOverlap facts = FactOverlap.of(shortFacts, extractor.extract(longText, sentences.subList(w.firstSentence(), w.endSentence())));
        s = new Scored(w, s.cosine(), scorer.probability(shortReading, scorer.read(windowText(longText, w))),
            Math.min(facts.distinctA(), facts.distinctB()) == 0 ? -1 : facts.containment(), facts.shared().size());
      }
      windows.append(String.format(Locale.ROOT, "%s[%d,%d,%.4f,%.4f,%.3f,%d]", k == 0 ? "" : ",", w.first(), w.size(),
          s.cosine(), s.probability(), s.factsKept(), s.factsShared()));
    }
    return java.util.Optional.of(String.format(Locale.ROOT, "{\"a\":\"%s\",\"b\":\"%s\",\"label\":\"%s\",\"ws\":%d,\"wl\":%d,\"windows\":[%s]}",
        shortText.id(), longText.id(), label, shortText.words().size(), longText.words().size(), windows));
  }

  private static String windowText(Document document, Window window) {
    return document.text().substring(document.words().start(window.first()), document.words().end(window.end() - 1));
  }

  private Document analyze(Path dir, String id) {
    try {
      return analyzer.analyze(SourceText.of(id, Files.readString(dir.resolve("corpus/" + id + ".txt"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
