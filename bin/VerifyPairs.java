import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.doppel.Doppel;
import org.doppel.PairVerifier;
import org.doppel.RewriteSettings;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.fingerprint.Fact;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.fingerprint.TransformerSentenceEncoder;
import org.doppel.ingest.SourceText;
import org.doppel.match.EncoderSimilarity;
import org.doppel.match.SemanticSimilarity;

/**
 * Verifies listed pairs each alone, as a two-document corpus would (candidates do not matter), with the
 * scan's default rewrite settings and the embedding model, and writes one JSON line a pair: its label, the
 * verdict, word and sentence counts, fact keys and the MiniLM cosine of every sentence pair (to try rules on).
 *
 * <p>Usage: {@code java -cp doppel-cli/target/doppel.jar bin/VerifyPairs.java DATA_DIR PAIRS OUT_JSONL}, PAIRS as
 * bin/hardest-negatives.py writes them ({@code a b label}, documents in DATA_DIR/corpus/ID.txt).
 */
public class VerifyPairs {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    PairVerifier verifier = Doppel.builder().embeddingModel().rewrites(RewriteSettings.DEFAULTS).verifier();
    SemanticSimilarity model = new EncoderSimilarity(TransformerSentenceEncoder::miniLm);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    FactExtractor facts = new FactExtractor();
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] f = line.split("\\s+");
      Document a = analyzer.analyze(SourceText.of(f[0], Files.readString(dir.resolve("corpus/" + f[0] + ".txt"))));
      Document b = analyzer.analyze(SourceText.of(f[1], Files.readString(dir.resolve("corpus/" + f[1] + ".txt"))));
      List<Sentence> sa = splitter.split(a);
      List<Sentence> sb = splitter.split(b);
      List<String> ta = sa.stream().map(s -> s.span(a.words()).of(a.text())).toList();
      List<String> tb = sb.stream().map(s -> s.span(b.words()).of(b.text())).toList();
      double[][] cos = ta.isEmpty() || tb.isEmpty() ? new double[0][0] : model.matrix(ta, tb);
      String verdict = verifier.verify(verifier.prepare(a), verifier.prepare(b), false)
          .map(p -> p.verdict().relation().toString()).orElse("none");
      out.append("{\"a\":\"").append(f[0]).append("\",\"b\":\"").append(f[1]).append("\",\"label\":\"").append(f.length > 2 ? f[2] : "")
          .append("\",\"verdict\":\"").append(verdict).append("\",\"wa\":").append(a.words().size()).append(",\"wb\":").append(b.words().size())
          .append(",\"sa\":").append(sizes(sa)).append(",\"sb\":").append(sizes(sb))
          .append(",\"fa\":").append(keys(facts.extract(a, sa))).append(",\"fb\":").append(keys(facts.extract(b, sb))).append(",\"cos\":[");
      for (int i = 0; i < cos.length; i++) {
        StringJoiner row = new StringJoiner(",", i > 0 ? ",[" : "[", "]");
        for (double c : cos[i]) {
          row.add(String.format(Locale.ROOT, "%.3f", c));
        }
        out.append(row);
      }
      out.append("]}\n");
    }
    Files.writeString(Path.of(args[2]), out);
  }

  private static String sizes(List<Sentence> sentences) {
    StringJoiner j = new StringJoiner(",", "[", "]");
    sentences.forEach(s -> j.add(Integer.toString(s.size())));
    return j.toString();
  }

  private static String keys(List<Fact> facts) {
    StringJoiner j = new StringJoiner(",", "[", "]");
    facts.forEach(x -> j.add("[\"" + x.kind() + "\"," + x.key() + "]"));
    return j.toString();
  }
}
