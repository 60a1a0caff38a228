package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String PARAGRAPH = "The river rose two metres overnight, flooding the lower town and forcing the "
      + "council to close the old bridge for the first time in living memory.";
  private static final String PAGE = """
      <html lang="en"><head><title>River floods the lower town</title>
      <meta property="og:site_name" content="Valley Post">
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "River floods the lower town",
        "datePublished": "2024-03-12T08:00:00Z", "author": {"@type": "Person", "name": "Sam Quist"}}</script></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>River floods the lower town</h1><p>%s</p><p>%s</p>
      <p>Residents <script>alert("x")</script>were moved to the school gym &lt;b&gt;overnight&lt;/b&gt;.</p></article>
      <footer>© 2024 Valley Post</footer></body></html>
      """.formatted(PARAGRAPH, PARAGRAPH);

  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void jsonFormatPrintsOneObjectPerPageWithBodyMetadataAndEvidence() throws Exception {
    Path page = Files.writeString(dir.resolve("flood.html"), PAGE);
    int code = DoppelCli.run("extract", "--format", "json", page.toString());
    assertThat(code).as(console.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(console.stdout());
    assertThat(json.get("id").asText()).isEqualTo("flood");
    assertThat(json.get("path").asText()).isEqualTo(page.toString());
    assertThat(json.get("title").asText()).isEqualTo("River floods the lower town");
    assertThat(json.get("author").asText()).isEqualTo("Sam Quist");
    assertThat(json.get("date").asText()).isEqualTo("2024-03-12");
    assertThat(json.get("site").asText()).isEqualTo("Valley Post");
    assertThat(json.get("language").asText()).isEqualTo("en");
    assertThat(json.get("body").asText()).isEqualTo(PARAGRAPH + "\n\n" + PARAGRAPH
        + "\n\nResidents were moved to the school gym <b>overnight</b>.");
    assertThat(json.get("images").isArray()).isTrue();
    assertThat(json.get("attributions").isArray()).isTrue();
    assertThat(json.get("evidence").get("title").asText()).isNotEmpty();
    assertThat(json.get("evidence").get("date").asText()).isEqualTo("json-ld");
  }

  @Test
  void textFormatShowsWhereEachValueCameFromThenTheBody() throws Exception {
    Path page = Files.writeString(dir.resolve("flood.html"), PAGE);
    int code = DoppelCli.run("extract", page.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("== flood").containsPattern("date\\s+2024-03-12.*\\(json-ld\\)")
        .contains("body      3 paragraphs").contains(PARAGRAPH).doesNotContain("Home").doesNotContain("alert");
  }

  @Test
  void badFilesAreReportedAndTheOthersStillExtracted() throws Exception {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.write(dir.resolve("b.html"), new byte[0]);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.warc.gz")))) {
      out.write("WARC/1.0\r\nWARC-Type: resp".getBytes(StandardCharsets.UTF_8));
    }
    int code = DoppelCli.run("extract", "--format", "json", dir.toString());
    assertThat(code).isZero();
    assertThat(console.stdout().lines()).hasSize(1);
    assertThat(console.stderr()).contains("b.html: empty file (skipped)").contains("c.warc.gz");
  }

  @Test
  void theTextFormatShowsEscapeSequencesOfAPageAsTextNotAsTerminalCommands() throws Exception {
    String hostile = PAGE.replace("<title>River floods the lower town</title>", "<title>River \u001b]0;renamed\u0007floods</title>")
        .replace("Residents ", "Residents \u001b[2J");
    Path page = Files.writeString(dir.resolve("escapes.html"), hostile);
    assertThat(DoppelCli.run("extract", page.toString())).as(console.stderr()).isZero();
    assertThat(console.stdout()).doesNotContain("\u001b", "\u0007").contains("\\u001b[2J");
  }
}
