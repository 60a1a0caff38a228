import java.util.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
public class Foreign {
  public static void main(String[] args) {
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", Texts.ORIGINAL));
    corpus.add(SourceText.of("copy", Texts.COPY));
    var pairs = corpus.findAllPairs(ScanProgress.NONE);
    try { var p = Doppel.builder().build().provenance(pairs); System.out.println("no exception; pairs " + p.pairs().size() + " families " + p.families()); }
    catch (Exception e) { System.out.println(e); }
  }
}
