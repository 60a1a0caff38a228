package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown articles: front matter read into the metadata and kept out of the text, the markup turned into text. */
class MarkdownDocumentsTest {
  @TempDir Path dir;
  private final List<IngestProblem> problems = new ArrayList<>();

  @Test
  void aJekyllPostsFrontMatterIsMetadataAndItsMarkupIsGone() throws IOException {
    SourceText post = read("jekyll-post.md");

    assertThat(post.id()).isEqualTo("jekyll-post");
    assertThat(post.metadata().title()).isEqualTo("Harbour crane collapses onto container ship");
    assertThat(post.metadata().date()).isEqualTo(LocalDate.of(2024, 3, 14));
    // "+0100" read as an offset: the time is kept in UTC, as a JSON record's dated with an offset is
    assertThat(post.metadata().time()).isEqualTo(LocalTime.of(8, 30));
    assertThat(post.metadata().author()).isEqualTo("Jane Voe; Sam Quinn");
    assertThat(post.metadata().url()).isEqualTo("https://harbourgazette.example/news/harbour-crane");
    assertThat(post.metadata().evidence()).containsEntry("url", "front-matter:canonical").containsEntry("date", "front-matter")
        .containsEntry("title", "front-matter");
    assertThat(post.metadata().language()).isEqualTo("en");
    // the picture is kept for the photo comparison, its alt text out of the text
    assertThat(post.metadata().images()).extracting(ArticleMetadata.Image::url).containsExactly("/img/crane.jpg");
    String text = post.text();
    assertThat(text).doesNotContain("---", "layout", "permalink", "2024-03-14", "lastmod", "**", "##", "](", "https://port.example/statement",
        "The crane lying across the deck", "|", "```", "* The");
    assertThat(text).startsWith("A crane at the east harbour collapsed onto a container ship early on Thursday, the port authority said. "
        + "No one was hurt, according to the authority's statement.\n\nWhat happened\n\nWitnesses said the jib buckled in a gust\n\n"
        + "shortly after dawn.\n\nThe ship was unloading timber.\n\nWork at the east harbour has stopped.\n\n");
    assertThat(text).endsWith("curl https://port.example/api/status\n\nBerth\n\nStatus\n\nEast 4\n\nclosed");
    assertThat(problems).isEmpty();
  }

  @Test
  void aHugoPostsTomlFrontMatterIsReadAndItsDateIsDateNotPublishDate() throws IOException {
    SourceText post = read("hugo-post.md");

    assertThat(post.metadata().title()).isEqualTo("Night trains return to the northern line");
    assertThat(post.metadata().date()).isEqualTo(LocalDate.of(2023, 10, 30));
    assertThat(post.metadata().author()).isEqualTo("Ada Lindqvist"); // not [params]' author
    assertThat(post.metadata().url()).isEqualTo("https://railnotes.example/night-trains/");
    assertThat(post.metadata().evidence()).containsEntry("url", "front-matter");
    assertThat(post.text()).isEqualTo("Night trains will run again on the northern line from December, the operator announced on Thursday.");
  }

  @Test
  void withoutFrontMatterTheBodysLinesGiveTitleAndByline() throws IOException {
    SourceText post = read("no-front-matter.md");

    assertThat(post.text()).isEqualTo("Library opens its new reading room\n\nBy Tom Ashby\n\n"
        + "The town library opened its new reading room on Saturday, with three hundred seats and a café.");
    assertThat(post.metadata().title()).isEqualTo("Library opens its new reading room");
    assertThat(post.metadata().author()).isEqualTo("Tom Ashby");
    assertThat(problems).isEmpty();
  }

  @Test
  void aFrontMatterThatDoesNotCloseIsNamedAndTheWholeFileReadAsBody() throws IOException {
    SourceText post = read("unclosed-front-matter.md");

    assertThat(post.text()).contains("The bakery on Mill Lane won the county prize");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).endsWith("unclosed-front-matter.md");
      assertThat(p.message()).contains("does not close");
      assertThat(p.skipped()).isFalse();
    });
  }

  @Test
  void aValueThatDoesNotParseIsNamedAndLeftOutTheOtherKeysRead() throws IOException {
    SourceText post = read("bad-value.md");

    // the broken title is left out: the body's first line stands in, as without front matter
    assertThat(post.metadata().title()).isEqualTo("The ferry to the islands will leave an hour earlier from Monday.");
    assertThat(post.metadata().evidence()).doesNotContainEntry("title", "front-matter").doesNotContainKey("author");
    assertThat(post.metadata().date()).isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(post.text()).isEqualTo("The ferry to the islands will leave an hour earlier from Monday.");
    assertThat(problems).extracting(IngestProblem::message).satisfiesExactly(
        m -> assertThat(m).contains("title", "does not parse", "quote"),
        m -> assertThat(m).contains("author", "does not parse", "list"));
    assertThat(problems).allSatisfy(p -> assertThat(p.location()).endsWith("bad-value.md"));
  }

  @Test
  void anMdxFileLosesItsImportsExportsAndComponents() throws IOException {
    SourceText post = read("component.mdx");

    assertThat(post.text()).isEqualTo("The council approved the solar farm on the old airfield on Monday.");
    assertThat(post.metadata().date()).isEqualTo(LocalDate.of(2025, 1, 20));
  }

  @Test
  void aCompressedPostIsReadAsTheFileIs() throws IOException {
    Path file = dir.resolve("post.md.gz");
    try (InputStream in = fixture("hugo-post.md"); OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      in.transferTo(out);
    }

    SourceText post = new CorpusReader(problems::add).readAll(List.of(file)).get(0);

    assertThat(post.id()).isEqualTo("post");
    assertThat(post.metadata().title()).isEqualTo("Night trains return to the northern line");
    assertThat(post.text()).doesNotContain("+++");
  }

  @Test
  void aDateThatIsNoDateIsNamed() throws IOException {
    Files.writeString(dir.resolve("odd.md"), "---\ndate: sometime soon\n---\nThe text.\n");

    SourceText post = new CorpusReader(problems::add).readAll(List.of(dir.resolve("odd.md"))).get(0);

    assertThat(post.metadata().date()).isNull();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("sometime soon", "no date"));
  }

  @Test
  void aDashedRuleLaterInTheFileIsNoFrontMatter() throws IOException {
    Files.writeString(dir.resolve("rule.md"), "Intro line.\n\n---\n\ntitle: not metadata\n");

    SourceText post = new CorpusReader(problems::add).readAll(List.of(dir.resolve("rule.md"))).get(0);

    assertThat(post.text()).isEqualTo("Intro line.\n\ntitle: not metadata");
    assertThat(post.metadata().evidence()).doesNotContainValue("front-matter");
  }

  @Test
  void textBetweenTwoRulesAtTheStartIsBodyNotABrokenFrontMatter() throws IOException {
    Files.writeString(dir.resolve("rules.md"), "---\nA quoted passage between rules.\nIt goes on.\n---\n\nThe post.\n");

    SourceText post = new CorpusReader(problems::add).readAll(List.of(dir.resolve("rules.md"))).get(0);

    assertThat(post.text()).contains("A quoted passage between rules.", "The post.");
    assertThat(problems).isEmpty();
  }

  @Test
  void aPostNamedByItsDayAsJekyllNamesOneIsDatedByItsNameWhenItsFrontMatterGivesNoDate() throws IOException {
    SourceText post = read("2024-03-09-ferry-fares.md");
    assertThat(post.metadata().date()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(post.metadata().time()).isNull();
    assertThat(post.metadata().evidence()).containsEntry("date", "file-name").containsEntry("title", "front-matter");

    SourceText dated = read("jekyll-post.md", "2023-01-05-harbour-crane.md");
    assertThat(dated.metadata().date()).as("the front matter's date first").isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(dated.metadata().evidence()).containsEntry("date", "front-matter");
    assertThat(read("2024-02-30-not-a-day.md").metadata().date()).as("no day of the calendar").isNull();
    assertThat(MarkdownDocuments.dateOfName("_posts/2024-3-9-ferry")).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(MarkdownDocuments.dateOfName("2024-03-09/ferry")).as("a folder's day is not the name's").isNull();
    assertThat(MarkdownDocuments.dateOfName("2024-03-09")).as("a day without a slug").isNull();
    assertThat(MarkdownDocuments.dateOfName("notes-2024-03-09-ferry")).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void liquidTagsAndHugoShortcodesAreNoWordsOfThePostButWhatAPairWrapsIs() throws IOException {
    SourceText jekyll = read("2024-03-09-ferry-fares.md");
    assertThat(jekyll.text()).isEqualTo("Ferry fares to the north isles rise by four per cent in April, the council said on Friday.\n\n"
        + "This post was updated.\n\n"
        + "Islanders' cards keep their discount. The fare table uses {{ fare }} for each route.");

    SourceText hugo = read("shortcodes.md");
    assertThat(hugo.text()).isEqualTo("The pier lights were mended on Sunday.\n\nThe harbour board paid for the repair.\n\nThey will last ten years.");
    assertThat(TemplateTags.strip("a {{ stray brace and no end")).isEqualTo("a {{ stray brace and no end");
    assertThat(TemplateTags.strip("{% comment %} never ended; {% raw %}{{ x }}{% endraw %} {{ y }}")).as("an unclosed block loses its tag only")
        .isEqualTo(" never ended; {{ x }} ");
    String unclosed = "{% raw %} ".repeat(20_000);
    assertThat(TemplateTags.strip(unclosed)).isEqualTo(" ".repeat(20_000));
    assertThat(TemplateTags.strip("{ \"json\": {\"a\": 1} }")).isEqualTo("{ \"json\": {\"a\": 1} }");
    assertThat(problems).isEmpty();
  }

  @Test
  void aCrawlsRecordsOfMarkdownAreReadAsPostsNotSkipped() throws IOException {
    String post = "---\ntitle: Harbour dues rise\ndate: 2024-03-18\ncanonical_url: https://gazette.example/dues\n---\n\n"
        + "Harbour dues rise by **three per cent** in April, [the board](https://gazette.example/board) said.\n";
    String plain = "# Slipway closed\n\nThe slipway is closed for repairs until *Friday*.\n";
    String converted = "The pier lights were mended on Sunday. {{< figure src=\"pier.jpg\" >}}\n";
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/markdown; charset=utf-8\r\nContent-Length: " + utf8(post).length + "\r\n\r\n" + post)
        .getBytes(StandardCharsets.UTF_8);
    String crawl = record("response", "https://gazette.example/dues.md", "application/http; msgtype=response", http)
        + record("resource", "https://gazette.example/slipway.md", "text/x-markdown", utf8(plain))
        + record("conversion", "https://gazette.example/pier", "text/markdown", utf8(converted));
    Path file = dir.resolve("posts.warc");
    Files.writeString(file, crawl);

    List<SourceText> read = new CorpusReader(problems::add).readAll(List.of(file));

    assertThat(read).extracting(SourceText::id).containsExactly("posts/https://gazette.example/dues.md", "posts/https://gazette.example/slipway.md",
        "posts/https://gazette.example/pier");
    SourceText dues = read.get(0);
    assertThat(dues.text()).isEqualTo("Harbour dues rise by three per cent in April, the board said.");
    assertThat(dues.metadata().title()).isEqualTo("Harbour dues rise");
    assertThat(dues.metadata().date()).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(dues.metadata().url()).as("the front matter's canonical URL, not the record's").isEqualTo("https://gazette.example/dues");
    assertThat(dues.metadata().evidence()).containsEntry("date", "front-matter").containsEntry("url", "front-matter:canonical");
    SourceText slipway = read.get(1);
    assertThat(slipway.text()).isEqualTo("Slipway closed\n\nThe slipway is closed for repairs until Friday.");
    assertThat(slipway.metadata().title()).isEqualTo("Slipway closed");
    assertThat(slipway.metadata().url()).isEqualTo("https://gazette.example/slipway.md");
    assertThat(slipway.metadata().evidence()).containsEntry("url", "warc-target").containsEntry("date", "warc-date");
    assertThat(read.get(2).text()).isEqualTo("The pier lights were mended on Sunday.");
    assertThat(problems).extracting(IngestProblem::toString).containsExactly(file + ": 3 Markdown posts read");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A WARC record of {@code type} for {@code uri}, dated 14 March 2024. */
  private static String record(String type, String uri, String contentType, byte[] block) {
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(utf8(uri)) + ">\r\n"
        + "WARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n" + new String(block, StandardCharsets.UTF_8) + "\r\n\r\n";
  }

  private SourceText read(String name) throws IOException {
    return read(name, name);
  }

  private SourceText read(String name, String as) throws IOException {
    Path file = dir.resolve(as);
    try (InputStream in = fixture(name)) {
      Files.copy(in, file);
    }
    List<SourceText> read = new CorpusReader(problems::add).readAll(List.of(file));
    assertThat(read).hasSize(1);
    return read.get(0);
  }

  private static InputStream fixture(String name) {
    return Objects.requireNonNull(MarkdownDocumentsTest.class.getResourceAsStream("markdown/" + name), name);
  }
}
