import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doppel.Corpus;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.doppel.ScanProgress;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.Provenance;
import org.doppel.relate.RelatedPair;
import org.doppel.report.HtmlReport;
import org.doppel.report.ProvenanceForReport;

/**
 * The sixteenth tour's embedding developer (docs/quality.md, "A sixteenth tour"): the README's library snippets as
 * written (imports added), then the inputs a service meets: null, empty, blank and very large texts, an id added
 * twice, results changed after the fact, an index used after close. Invented texts.
 *   java --enable-native-access=ALL-UNNAMED -cp doppel-cli/target/doppel.jar bin/audit16-tour/Library.java
 */
public class Library {
  static final String ORIGINAL = "The tide mill at Quarvel turned again on Sunday after volunteers spent two winters replacing its "
      + "oak wheel. Teodor Varrow, who chairs the mill trust, said the repairs cost 48,200 pounds, most of it raised at village "
      + "fairs.\n\nVisitors can tour the mill on weekends from April, and school groups on weekdays, the trust said. The sluice "
      + "gates were rebuilt by a boatyard in Lintforth with timber from a fallen estate oak.";
  static final String COPY = "HARBOUR LIGHT — local news\n\n" + ORIGINAL + "\n\nShare this story with your friends.";

  static void attempt(String what, Callable<?> call) {
    try {
      Object result = call.call();
      System.out.println("ok    " + what + " -> " + String.valueOf(result).replace('\n', ' ').substring(0, Math.min(160, String.valueOf(result).length())));
    } catch (Throwable e) {
      System.out.println("threw " + what + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  public static void main(String[] args) throws Exception {
    String originalText = ORIGINAL;
    String copiedText = COPY;
    // README, first snippet, as written
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", originalText));
    corpus.add(SourceText.of("copy", copiedText));
    List<RelatedPair> copies = corpus.findCopies("original");   // or corpus.findAllPairs(ScanProgress.NONE)
    System.out.println("README snippet: " + copies.size() + " pair(s): " + copies.get(0).a() + " ~ " + copies.get(0).b() + " "
        + copies.get(0).relation() + " " + copies.get(0).score());
    System.out.println("passage reads: '" + copies.get(0).passages().get(0).a().of(corpus.get(copies.get(0).a()).text()).substring(0, 30) + "'");

    // inputs a service meets
    attempt("SourceText.of(null, text)", () -> SourceText.of(null, "x"));
    attempt("SourceText.of(id, null)", () -> SourceText.of("x", null));
    attempt("SourceText.of(\"\", text)", () -> SourceText.of("", "x"));
    attempt("add(null)", () -> { corpus.add(null); return null; });
    attempt("add of an id already added", () -> { corpus.add(SourceText.of("copy", "another text")); return null; });
    attempt("add empty text", () -> { corpus.add(SourceText.of("empty", "")); return corpus.findCopies("empty"); });
    attempt("add blank text", () -> { corpus.add(SourceText.of("blank", " \n\t ")); return corpus.findCopies("blank"); });
    attempt("findCopies(missing)", () -> corpus.findCopies("missing"));
    attempt("findCopies((String) null)", () -> corpus.findCopies((String) null));
    attempt("change a returned list", () -> { copies.clear(); return copies; });
    attempt("change a pair's passages", () -> { copies.get(0).passages().clear(); return null; });
    attempt("findAllPairs(null)", () -> corpus.findAllPairs(null));
    attempt("provenance(null)", () -> corpus.provenance(null));
    attempt("trace(missing, p)", () -> corpus.trace("missing", corpus.provenance(corpus.findAllPairs(ScanProgress.NONE))));

    // very large input: the command line refuses a document over 64 MB; the library?
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    if (mb > 0) {
      String big = "word ".repeat(mb << 18);
      long start = System.nanoTime();
      attempt(mb + " MB text added and asked", () -> { Corpus c = Doppel.builder().build(); c.add(SourceText.of("big", big)); return c.findCopies("big"); });
      System.out.printf("  %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    // README's HtmlReport snippet with provenance
    Provenance p = corpus.provenance(corpus.findAllPairs(ScanProgress.NONE));
    StringWriter html = new StringWriter();
    new HtmlReport(id -> corpus.get(id).text()).withMetadata(id -> corpus.get(id).metadata())
        .withDirections(pair -> ProvenanceForReport.direction(p, pair)).withFamilies(ProvenanceForReport.families(p))
        .write(p.relatedPairs(), html);
    System.out.println("HtmlReport: " + html.toString().length() + " chars");

    // README's index snippet, as written, then use after close
    Path folder = Files.createTempDirectory("a16-index");
    String textA = ORIGINAL, textB = COPY, text = ORIGINAL;
    DoppelIndex kept;
    try (DoppelIndex index = DoppelIndex.open(folder.resolve("news.idx"))) {   // or Doppel.builder()....openIndex(path)
      index.add(List.of(SourceText.of("a", textA), SourceText.of("b", textB)));
      index.commit();                                                   // durable; adds are visible to queries at once
      DoppelIndex.QueryResult result = index.query(SourceText.of("new", text), 10);
      result.pairs();                                                   // RelatedPair, best score first, source set
      System.out.println("index query: " + result.pairs().size() + " pair(s)");
      index.remove("a");
      index.commit();                                                   // close() drops what was not committed
      kept = index;
    }
    attempt("query after close", () -> kept.query(SourceText.of("q", ORIGINAL), 5));
    attempt("open a second writer on the same folder while one is open", () -> {
      try (DoppelIndex one = DoppelIndex.open(folder.resolve("news.idx")); DoppelIndex two = DoppelIndex.open(folder.resolve("news.idx"))) {
        return two;
      }
    });
    attempt("index.add(list with null)", () -> {
      try (DoppelIndex one = DoppelIndex.open(folder.resolve("news.idx"))) {
        List<SourceText> list = new ArrayList<>();
        list.add(null);
        one.add(list);
        return null;
      }
    });
    attempt("index.query(doc, 0)", () -> {
      try (DoppelIndex one = DoppelIndex.open(folder.resolve("news.idx"))) {
        return one.query(SourceText.of("q", ORIGINAL), 0).pairs();
      }
    });
  }
}
