import java.util.List;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.ScanProgress;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.provenance.Provenance;

public class Tour1 {
  public static void main(String[] args) throws Exception {
    String originalText = Texts.ORIGINAL, copiedText = Texts.COPY;
    // README snippet, as written
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", originalText));
    corpus.add(SourceText.of("copy", copiedText));
    List<RelatedPair> copies = corpus.findCopies("original");   // or corpus.findAllPairs(ScanProgress.NONE)
    System.out.println("findCopies(original): " + copies.size());
    for (RelatedPair p : copies) {
      System.out.println(p.a() + " ~ " + p.b() + " " + p.relation() + " " + p.score() + " source=" + p.source() + " reason=" + p.verdict().reason());
      p.passages().forEach(ps -> System.out.println("  passage a" + ps.a() + " b" + ps.b() + " text[a]=" + (p.a().equals("copy") ? copiedText : originalText).substring(ps.a().start(), Math.min(ps.a().end(), ps.a().start() + 60)).replace('\n', ' ')));
    }
    corpus.add(SourceText.of("partial", Texts.PARTIAL));
    corpus.add(SourceText.of("unrelated", Texts.UNRELATED));
    List<RelatedPair> forNew = corpus.findCopies(SourceText.of("new", Texts.PARTIAL));
    System.out.println("findCopies(new SourceText): " + forNew.stream().map(p -> p.a() + "~" + p.b() + ":" + p.relation()).toList());
    List<RelatedPair> all = corpus.findAllPairs(ScanProgress.NONE);
    System.out.println("findAllPairs: " + all.stream().map(p -> p.a() + "~" + p.b() + ":" + p.relation() + " src=" + p.source()).toList());
    // README provenance snippet
    Provenance p = corpus.provenance(corpus.findAllPairs(ScanProgress.NONE));
    p.pairs().forEach(d -> System.out.println("directed " + d.pair().a() + "~" + d.pair().b() + " source=" + d.direction().source() + " " + d.direction().evidence() + " " + d.direction().detail()));
    p.families().forEach(f -> System.out.println("family " + f.id() + " origin=" + f.origin() + " " + f.memberIds() + " edges=" + f.edges()));
    var tr = corpus.trace("original", p); System.out.println("trace: origin=" + tr.origin() + " undirected=" + tr.undirected().size());
    Provenance p2 = corpus.provenanceOfAllPairs(ScanProgress.NONE);
    System.out.println("provenanceOfAllPairs pairs equal: " + p2.relatedPairs().equals(p.relatedPairs()));
    // immutability checks
    try { copies.add(copies.get(0)); System.out.println("findCopies list MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("findCopies list unmodifiable"); }
    try { corpus.findAllPairs(ScanProgress.NONE).clear(); System.out.println("findAllPairs list MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("findAllPairs list unmodifiable"); }
    try { all.get(0).passages().clear(); System.out.println("passages MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("passages unmodifiable"); }
    try { p.pairs().clear(); System.out.println("provenance pairs MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("provenance pairs unmodifiable"); }
    try { p.families().clear(); System.out.println("families MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("families unmodifiable"); }
    try { p.relatedPairs().clear(); System.out.println("relatedPairs MUTABLE"); } catch (UnsupportedOperationException e) { System.out.println("relatedPairs unmodifiable"); }
  }
}
