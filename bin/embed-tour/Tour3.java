import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.provenance.Provenance;
import org.doppel.report.*;

public class Tour3 {
  public static void main(String[] args) throws Exception {
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", Texts.ORIGINAL));
    corpus.add(SourceText.of("copy", Texts.COPY));
    corpus.add(SourceText.of("partial", Texts.PARTIAL));
    List<RelatedPair> pairs = corpus.findAllPairs(ScanProgress.NONE);
    Provenance p = corpus.provenance(pairs);
    java.util.function.Function<String, String> textOf = id -> corpus.get(id).text();
    // README: new HtmlReport(textOf).withMetadata(id -> corpus.get(id).metadata())
    HtmlReport report = new HtmlReport(textOf).withMetadata(id -> corpus.get(id).metadata())
        .withDirections(pair -> new PairDirection(pair.source(), 0.5, List.of("because")))
        .withFamilies(List.of(new ReportFamily("f1", null, List.of("original", "copy"), List.of(new ReportEdge("original", "copy", org.doppel.relate.Relation.NEAR_DUPLICATE, true)))));
    Path out = Files.createTempFile("embed-report", ".html");
    try (Writer w = Files.newBufferedWriter(out)) { report.write(pairs, w); }
    System.out.println("report bytes " + Files.size(out));
    // with ProvenanceForReport
    HtmlReport r2 = new HtmlReport(textOf).withDirections(pair -> ProvenanceForReport.direction(p, pair)).withFamilies(ProvenanceForReport.families(p));
    try (Writer w = Files.newBufferedWriter(Files.createTempFile("embed-report2", ".html"))) { r2.write(p.relatedPairs(), w); }
    System.out.println("report2 ok");
    // misuse: textOf that does not know an id
    try { new HtmlReport(Map.of("original", Texts.ORIGINAL)::get).write(pairs, new StringWriter()); System.out.println("missing text: no error"); }
    catch (Exception e) { System.out.println("missing text: " + e); }
    // misuse: withDirections returning a source outside the pair
    try { new HtmlReport(textOf).withDirections(pair -> new PairDirection("nobody", 1, List.of())).write(pairs, new StringWriter()); System.out.println("foreign source: no error"); }
    catch (Exception e) { System.out.println("foreign source: " + e); }
    // misuse: metadata null (javadoc says may return null)
    try { new HtmlReport(textOf).withMetadata(id -> null).write(pairs, new StringWriter()); System.out.println("null metadata: ok"); }
    catch (Exception e) { System.out.println("null metadata: " + e); }
    try { new HtmlReport(textOf).withDirections(pair -> null).write(pairs, new StringWriter()); System.out.println("null direction: ok"); }
    catch (Exception e) { System.out.println("null direction: " + e); }
  }
}
