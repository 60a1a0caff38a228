import java.util.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
public class Many {
  public static void main(String[] args) {
    for (int n : new int[] {50, 101, 150}) {
      Corpus corpus = Doppel.builder().build();
      List<SourceText> docs = new ArrayList<>();
      for (int i = 0; i < n; i++) docs.add(SourceText.of("site" + i, "Site number " + i + " brings you the news\n\n" + Texts.ORIGINAL));
      corpus.addAll(docs);
      System.out.println(n + " copies: pairs " + corpus.findAllPairs(ScanProgress.NONE).size() + " (all pairs " + n * (n - 1) / 2 + "), findCopies(site0) " + corpus.findCopies("site0").size());
    }
  }
}
