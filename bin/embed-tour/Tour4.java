import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.provenance.Provenance;

public class Tour4 {
  interface Body { Object run() throws Exception; }
  static void tryIt(String what, Body body) {
    try { Object r = body.run(); System.out.println("[" + what + "] OK: " + (r == null ? "" : String.valueOf(r).replace('\n', ' ')).substring(0, Math.min(200, String.valueOf(r).length()))); }
    catch (Throwable e) { System.out.println("[" + what + "] " + e.getClass().getName() + ": " + e.getMessage()); }
  }
  public static void main(String[] args) throws Exception {
    Corpus corpus = Doppel.builder().build();
    tryIt("SourceText.of(id, null)", () -> SourceText.of("x", null));
    tryIt("SourceText.of(null, text)", () -> SourceText.of(null, "t"));
    tryIt("SourceText.of(\"\", text)", () -> SourceText.of("", "t"));
    tryIt("add empty text", () -> corpus.add(SourceText.of("empty", "")).words().size());
    tryIt("add blank text", () -> corpus.add(SourceText.of("blank", "   \n\n  ")).words().size());
    tryIt("add(null)", () -> corpus.add(null));
    tryIt("add original", () -> corpus.add(SourceText.of("original", Texts.ORIGINAL)).words().size());
    tryIt("add duplicate id", () -> corpus.add(SourceText.of("original", Texts.COPY)));
    tryIt("size after dup", () -> corpus.size());
    tryIt("addAll with dup inside", () -> { corpus.addAll(List.of(SourceText.of("x1", Texts.COPY), SourceText.of("x1", Texts.PARTIAL), SourceText.of("x2", Texts.UNRELATED))); return null; });
    tryIt("size after addAll dup", () -> corpus.size());
    tryIt("get(x1)", () -> corpus.get("x1").id());
    tryIt("findCopies(missing)", () -> corpus.findCopies("missing"));
    tryIt("findCopies(null id)", () -> corpus.findCopies((String) null));
    tryIt("findCopies(empty)", () -> corpus.findCopies("empty"));
    tryIt("findCopies(SourceText empty)", () -> corpus.findCopies(SourceText.of("q", "")));
    tryIt("findCopies(SourceText same id as corpus doc, other text)", () -> corpus.findCopies(SourceText.of("original", Texts.COPY)));
    tryIt("get(missing)", () -> corpus.get("missing"));
    tryIt("findAllPairs(null)", () -> corpus.findAllPairs(null));
    tryIt("builder threads(0)", () -> Doppel.builder().threads(0));
    tryIt("builder maxPostings(-1)", () -> Doppel.builder().maxPostings(-1));
    tryIt("builder semanticSimilarity(null)", () -> Doppel.builder().semanticSimilarity(null));
    // results after the corpus changed
    List<RelatedPair> before = corpus.findAllPairs(ScanProgress.NONE);
    Provenance p = corpus.provenance(before);
    Provenance lazy = corpus.provenanceOfAllPairs(ScanProgress.NONE);
    corpus.add(SourceText.of("late", Texts.COPY.replace("Westhaven", "Osthaven")));
    tryIt("old pairs unchanged", () -> before.size() + " pairs");
    tryIt("trace(late, old provenance)", () -> corpus.trace("late", p));
    tryIt("lazy families after add", () -> lazy.families().stream().map(f -> f.memberIds()).toList());
    tryIt("provenance(pairs of another corpus)", () -> Doppel.builder().build().provenance(before));
    // very long text
    StringBuilder sb = new StringBuilder();
    Random r = new Random(1);
    String[] words = Texts.ORIGINAL.split("\\s+");
    while (sb.length() < 5_000_000) { sb.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? ".\n" : " "); }
    String longText = sb.toString();
    long t0 = System.nanoTime();
    tryIt("add 5 MB text", () -> corpus.add(SourceText.of("long", longText)).words().size());
    tryIt("findCopies(long)", () -> corpus.findCopies("long").size());
    tryIt("findAllPairs with long", () -> corpus.findAllPairs(ScanProgress.NONE).size());
    System.out.println("long text ms " + (System.nanoTime() - t0) / 1_000_000);
  }
}
