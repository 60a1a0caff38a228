import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doppel.Doppel;
import org.doppel.PairVerifier;
import org.doppel.RewriteSettings;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.fingerprint.DocumentVectorizer;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.ingest.SourceText;
import org.doppel.match.FactOverlap;
import org.doppel.match.TextReading;
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;

/**
 * For listed pairs, the sentence-pair judge's probability on the two whole texts (each read once, however many
 * pairs it is in), beside the verdict of the pair verified alone and cheap corroboration: word and word-piece
 * counts, vocabulary-vector cosine, shared facts. One JSON line a pair, to choose the whole-text judge's limits on.
 *
 * <p>Usage: {@code java -cp doppel-cli/target/doppel.jar bin/WholeTextPairs.java DATA_DIR PAIRS OUT_JSONL}, PAIRS
 * as bin/hardest-negatives.py writes them ({@code a b label}, documents in DATA_DIR/corpus/ID.txt).
 */
public class WholeTextPairs {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    PairVerifier verifier = Doppel.builder().embeddingModel().rewrites(RewriteSettings.DEFAULTS).verifier();
    SentencePairScorer scorer = SentencePairScorer.bundled(SentencePairEncoders.load(1));
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    FactExtractor facts = new FactExtractor();
    DocumentVectorizer vectorizer = new DocumentVectorizer();
    Map<String, Document> documents = new HashMap<>();
    Map<String, TextReading> readings = new HashMap<>();
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] f = line.split("\\s+");
      Document a = documents.computeIfAbsent(f[0], id -> analyze(analyzer, dir, id));
      Document b = documents.computeIfAbsent(f[1], id -> analyze(analyzer, dir, id));
      TextReading ra = readings.computeIfAbsent(f[0], id -> scorer.read(a.text()));
      TextReading rb = readings.computeIfAbsent(f[1], id -> scorer.read(b.text()));
      double p = scorer.probability(ra, rb);
      String verdict = verifier.verify(verifier.prepare(a), verifier.prepare(b), false)
          .map(x -> x.verdict().relation().toString()).orElse("none");
      FactOverlap shared = FactOverlap.of(facts.extract(a, splitter.split(a)), facts.extract(b, splitter.split(b)));
      double cosine = DocumentVectorizer.cosine(vectorizer.vectorize(a), vectorizer.vectorize(b));
      out.append(String.format(Locale.ROOT,
          "{\"a\":\"%s\",\"b\":\"%s\",\"label\":\"%s\",\"verdict\":\"%s\",\"wa\":%d,\"wb\":%d,\"ma\":%d,\"mb\":%d,\"ba\":%d,\"bb\":%d,"
              + "\"p\":%.4f,\"vcos\":%.4f,\"facts\":%d,\"fcont\":%.3f}%n",
          f[0], f[1], f.length > 2 ? f[2] : "", verdict, a.words().size(), b.words().size(), ra.miniLm().size(), rb.miniLm().size(),
          ra.bge().size(), rb.bge().size(), p, cosine, shared.shared().size(), shared.containment()));
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
