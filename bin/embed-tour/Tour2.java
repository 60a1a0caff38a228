import java.nio.file.*;
import java.util.List;
import org.doppel.DoppelIndex;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;

public class Tour2 {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("embed-idx").resolve("news.idx");
    String textA = Texts.ORIGINAL, textB = Texts.UNRELATED, text = Texts.COPY;
    // README snippet, as written
    try (DoppelIndex index = DoppelIndex.open(dir)) {   // or Doppel.builder()....openIndex(path)
      index.add(List.of(SourceText.of("a", textA), SourceText.of("b", textB)));
      index.commit();                                                   // durable; adds are visible to queries at once
      DoppelIndex.QueryResult result = index.query(SourceText.of("new", text), 10);
      result.pairs();                                                   // RelatedPair, best score first, source set
      System.out.println("query: " + result.pairs().stream().map(p -> p.a() + "~" + p.b() + ":" + p.relation() + " " + p.score() + " src=" + p.source()).toList());
      System.out.println("other: " + result.other(result.pairs().get(0)).id());
      System.out.println("direction: " + result.provenance().direction("a", "new"));
      index.remove("a");
      index.commit();                                                   // close() drops what was not committed
      System.out.println("after remove: " + index.query(SourceText.of("new", text), 10).pairs().size());
    }
    // reopen: 'a' removed but not committed?
    try (DoppelIndex index = DoppelIndex.open(dir)) {
      System.out.println("reopened ids: " + index.ids() + " stats " + index.stats());
      index.add(List.of(SourceText.of("a", textA)));
      System.out.println("copies(a): " + index.copies("a", 10).map(r -> r.pairs().size()));
      System.out.println("get(zzz): " + index.get("zzz"));
      try { index.query(SourceText.of("q", text), 10).pairs().clear(); System.out.println("QueryResult.pairs MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("QueryResult.pairs unmodifiable"); }
      try { index.ids().clear(); System.out.println("ids MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("ids unmodifiable"); }
    }
  }
}
