package org.doppel.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-text metadata evaluation on tiny corpora built in a temporary folder. */
class TextMetadataEvaluationTest {
  @TempDir Path dir;

  @Test
  void scoresEveryTextDocumentOnSiteDateBylineAndAttribution() throws Exception {
    Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(dir.resolve("corpus/a.txt"),
        "Headline\n\nHome / World / Article | Daily Solstice\nBy Jane Voe, Business correspondent\n2019-03-03 10:42\n\nBody text.\n");
    Files.writeString(dir.resolve("corpus/b.txt"),
        "Other headline\n\nUrban Bulletin | Tech\nMarch 5, 2019\n\nCopied from Daily Solstice.\n\nBody text.\n");
    Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
        "{\"id\": \"a\", \"params\": {\"site\": \"Daily Solstice\", \"published\": \"2019-03-03T10:42\", \"date_line\": \"2019-03-03 10:42\","
            + " \"byline\": \"By Jane Voe, Business correspondent\", \"attribution\": null}}",
        // b's truth says 6 March: the date is scored wrong, and no byline is expected
        "{\"id\": \"b\", \"params\": {\"site\": \"Urban Bulletin\", \"published\": \"2019-03-06T09:00\", \"date_line\": \"March 6, 2019\","
            + " \"byline\": null, \"attribution\": {\"site\": \"Daily Solstice\", \"position\": \"top\"}}}"));
    TextMetadataEvaluation.Result result = TextMetadataEvaluation.evaluate(dir.resolve("docs.jsonl"), dir.resolve("corpus"));
    assertThat(result.documents()).isEqualTo(2);
    assertThat(result.fields()).containsExactly(
        new FieldAccuracy("site", 2, 2), new FieldAccuracy("date", 1, 2), new FieldAccuracy("byline", 2, 2), new FieldAccuracy("attribution", 2, 2));
    assertThat(result.misses()).containsExactly(new TextMetadataEvaluation.Miss("b", "date", "2019-03-06", "2019-03-05"));
  }

  @Test
  void aMissingDocumentIsAnInputError() throws IOException {
    Files.writeString(dir.resolve("docs.jsonl"), "{\"id\": \"gone\", \"params\": {}}\n");
    assertThatThrownBy(() -> TextMetadataEvaluation.evaluate(dir.resolve("docs.jsonl"), dir))
        .isInstanceOf(EvalInputException.class).hasMessageContaining("gone.txt");
  }
}
