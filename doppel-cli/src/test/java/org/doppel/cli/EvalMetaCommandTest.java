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

  /** A reuse corpus of one document whose site and byline are read and whose date line is not. */
  private void oneDocumentCorpus() throws Exception {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/a.txt"), "Headline\n\nPosted in Sport by Riverbend Herald staff\nStaff reporter\n\nBody.\n");
    Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"a\", \"params\": {\"site\": \"Riverbend Herald\", \"published\": \"2019-01-01T00:00\","
        + " \"date_line\": \"1 January 2019\", \"byline\": \"Staff reporter\", \"attribution\": null}}\n");
  }

  @Test
  void printsAFieldTableAndTheMissesOfAReuseCorpus() throws Exception {
    oneDocumentCorpus();
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

  @Test
  void theTableWritesItsFiguresWithAPointInAJvmOfAnotherLocale() throws Exception {
    oneDocumentCorpus();
    java.util.Locale machine = java.util.Locale.getDefault();
    java.util.Locale machineFormat = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR")); // -Duser.language=tr, a decimal comma
      assertThat(DoppelCli.run("eval-meta", dir.toString())).isZero();
    } finally {
      java.util.Locale.setDefault(machine);
      java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, machineFormat);
    }
    // it was "| site | 1 | 1 | 1,000 |": an accuracy of one that reads as a thousand
    assertThat(console.stdout()).contains("| site | 1 | 1 | 1.000 |", "| date | 0 | 1 | 0.000 |").doesNotContain(",000");
  }
}
