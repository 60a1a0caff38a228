package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.document.Span;
import org.doppel.match.Passage;
import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.SharedPhoto;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String DATA_OPEN = "<script type=\"application/json\" id=\"doppel-data\">";
  private static final String EVIL = "Breaking news </script><script>alert(1)</script> and <img src=x onerror=alert(1)> & more <!-- x -->\n"
      + "second line \u2028 third \u2029 end";
  private static final String PLAIN = "A quiet copy: Breaking news </script><script>alert(1)</script> and more text follows here.";
  private static final String THIRD = "Emoji \uD83D\uDE00 before the shared part: and <img src=x onerror=alert(1)> & more";

  private final Map<String, String> texts = Map.of("doc-a", EVIL, "doc-b", PLAIN, "doc-c", THIRD);

  private static RelatedPair pair(String a, String b, Relation relation, double score, String source, Passage... passages) {
    return new RelatedPair(a, b, new Verdict(relation, score, "reason for " + a + " & " + b + " <b>"), source, List.of(passages));
  }

  private static Passage passage(int aStart, int aEnd, int bStart, int bEnd) {
    return new Passage(new Span(aStart, aEnd), new Span(bStart, bEnd), 3, 3, 3, 3);
  }

  private List<RelatedPair> pairs() {
    int evilStart = EVIL.indexOf("Breaking");
    int evilEnd = EVIL.indexOf(" and <img");
    int plainStart = PLAIN.indexOf("Breaking");
    int imgA = EVIL.indexOf("<img");
    int imgC = THIRD.indexOf("<img");
    return List.of(
        pair("doc-a", "doc-b", Relation.PARTIAL, 0.4567, "doc-a",
            passage(evilStart, evilEnd, plainStart, plainStart + (evilEnd - evilStart))),
        pair("doc-a", "doc-c", Relation.NEAR_DUPLICATE, 0.9, null,
            passage(imgA, EVIL.indexOf("\n"), imgC, THIRD.length()), passage(0, 8, 0, 5)));
  }

  private String render(List<RelatedPair> pairs, HtmlReport report) throws IOException {
    StringWriter out = new StringWriter();
    report.write(pairs, out);
    return out.toString();
  }

  private String render() throws IOException {
    return render(pairs(), new HtmlReport(texts::get).withDocumentCount(7).withInputProblemCount(2));
  }

  private static String dataBlock(String html) {
    int start = html.indexOf(DATA_OPEN);
    assertThat(start).as("data block").isGreaterThanOrEqualTo(0);
    start += DATA_OPEN.length();
    return html.substring(start, html.indexOf("</script>", start));
  }

  @Test
  void aDocumentWhoseTextIsMissingIsNamedInsteadOfWrittenAsNull() {
    // "doc-c" is in a pair but textOf does not know it: the page's script failed on a null text in the browser
    HtmlReport report = new HtmlReport(Map.of("doc-a", EVIL, "doc-b", PLAIN)::get);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(pairs(), report))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'doc-c'", "textOf");
  }

  @Test
  void documentTextOnlyAppearsEscaped() throws IOException {
    String html = render();

    assertThat(html).doesNotContain("</script><script>", "<img src=x", "alert(1)</script>", "<!-- x -->", "<b>");
    assertThat(html).doesNotContain("\u2028", "\u2029");
    assertThat(html).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)", "\\u003cimg src=x onerror=alert(1)\\u003e");
    // Only the template's own two script elements close.
    assertThat(html.split("</script>", -1)).hasSize(3);
  }

  @Test
  void dataBlockParsesBackToTheOriginalTextsAndOffsets() throws IOException {
    String html = render();
    JsonNode data = new ObjectMapper().readTree(dataBlock(html));

    assertThat(data.get("version").asInt()).isEqualTo(ReportDataWriter.VERSION);
    List<String> ids = new ArrayList<>();
    for (JsonNode doc : data.get("docs")) {
      ids.add(doc.get("id").asText());
      assertThat(doc.get("text").asText()).isEqualTo(texts.get(doc.get("id").asText()));
    }
    assertThat(ids).containsExactly("doc-a", "doc-b", "doc-c");

    List<RelatedPair> expected = pairs();
    JsonNode pairs = data.get("pairs");
    assertThat(pairs).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      RelatedPair pair = expected.get(i);
      JsonNode json = pairs.get(i);
      assertThat(ids.get(json.get("a").asInt())).isEqualTo(pair.a());
      assertThat(ids.get(json.get("b").asInt())).isEqualTo(pair.b());
      assertThat(json.get("relation").asText()).isEqualTo(pair.relation().jsonName());
      assertThat(json.get("reason").asText()).isEqualTo(pair.verdict().reason());
      assertThat(json.get("passages")).hasSize(pair.passages().size());
      for (int p = 0; p < pair.passages().size(); p++) {
        Passage passage = pair.passages().get(p);
        JsonNode offsets = json.get("passages").get(p);
        assertThat(List.of(offsets.get(0).asInt(), offsets.get(1).asInt(), offsets.get(2).asInt(), offsets.get(3).asInt()))
            .containsExactly(passage.a().start(), passage.a().end(), passage.b().start(), passage.b().end());
        // The offsets cut the same text out of the embedded documents as out of the originals.
        String textA = data.get("docs").get(json.get("a").asInt()).get("text").asText();
        assertThat(textA.substring(offsets.get(0).asInt(), offsets.get(1).asInt())).isEqualTo(passage.a().of(texts.get(pair.a())));
      }
    }
    assertThat(pairs.get(0).get("score").asDouble()).isEqualTo(0.457);
    assertThat(ids.get(pairs.get(0).get("source").asInt())).isEqualTo("doc-a");
    assertThat(pairs.get(1).get("source").isNull()).isTrue();

    JsonNode summary = data.get("summary");
    assertThat(summary.get("documents").asInt()).isEqualTo(7);
    assertThat(summary.get("documentsInPairs").asInt()).isEqualTo(3);
    assertThat(summary.get("pairs").asInt()).isEqualTo(2);
    assertThat(summary.get("relations").get("partial").asInt()).isEqualTo(1);
    assertThat(summary.get("relations").get("near_duplicate").asInt()).isEqualTo(1);
    assertThat(summary.get("inputProblems").asInt()).isEqualTo(2);
  }

  @Test
  void sharedPhotosTravelWithThumbnailsCreditsAndTheirConflict() throws IOException {
    SharedPhoto photo = new SharedPhoto("doc-a#a.jpg", "doc-b#b.jpg", 0.91, "crop", "Harbour <script>alert(1)</script>",
        "Photo: Ann Lens / North Wire", null, "Picture: Bob Shutter / South Agency");
    String thumb = "data:image/jpeg;base64,AAAA";
    ReportPhotos photos = new ReportPhotos(pair -> pair.a().equals("doc-a") && pair.b().equals("doc-b") ? List.of(photo) : List.of(),
        id -> id.equals("doc-a#a.jpg") ? java.util.Optional.of(thumb) : id.equals("doc-b#b.jpg")
            ? java.util.Optional.of("javascript:alert(1)") : java.util.Optional.empty());
    String html = render(pairs(), new HtmlReport(texts::get).withPhotos(photos));
    assertThat(html).doesNotContain("<script>alert(1)", "javascript:alert(1)");

    JsonNode json = new ObjectMapper().readTree(dataBlock(html)).get("pairs").get(0).get("photos").get(0);
    assertThat(json.get("a").asText()).isEqualTo("doc-a#a.jpg");
    assertThat(json.get("caption_a").asText()).isEqualTo("Harbour <script>alert(1)</script>");
    assertThat(json.get("credit_b").asText()).isEqualTo("Picture: Bob Shutter / South Agency");
    assertThat(json.get("credit_conflict").asBoolean()).isTrue();
    assertThat(json.get("thumbA").asText()).isEqualTo(thumb);
    assertThat(json.has("thumbB")).as("only data:image/jpeg URIs are embedded").isFalse();
    assertThat(new ObjectMapper().readTree(dataBlock(html)).get("pairs").get(1).has("photos")).isFalse();
  }

  @Test
  void referencesNoExternalResource() throws IOException {
    String html = render();

    assertThat(html).doesNotContainPattern("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*([a-z]+:)?//");
    // The SVG namespace name is an identifier, never fetched.
    assertThat(html).doesNotContainPattern("(?i)https?://(?!www\\.w3\\.org/2000/svg')");
    assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b");
    assertThat(html).doesNotContainPattern("(?i)<script[^>]*\\bsrc\\s*=");
    assertThat(html).doesNotContainPattern("(?i)@import|url\\(");
  }

  @Test
  void policyAllowsExactlyTheTemplatesOwnScriptAndStyle() throws Exception {
    String html = render();
    Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertThat(policy.find()).isTrue();
    String csp = policy.group(1).replace("&#39;", "'");
    assertThat(csp).contains("default-src 'none'");

    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(script.find()).isTrue();
    assertThat(csp).contains("script-src 'sha256-" + sha256(script.group(1)) + "'");
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    assertThat(csp).contains("style-src 'sha256-" + sha256(style.group(1)) + "'");
  }

  @Test
  void summaryIsStaticHtmlAndThereIsANoScriptFallback() throws IOException {
    String html = render();

    assertThat(html).contains("<dt>Documents</dt><dd>7</dd>", "<dt>Documents in pairs</dt><dd>3</dd>", "<dt>Related pairs</dt><dd>2</dd>",
        "<dt>Near duplicate</dt><dd>1</dd>", "<dt>Partial</dt><dd>1</dd>", "<dt>Input problems</dt><dd>2</dd>");
    assertThat(html).contains("<noscript>");
    assertThat(html).doesNotContain("<!--doppel:");
  }

  @Test
  void writesAnEmptyReport() throws IOException {
    String html = render(List.of(), new HtmlReport(texts::get));
    JsonNode data = new ObjectMapper().readTree(dataBlock(html));

    assertThat(data.get("docs")).isEmpty();
    assertThat(data.get("pairs")).isEmpty();
    assertThat(data.get("summary").get("documents").isNull()).isTrue();
    assertThat(data.get("summary").get("inputProblems").isNull()).isTrue();
    assertThat(html).doesNotContain("Input problems");
  }

  @Test
  void scriptInsertsTextOnlyAsText() throws IOException {
    String html = render();
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(script.find()).isTrue();

    assertThat(script.group(1)).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
  }

  @Test
  void aCrawlsDayAndATimeOfDayAreShownAsSuchWhileTheDaySortsTheMembers() throws IOException {
    // written for the tour: a page that gives no date was listed "2026-08-15" among the family's publication days,
    // and two copies of one morning both "2026-08-13", though the pair's evidence ordered them by their times
    ArticleMetadata crawled = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 15), null, null, null, null, List.of(), List.of(),
        Map.of("date", "warc-date"));
    ArticleMetadata timed = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 13), java.time.LocalTime.of(9, 0), null, null, null,
        List.of(), List.of(), Map.of("date", "html", ArticleMetadata.ZONE, "+02:00"));
    ArticleMetadata day = new ArticleMetadata(null, null, LocalDate.of(2026, 8, 14), null, null, null, null, List.of(), List.of(), Map.of());
    Map<String, ArticleMetadata> metas = Map.of("doc-a", crawled, "doc-b", timed, "doc-c", day);
    StringWriter out = new StringWriter();
    new HtmlReport(texts::get).withMetadata(metas::get).write(pairs(), out);
    JsonNode docs = new ObjectMapper().readTree(dataBlock(out.toString())).get("docs");
    assertThat(docs.get(0).get("meta").get("date").asText()).isEqualTo("2026-08-15");
    assertThat(docs.get(0).get("meta").get("date_shown").asText()).isEqualTo("crawled 2026-08-15");
    assertThat(docs.get(1).get("meta").get("date").asText()).isEqualTo("2026-08-13");
    assertThat(docs.get(1).get("meta").get("date_shown").asText()).isEqualTo("2026-08-13T09:00+02:00");
    assertThat(docs.get(2).get("meta").has("date_shown")).as("a day alone is shown as it sorts").isFalse();
    assertThat(out.toString()).contains("meta.date_shown || meta.date || '–'");
  }

  @Test
  void provenanceMetadataAndSentencesTravelInTheData() throws IOException {
    ArticleMetadata meta = new ArticleMetadata("Title <b>", "Jane Voe", LocalDate.of(2025, 3, 4), null, "Kiwi <Report>", null, null,
        List.of(), List.of(new ArticleMetadata.Attribution("Copied from Kiwi Report", "Kiwi Report")), Map.of());
    List<RelatedPair> pairs = new ArrayList<>(pairs());
    pairs.set(1, pairs.get(1).withSentences(List.of(new SentenceLink(new Span(0, 8), new Span(0, 5), 0.876))));
    Map<String, String> withD = new java.util.HashMap<>(texts);
    withD.put("doc-d", "only in a family");
    StringWriter out = new StringWriter();
    new HtmlReport(withD::get).withMetadata(id -> id.equals("doc-b") ? meta : null)
        .withDirections(pair -> pair.b().equals("doc-c") ? new PairDirection("doc-c", 0.8, List.of("doc-c is dated earlier")) : null)
        .withFamilies(List.of(new ReportFamily("f1", "doc-a", List.of("doc-a", "doc-b", "doc-d"),
            List.of(new ReportEdge("doc-a", "doc-b", Relation.PARTIAL, true), new ReportEdge("doc-b", "doc-d", Relation.EXACT, false)))))
        .write(pairs, out);
    JsonNode data = new ObjectMapper().readTree(dataBlock(out.toString()));

    List<String> ids = new ArrayList<>();
    data.get("docs").forEach(doc -> ids.add(doc.get("id").asText()));
    assertThat(ids).containsExactly("doc-a", "doc-b", "doc-c", "doc-d");
    assertThat(data.get("docs").get(0).has("meta")).isFalse();
    JsonNode docMeta = data.get("docs").get(1).get("meta");
    assertThat(docMeta.get("title").asText()).isEqualTo("Title <b>");
    assertThat(docMeta.get("date").asText()).isEqualTo("2025-03-04");
    assertThat(docMeta.get("site").asText()).isEqualTo("Kiwi <Report>");
    assertThat(docMeta.get("attributions").get(0).asText()).isEqualTo("Copied from Kiwi Report");
    assertThat(docMeta.has("url")).isFalse();

    JsonNode first = data.get("pairs").get(0);
    assertThat(ids.get(first.get("source").asInt())).as("the pair's own source when no direction is given").isEqualTo("doc-a");
    assertThat(first.has("evidence")).isFalse();
    assertThat(first.has("sentences")).isFalse();
    JsonNode second = data.get("pairs").get(1);
    assertThat(ids.get(second.get("source").asInt())).isEqualTo("doc-c");
    assertThat(second.get("confidence").asDouble()).isEqualTo(0.8);
    assertThat(second.get("evidence").get(0).asText()).isEqualTo("doc-c is dated earlier");
    assertThat(second.get("sentences").get(0).toString()).isEqualTo("[0,8,0,5,0.88]");

    JsonNode family = data.get("families").get(0);
    assertThat(family.get("id").asText()).isEqualTo("f1");
    assertThat(ids.get(family.get("origin").asInt())).isEqualTo("doc-a");
    assertThat(family.get("members").toString()).isEqualTo("[0,1,3]");
    assertThat(family.get("edges").toString()).isEqualTo("[[0,1,\"partial\",1],[1,3,\"exact\",0]]");
  }

  @Test
  void familiesAreNullWhenNotComputedAndEmptyWhenNoneWereFound() throws IOException {
    assertThat(new ObjectMapper().readTree(dataBlock(render())).get("families").isNull()).isTrue();
    String none = render(pairs(), new HtmlReport(texts::get).withFamilies(List.of()));
    assertThat(new ObjectMapper().readTree(dataBlock(none)).get("families")).isEmpty();
  }

  @Test
  void familiesRefuseOriginsAndEdgesOutsideTheirMembers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReportFamily("f", "x", List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("origin 'x'");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ReportFamily("f", "a", List.of("a", "b"), List.of(new ReportEdge("a", "c", Relation.EXACT, true))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a -> c");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PairDirection("a", 1.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
