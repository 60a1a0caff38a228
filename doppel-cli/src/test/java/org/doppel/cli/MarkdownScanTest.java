package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Markdown post (a static site's, with front matter) whose text a web page copied: {@code scan} finds the copy,
 * reading the post's markup as text and its front matter's date as its publication date, which decides the direction.
 */
class MarkdownScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @Test
  void aPageThatCopiedAPostIsFoundAndThePostsFrontMatterDateMakesItTheOriginal() throws Exception {
    Path corpus = corpus(null);

    JsonNode pair = onlyPair(corpus);

    assertThat(pair.get("relation").asText()).isIn("exact", "near_duplicate");
    assertThat(pair.get("source").asText()).isEqualTo("post");
    assertThat(pair.get("direction_evidence").toString()).contains("date");
    assertThat(pair.get("direction_detail").asText()).contains("post published 2024-03-14");
  }

  @Test
  void thePostsDateDecidesEvenWhenItIsTheLater() throws Exception {
    // the same post, dated after the page: the page is then the original (the date is read, not the file kind)
    Path corpus = corpus("2024-03-18 09:30:00 +0100");

    JsonNode pair = onlyPair(corpus);

    assertThat(pair.get("source").asText()).isEqualTo("copy");
    assertThat(pair.get("direction_evidence").toString()).contains("date");
  }

  private JsonNode onlyPair(Path corpus) throws IOException {
    int exit = DoppelCli.run("scan", "--format", "jsonl", corpus.toString());

    assertThat(exit).isZero();
    assertThat(console.stderr()).contains("2 documents", "0 input problems");
    List<String> lines = console.stdout().lines().toList();
    assertThat(lines).hasSize(1);
    return JSON.readTree(lines.get(0));
  }

  /** The post as post.md (its date replaced by {@code date} when given) and the page that copied it as copy.html. */
  private Path corpus(String date) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    String post = fixture("crane-post.md");
    Files.writeString(corpus.resolve("post.md"), date == null ? post : post.replace("2024-03-14 09:30:00 +0100", date));
    Files.writeString(corpus.resolve("copy.html"), fixture("crane-copy.html"));
    return corpus;
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(MarkdownScanTest.class.getResourceAsStream("markdown/" + name), name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
