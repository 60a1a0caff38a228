import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.GermanText;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.doppel.match.SubwordAlignment;
import org.doppel.match.SubwordGrams;

/**
 * The sub-word reading ({@link SubwordAlignment}) of every pair of German texts in a directory, whatever their length
 * and whether or not a scan would make them candidates: to read the whole-text 4-gram cosine and the sentence
 * coverage of rewrites and of texts that are no rewrites of each other (a corpus of real page bodies). Pairs under a
 * whole cosine of {@code MIN_WHOLE} (second argument, default 0.2) are written without their sentences (coverage -1).
 *
 * <p>Usage: {@code java -cp doppel-cli/target/doppel.jar bin/SubwordPairs.java DIR OUT_TSV [MIN_WHOLE]}; each line:
 * {@code a b wordsA wordsB whole coverageShorter coverageLonger sentencePairs meanCosine orderAgreement
 * coverageShorterFrom0.35 inOrderCoverage}.
 */
public class SubwordPairs {
  private static final double STRICT_COSINE = 0.35;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    double minWhole = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<Document> documents = new ArrayList<>();
    List<List<Sentence>> sentences = new ArrayList<>();
    List<SubwordGrams> grams = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      Document document = analyzer.analyze(SourceText.of(id, Files.readString(file)));
      if (!GermanText.is(document)) {
        continue;
      }
      documents.add(document);
      sentences.add(splitter.split(document));
      grams.add(SubwordGrams.of(document, 0, document.words().size()));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < documents.size(); i++) {
      for (int j = i + 1; j < documents.size(); j++) {
        Document a = documents.get(i);
        Document b = documents.get(j);
        double whole = grams.get(i).cosine(grams.get(j));
        double shorter = -1;
        double longer = -1;
        int pairs = 0;
        double mean = -1;
        double order = -1;
        double shorterStrict = -1;
        double inOrder = -1;
        if (whole >= minWhole) {
          SubwordAlignment alignment = SubwordAlignment.of(a, sentences.get(i), b, sentences.get(j));
          shorter = alignment.shorterCoverage();
          boolean aShorter = a.words().size() <= b.words().size();
          longer = aShorter ? alignment.sentences().coverageB() : alignment.sentences().coverageA();
          pairs = alignment.sentences().pairs().size();
          mean = alignment.sentences().meanSimilarity();
          order = alignment.sentences().orderAgreement();
          int strict = 0;
          for (var match : alignment.sentences().pairs()) {
            if (match.similarity() >= STRICT_COSINE) {
              strict += (aShorter ? match.a() : match.b()).size();
            }
          }
          shorterStrict = (double) strict / Math.min(a.words().size(), b.words().size());
          inOrder = alignment.shorterCoverageInOrder();
        }
        out.append(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%.4f%n", a.id(), b.id(), a.words().size(),
            b.words().size(), whole, shorter, longer, pairs, mean, order, shorterStrict, inOrder));
      }
    }
    Files.writeString(Path.of(args[1]), out);
    System.err.println(documents.size() + " German texts of " + files.size());
  }
}
