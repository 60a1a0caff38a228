package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {
  private static final String BODY = "The river rose two metres overnight, flooding the lower town and forcing the "
      + "council to close the old bridge for the first time in living memory.";
  private static final String PAGE = "<html><head><title>Flood</title></head><body><nav><a href='/'>Home page link</a></nav>"
      + "<article><p>" + BODY + "</p><p>" + BODY + "</p></article><footer>Subscribe to our newsletter</footer></body></html>";

  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private static void gzip(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @BeforeEach
  void writeTinyDataSets() throws IOException {
    Files.createDirectories(dir.resolve("bodies"));
    Files.writeString(dir.resolve("bodies/ground-truth.json"),
        new ObjectMapper().createObjectNode().set("k1", new ObjectMapper().createObjectNode()
            .put("articleBody", BODY + "\n" + BODY).put("url", "https://x/1")).toString());
    gzip(dir.resolve("bodies/html/k1.html.gz"), PAGE);
    Files.writeString(dir.resolve("snippets-evaldata.json"), "");
    Files.createDirectories(dir.resolve("snippets"));
    Files.writeString(dir.resolve("snippets/evaldata.json"), """
        {"https://x/1": {"file": "p1.html", "with": ["flooding the lower town"], "without": ["Home page link", "Subscribe"],
                         "title": "Flood"}}""");
    gzip(dir.resolve("snippets/pages/p1.html.gz"), PAGE);
  }

  @Test
  void printsBodySnippetAndMetadataTables() {
    int code = DoppelCli.run("eval-extract", "--bodies", dir.resolve("bodies").toString(), "--snippets", dir.resolve("snippets").toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout())
        .containsPattern("words \\(bag of words\\)\\s+1\\.000\\s+1\\.000\\s+1\\.000")
        .containsPattern("as written\\s+1\\s+0\\s+0\\s+2\\s+1\\.000\\s+1\\.000\\s+1\\.000")
        .containsPattern("title\\s+1\\s+1\\s+1\\.000");
  }

  @Test
  void printsJson() throws Exception {
    int code = DoppelCli.run("eval-extract", "--json", "--bodies", dir.resolve("bodies").toString(), "--snippets", "none");
    assertThat(code).as(console.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(console.stdout());
    assertThat(json.at("/body/words/f1").asDouble()).isEqualTo(1.0);
    assertThat(json.has("snippets")).isFalse();
  }

  @Test
  void aMissingFolderIsAnError() {
    int code = DoppelCli.run("eval-extract", "--bodies", dir.resolve("nope").toString(), "--snippets", "none");
    assertThat(code).isEqualTo(2);
    assertThat(console.stderr()).contains("nope: no such folder");
  }

  @Test
  void scoresOnlyThePartOfTheSplitAskedFor() {
    // the one page's key, https://x/1, falls in the fit part: the validation part is empty
    int code = DoppelCli.run("eval-extract", "--bodies", "none", "--snippets", dir.resolve("snippets").toString(), "--part", "validation");
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("Snippets: 0 pages");
  }

  @Test
  void anUnknownPartIsAnError() {
    int code = DoppelCli.run("eval-extract", "--bodies", "none", "--snippets", dir.resolve("snippets").toString(), "--part", "held-out");
    assertThat(code).isEqualTo(2);
    assertThat(console.stderr()).contains("--part held-out: expected fit, validation or all");
  }
}
