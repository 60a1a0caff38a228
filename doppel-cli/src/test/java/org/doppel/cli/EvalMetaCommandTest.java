package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EvalMetaCommandTest {
  @TempDir Path dir;
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @Test
  void printsAFieldTableAndTheMissesOfAReuseCorpus() throws Exception {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/a.txt"), "Headline\n\nPosted in Sport by Riverside Herald staff\nStaff reporter\n\nBody.\n");
    Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\", \"params\": {\"site\": \"Riverside Herald\", \"published\": \"2019-01-01T00:00\","
        + " \"date_line\": \"1 January 2019\", \"byline\": \"Staff reporter\", \"attribution\": null}}\n");
    int code = DoppelCli.run("eval-meta", dir.toString(), "--misses");
    assertThat(code).isZero();
    assertThat(console.stdout())
        .contains("| site | 1 | 1 | 1.000 |")
        .contains("| byline | 1 | 1 | 1.000 |")
        .contains("| date | 0 | 1 | 0.000 |")
        .contains("miss a date: expected 2019-01-01, found null");
  }

  @Test
  void aFolderWithoutTheFilesIsAnInputError() {
    assertThat(DoppelCli.run("eval-meta", dir.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("doppel eval-meta:").contains("docs.jsonl");
  }
}
