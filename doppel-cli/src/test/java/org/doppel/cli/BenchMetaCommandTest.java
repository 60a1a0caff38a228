package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BenchMetaCommandTest {
  @TempDir Path dir;
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @Test
  void timesPagesAndTextsAndPrintsOneRowEach() throws Exception {
    Files.writeString(dir.resolve("a.html"), "<html><head><title>T</title></head><body><h1>T</h1><p>By Jane Voe</p></body></html>");
    Files.writeString(dir.resolve("b.txt"), "Title\n\nBy Jane Voe\nPublished 3 March 2019\n\nBody.\n");
    assertThat(DoppelCli.run("bench-meta", dir.toString(), "--rounds", "1")).isZero();
    assertThat(console.stdout()).contains("| HtmlMetadata | 1 |").contains("| TextMetadata | 1 |").contains("| jsoup parse");
  }

  @Test
  void aFolderWithoutPagesIsAnInputError() {
    assertThat(DoppelCli.run("bench-meta", dir.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("no .html");
  }
}
