package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line's numbers in a JVM whose locale writes decimal commas (-Duser.language=tr, de). */
class NumberFormatLocaleTest {
  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void anEvaluationTableWritesItsFiguresWithAPointWhateverTheLocale() throws Exception {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/d1.txt"), "Ferry timetable approved\nHarbour Herald\n\nThe council approved the new ferry timetable on Tuesday.\n");
    Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"d1\", \"params\": {\"site\": \"Harbour Herald\", \"published\": \"2024-03-12T08:00\","
        + " \"date_line\": null, \"byline\": null, \"attribution\": null}}\n");
    Locale machine = Locale.getDefault();
    Locale machineFormat = Locale.getDefault(Locale.Category.FORMAT);
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(DoppelCli.run("eval-meta", dir.toString())).isZero();
    } finally {
      Locale.setDefault(machine);
      Locale.setDefault(Locale.Category.FORMAT, machineFormat);
    }
    // "| site | 1 | 1 | 1,000 |": an accuracy of one read as a thousand
    assertThat(console.stdout()).containsPattern("\\| site \\| \\d+ \\| 1 \\| [01]\\.\\d{3} \\|").doesNotContainPattern("\\d,\\d{3} \\|");
  }
}
