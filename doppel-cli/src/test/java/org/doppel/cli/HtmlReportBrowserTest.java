package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doppel.bench.HeadlessChromium;
import org.doppel.document.Span;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.Verdict;
import org.doppel.report.HtmlReport;
import org.doppel.report.PairDirection;
import org.doppel.report.ReportEdge;
import org.doppel.report.ReportFamily;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in a real headless Chromium and checks what a reader sees: the page runs
 * without script errors, the pair and family views render, navigation works, and markup planted in
 * documents stays text. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} (or {@code $CHROMIUM}); without it the test fails, saying so,
 * unless {@code DOPPEL_SKIP_BROWSER_TESTS=1} is set.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "browser-test");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String READY = "document.documentElement.dataset.ready === 'true'";
  /** Each payload would mark the page if it ever ran. */
  private static final String PAYLOAD = "</script><script>window.pwned = 1; document.title = 'pwned'</script>"
      + "<img src=x onerror=\"window.pwned = 2; document.title = 'pwned'\"><svg onload=\"window.pwned = 3\"></svg>";

  private static final String ORIGINAL = """
      Storm closes harbour for the first time in a decade

      The harbour authority closed the port on Tuesday after waves rose above six metres along the northern breakwater. \
      Ferries to the islands were cancelled and fishing boats were ordered to stay at their moorings until Thursday.

      Engineers will inspect the breakwater once the wind drops, the authority said, and repairs could take several weeks.

      Local traders said the closure would cost them thousands in lost sales during the busiest month of the year.
      """;
  private static final String COPY = "Home | News | Weather " + PAYLOAD + "\n\n" + ORIGINAL
      + "\nCopied from Estuary Chronicle. Share this article.\n";
  private static final String PARAPHRASE = """
      Harbour shut by storm, first time in ten years

      Port officials shut the harbour on Tuesday when waves climbed higher than six metres along the northern sea wall. \
      Island ferries were called off and fishing boats were told to remain moored until Thursday.

      Once the wind eases, engineers are to examine the sea wall, officials said, and repairs may need several weeks.
      """;
  private static final String PARTIAL = "Weekly business round-up " + PAYLOAD + "\n\n"
      + "Local traders said the closure would cost them thousands in lost sales during the busiest month of the year.\n\n"
      + "Elsewhere, the new market hall opened on Saturday with forty stalls and a queue around the block.\n";

  private static final Map<String, String> TEXTS = Map.of("chronicle", ORIGINAL, "copycat", COPY, "rewrite", PARAPHRASE,
      "roundup", PARTIAL);

  private static HeadlessChromium browser;
  private static Path report;

  @BeforeAll
  static void startBrowser() throws IOException {
    if ("1".equals(System.getenv("DOPPEL_SKIP_BROWSER_TESTS"))) {
      Assumptions.abort("DOPPEL_SKIP_BROWSER_TESTS=1: browser tests skipped");
    }
    Path binary = HeadlessChromium.find().orElse(null);
    if (binary == null) {
      fail("The HTML report's browser test needs Chromium, which is not on the PATH. Install it "
          + "(apt-get install chromium), point $CHROMIUM at a Chrome or Chromium binary, or set DOPPEL_SKIP_BROWSER_TESTS=1 to skip.");
    }
    Files.createDirectories(OUT);
    report = OUT.resolve("report.html").toAbsolutePath();
    try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      reportWithProvenance().write(pairs(), out);
    }
    browser = HeadlessChromium.launch(binary, 1400, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static HtmlReport reportWithProvenance() {
    Map<String, ArticleMetadata> meta = Map.of(
        "chronicle", metadata("Storm closes harbour for the first time in a decade", "Estuary Chronicle", LocalDate.of(2025, 3, 4)),
        "copycat", new ArticleMetadata("Storm closes harbour " + PAYLOAD, null, LocalDate.of(2025, 3, 5), null, "Copy Cat News",
            null, null, List.of(), List.of(new ArticleMetadata.Attribution("Copied from Estuary Chronicle " + PAYLOAD, "Estuary Chronicle")),
            Map.of()),
        "rewrite", metadata("Harbour shut by storm, first time in ten years", "The Rewriter", LocalDate.of(2025, 3, 6)));
    List<ReportFamily> families = List.of(new ReportFamily("f1", "chronicle", List.of("chronicle", "copycat", "rewrite", "roundup"),
        List.of(new ReportEdge("chronicle", "copycat", Relation.NEAR_DUPLICATE, true),
            new ReportEdge("chronicle", "rewrite", Relation.PARAPHRASE, true),
            new ReportEdge("chronicle", "roundup", Relation.PARTIAL, false))));
    return new HtmlReport(TEXTS::get).withMetadata(id -> meta.getOrDefault(id, ArticleMetadata.EMPTY))
        .withFamilies(families)
        .withDirections(pair -> pair.relation() == Relation.PARTIAL
            ? PairDirection.unknown(List.of("no dates on roundup " + PAYLOAD))
            : new PairDirection("chronicle", 0.9, List.of("chronicle is dated earlier", "copycat says \"Copied from Estuary Chronicle\"")))
        .withDocumentCount(4);
  }

  private static ArticleMetadata metadata(String title, String site, LocalDate date) {
    return new ArticleMetadata(title, null, date, null, site, null, "en", List.of(), List.of(), Map.of());
  }

  private static List<RelatedPair> pairs() {
    String[] paragraphs = ORIGINAL.split("\n\n");
    Passage[] copied = new Passage[paragraphs.length];
    for (int i = 0; i < paragraphs.length; i++) {
      copied[i] = passage(ORIGINAL, COPY, paragraphs[i].strip(), paragraphs[i].strip());
    }
    String traders = paragraphs[3].strip();
    String[] originalSentences = {
        "The harbour authority closed the port on Tuesday after waves rose above six metres along the northern breakwater.",
        "Ferries to the islands were cancelled and fishing boats were ordered to stay at their moorings until Thursday.",
        "Engineers will inspect the breakwater once the wind drops, the authority said, and repairs could take several weeks."};
    String[] rewrittenSentences = {
        "Port officials shut the harbour on Tuesday when waves climbed higher than six metres along the northern sea wall.",
        "Island ferries were called off and fishing boats were told to remain moored until Thursday.",
        "Once the wind eases, engineers are to examine the sea wall, officials said, and repairs may need several weeks."};
    List<SentenceLink> links = new java.util.ArrayList<>();
    for (int i = 0; i < originalSentences.length; i++) {
      links.add(new SentenceLink(span(ORIGINAL, originalSentences[i]), span(PARAPHRASE, rewrittenSentences[i]), 0.8 + i / 100.0));
    }
    return List.of(
        new RelatedPair("chronicle", "copycat", new Verdict(Relation.NEAR_DUPLICATE, 0.93, "passages cover 96% <b>bold</b> " + PAYLOAD),
            null, List.of(copied)),
        new RelatedPair("chronicle", "rewrite", new Verdict(Relation.PARAPHRASE, 0.71, "3 sentences reworded"), null,
            links.stream().map(l -> new Passage(l.a(), l.b(), 1, 1, 1, 1)).toList(), links),
        new RelatedPair("chronicle", "roundup", new Verdict(Relation.PARTIAL, 0.4, "one paragraph reused"), null,
            List.of(passage(ORIGINAL, PARTIAL, traders, traders))));
  }

  private static Span span(String text, String part) {
    int start = text.indexOf(part);
    assertThat(start).as("fixture sentence %s", part).isGreaterThanOrEqualTo(0);
    return new Span(start, start + part.length());
  }

  private static Passage passage(String a, String b, String partA, String partB) {
    return new Passage(span(a, partA), span(b, partB), 1, 1, 1, 1);
  }

  private void open(String fragment) throws IOException {
    browser.open("about:blank", "document.readyState === 'complete'");
    browser.open(report.toUri() + fragment, READY);
  }

  private String text(String selector) throws IOException {
    return browser.evaluate("(document.querySelector(" + quote(selector) + ") || {}).textContent || ''").asText();
  }

  private int count(String selector) throws IOException {
    return browser.evaluate("document.querySelectorAll(" + quote(selector) + ").length").asInt();
  }

  private void click(String selector) throws IOException {
    browser.evaluate("document.querySelector(" + quote(selector) + ").dispatchEvent(new MouseEvent('click', {bubbles: true}))");
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private void assertInert() throws IOException {
    assertThat(browser.evaluate("document.title").asText()).isEqualTo("Doppel report");
    assertThat(browser.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
    assertThat(count("img")).as("no image element was made from document text").isZero();
    assertThat(count("svg[onload], [onerror]")).isZero();
    assertThat(browser.errors()).as("errors the page reported").isEmpty();
  }

  @Test
  void pairViewShowsBothDocumentsWithPassagesMetadataAndDirection() throws IOException {
    open("#pair=1");

    assertThat(count(".doc")).isEqualTo(2);
    assertThat(text(".pair-title .nth")).isEqualTo("pair #1 of 3");
    assertThat(count(".doc:nth-child(1) mark.start")).isEqualTo(4);
    assertThat(text(".direction")).contains("Likely original: chronicle", "confidence 0.90", "copycat says \"Copied from Estuary Chronicle\"");
    assertThat(text(".doc:nth-child(2) .doc-meta")).contains("2025-03-05", "Copy Cat News", "Copied from Estuary Chronicle", "onerror");
    assertThat(text(".doc:nth-child(2) .text")).contains("<img src=x onerror=");
    assertThat(text(".pair-head .reason")).contains("<b>bold</b>");
    assertInert();
    browser.screenshot(SHOTS.resolve("pair-side-by-side.png"));
  }

  @Test
  void theSearchFindsAPairByATitleOrSiteAsWellAsById() throws IOException {
    open("#pair=1");
    for (String[] query : new String[][] {{"rewriter", "1 of 3 pairs"}, {"ten years", "1 of 3 pairs"}, {"copy cat", "1 of 3 pairs"},
        {"roundup", "1 of 3 pairs"}, {"chronicle", "3 pairs"}, {"no such story", "0 of 3 pairs"}}) {
      browser.evaluate("(() => { const s = document.getElementById('search'); s.value = " + quote(query[0])
          + "; s.dispatchEvent(new Event('input')); })()");
      assertThat(text("#count")).as(query[0]).isEqualTo(query[1]);
    }
    assertInert();
  }

  @Test
  void aLinkToAPairTheReportDoesNotHoldSaysSo() throws IOException {
    open("#pair=999");
    assertThat(text(".view")).contains("This report has no pair #999: it holds 3 pairs.");
    assertThat(count(".doc")).isZero();
    open("#pair=2");
    assertThat(text(".pair-title .nth")).isEqualTo("pair #2 of 3");
    assertInert();
  }

  @Test
  void nextAndPreviousButtonsStepThroughThePassages() throws IOException {
    open("#pair=1");

    click(".pnav .next");
    assertThat(text(".chip.active")).isEqualTo("1");
    assertThat(text(".pnav .pos")).isEqualTo("1 / 4");
    click(".pnav .next");
    click(".pnav .next");
    assertThat(text(".chip.active")).isEqualTo("3");
    assertThat(count(".doc:nth-child(1) mark.active")).isPositive();
    assertThat(browser.evaluate("document.querySelector('.doc:nth-child(1) mark.active').dataset.p").asText()).isEqualTo("2");
    click(".pnav .prev");
    assertThat(text(".chip.active")).isEqualTo("2");
    // j moves to the next pair in the list (sorted by score) and rewrites the location.
    browser.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true}))");
    assertThat(browser.evaluate("location.hash").asText()).isEqualTo("#pair=2");
    assertInert();
    browser.screenshot(SHOTS.resolve("pair-passage-navigation.png"));
  }

  @Test
  void paraphraseShowsAlignedSentencesWithTheChangedWordsMarked() throws IOException {
    open("#pair=2");

    assertThat(count(".aligned .arow[data-p]")).isEqualTo(3);
    String firstRemoved = browser.evaluate(
        "Array.from(document.querySelectorAll('.arow[data-p=\"0\"] .w-out')).map(e => e.textContent).join('|')").asText();
    String firstAdded = browser.evaluate(
        "Array.from(document.querySelectorAll('.arow[data-p=\"0\"] .w-in')).map(e => e.textContent).join('|')").asText();
    assertThat(firstRemoved).contains("rose above", "breakwater.").doesNotContain("Tuesday", "northern");
    assertThat(firstAdded).contains("climbed higher than", "sea wall.").doesNotContain("Tuesday", "northern");
    // Unchanged words stay plain: the whole sentence is still there, in order.
    assertThat(text(".arow[data-p=\"0\"] .sa")).isEqualTo(
        "The harbour authority closed the port on Tuesday after waves rose above six metres along the northern breakwater.");
    click(".pnav .next");
    click(".pnav .next");
    assertThat(browser.evaluate("document.querySelector('.arow.active').dataset.p").asText()).isEqualTo("1");
    browser.screenshot(SHOTS.resolve("pair-aligned-sentences.png"));

    click(".modes button[data-mode=\"side\"]");
    assertThat(count(".doc")).isEqualTo(2);
    assertThat(count(".doc:nth-child(2) mark.start")).isEqualTo(3);
    assertInert();
  }

  @Test
  void familyViewDrawsTheProvenanceTreeAndOpensPairsFromIt() throws IOException {
    open("#families");

    assertThat(count("#families svg.family-graph")).isEqualTo(1);
    assertThat(count("#families .node")).isEqualTo(4);
    assertThat(browser.evaluate("document.querySelector('#families .node.origin').dataset.doc").asText()).isEqualTo("chronicle");
    assertThat(count("#families .edge.directed")).isEqualTo(2);
    assertThat(count("#families .edge.undirected")).isEqualTo(1);
    assertThat(text("#families .members")).contains("ORIGIN", "2025-03-04", "Estuary Chronicle", "Copied from Estuary Chronicle",
        "\u2190 paraphrase of chronicle");
    // The origin sits above the documents that copied it.
    double originY = browser.evaluate("document.querySelector('.node.origin').getBoundingClientRect().top").asDouble();
    double copyY = browser.evaluate("document.querySelector('.node[data-doc=\"copycat\"]').getBoundingClientRect().top").asDouble();
    assertThat(originY).isLessThan(copyY);
    assertInert();
    browser.screenshot(SHOTS.resolve("families.png"));

    click("#families .edge.paraphrase");
    browser.waitFor("location.hash === '#pair=2' && !document.getElementById('app').hidden && document.querySelector('.aligned')");
    assertThat(count("#families:not([hidden])")).isZero();

    browser.evaluate("location.hash = '#families'");
    browser.waitFor("document.querySelector('#families .node[data-doc=\"roundup\"]')");
    click("#families .node[data-doc=\"roundup\"]");
    browser.waitFor("location.hash === '#pair=3'");
    assertThat(text(".direction")).contains("Direction unknown", "no dates on roundup");
    assertInert();
  }

  @Test
  void narrowWindowStacksTheDocuments() throws IOException {
    open("#pair=1");
    browser.send("Emulation.setDeviceMetricsOverride", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("width", 700).put("height", 1000).put("deviceScaleFactor", 1).put("mobile", false));
    try {
      double left1 = browser.evaluate("document.querySelectorAll('.doc')[0].getBoundingClientRect().left").asDouble();
      double left2 = browser.evaluate("document.querySelectorAll('.doc')[1].getBoundingClientRect().left").asDouble();
      assertThat(left2).isEqualTo(left1);
      browser.screenshot(SHOTS.resolve("pair-narrow.png"));
    } finally {
      browser.send("Emulation.clearDeviceMetricsOverride");
    }
  }

  @Test
  void aPrintedPairShowsBothTextsWholeOneAfterTheOtherWithThePassagesInColour() throws IOException {
    open("#pair=1");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    browser.send("Emulation.setEmulatedMedia", json.createObjectNode().put("media", "print"));
    try {
      // printed as on screen, each text was cut at its pane's height, the pair list took a third of the page and the
      // passages' colours were left out (a browser prints no backgrounds unless told)
      assertThat(browser.evaluate("getComputedStyle(document.querySelector('.sidebar')).display").asText()).isEqualTo("none");
      assertThat(browser.evaluate("[...document.querySelectorAll('.doc-body')].map(b => getComputedStyle(b).overflowY).join()").asText())
          .isEqualTo("visible,visible");
      assertThat(browser.evaluate("getComputedStyle(document.querySelector('mark')).printColorAdjust").asText()).isEqualTo("exact");
      double firstBottom = browser.evaluate("document.querySelectorAll('.doc')[0].getBoundingClientRect().bottom").asDouble();
      double secondTop = browser.evaluate("document.querySelectorAll('.doc')[1].getBoundingClientRect().top").asDouble();
      assertThat(secondTop).isGreaterThanOrEqualTo(firstBottom);
      assertThat(text(".direction")).contains("Likely original: chronicle");
    } finally {
      browser.send("Emulation.setEmulatedMedia", json.createObjectNode().put("media", ""));
    }
    // a right-to-left paragraph (Arabic, Hebrew) runs in its own direction, in the texts and the aligned sentences
    assertThat(browser.evaluate("getComputedStyle(document.querySelector('.doc .text')).unicodeBidi").asText()).isEqualTo("plaintext");
  }

  @Test
  void scanWritesAReportThatRunsWithoutErrors() throws IOException {
    Path corpus = Files.createDirectories(OUT.resolve("corpus"));
    Files.writeString(corpus.resolve("chronicle.txt"), ORIGINAL);
    Files.writeString(corpus.resolve("copycat.txt"), COPY);
    Files.writeString(corpus.resolve("unrelated.txt"), "A short note about the weather " + PAYLOAD + " and nothing else.");
    Path scanned = OUT.resolve("scanned.html").toAbsolutePath();

    int exit = DoppelCli.run("scan", "--quiet", "--copies-only", "--format", "html", "--out", scanned.toString(), corpus.toString());

    assertThat(exit).isZero();
    browser.open("about:blank", "document.readyState === 'complete'");
    browser.open(scanned.toUri().toString(), READY);
    assertThat(count(".doc")).isEqualTo(2);
    // scan passes its provenance: the copy and its original form one family
    assertThat(text("#tab-families")).isEqualTo("Families (1)");
    browser.evaluate("location.hash = '#families'");
    browser.waitFor("!document.getElementById('families').hidden");
    assertThat(text("#families")).contains("chronicle").contains("copycat").doesNotContain("not computed");
    assertInert();
  }

  @Test
  void anIdsRightToLeftOverrideIsShownEscapedNotObeyed() throws IOException {
    // "copy\u202Etxt.exe" showed as "copyexe.txt": the override reversed the rest of the id on screen (Trojan Source);
    // a zero-width space in it made it look like an id without one
    Path corpus = Files.createDirectories(OUT.resolve("bidi-ids"));
    Files.writeString(corpus.resolve("chronicle.txt"), ORIGINAL);
    Files.writeString(corpus.resolve("copy\u202Etxt.e\u200Bxe.txt"), COPY);
    Path scanned = OUT.resolve("bidi-ids.html").toAbsolutePath();

    assertThat(DoppelCli.run("scan", "--quiet", "--copies-only", "--format", "html", "--out", scanned.toString(), corpus.toString())).isZero();

    browser.open("about:blank", "document.readyState === 'complete'");
    browser.open(scanned.toUri() + "#pair=1", READY);
    assertThat(text(".pair-ids")).contains("copy\\u202etxt.e\\u200bxe").doesNotContain("\u202E", "\u200B");
    assertThat(text(".doc:nth-child(2) .doc-id")).isEqualTo("copy\\u202etxt.e\\u200bxe");
    assertInert();
  }
}
