import java.nio.file.*;
import java.util.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
import org.doppel.index.VectorSearch;
import org.doppel.match.sentence.BundledJudge;
public class Tour7 {
  public static void main(String[] args) throws Exception {
    List<SourceText> docs = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path f : files.sorted().toList()) docs.add(SourceText.of(f.getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(f)));
    }
    Corpus plain = Doppel.builder().build();
    plain.addAll(docs);
    var a = plain.findAllPairs(ScanProgress.NONE); System.out.println("builder().build(): " + a.size() + " pairs, " + a.stream().filter(p -> p.relation() == org.doppel.relate.Relation.PARAPHRASE).count() + " paraphrases");
    BundledJudge judge = new BundledJudge();
    Corpus asScan = Doppel.builder().embeddingModel().textJudge(judge).rewrites(RewriteSettings.DEFAULTS.withVectorSearch(VectorSearch.SHORT_TEXTS)).build();
    asScan.addAll(docs);
    var b = asScan.findAllPairs(ScanProgress.NONE); System.out.println("as scan: " + b.size() + " pairs, " + b.stream().filter(p -> p.relation() == org.doppel.relate.Relation.PARAPHRASE).count() + " paraphrases");
  }
}
