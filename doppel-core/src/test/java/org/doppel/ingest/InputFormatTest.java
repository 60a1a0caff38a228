package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputFormatTest {
  @Test
  void formatsAreRecognisedByExtensionLookingThroughGz() {
    assertThat(InputFormat.of("a.txt")).contains(InputFormat.PLAIN_TEXT);
    assertThat(InputFormat.of("A.MD")).contains(InputFormat.MARKDOWN);
    assertThat(InputFormat.of("a.jsonl.gz")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.of("a.ndjson")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.of("page.HTM")).contains(InputFormat.HTML);
    assertThat(InputFormat.of("a.pdf")).isEmpty();
    assertThat(InputFormat.of("README")).isEmpty();
    assertThat(InputFormat.of("a.gz")).isEmpty();
  }

  @Test
  void stripExtensionDropsTheFormatAndGzButKeepsFolders() {
    assertThat(InputFormat.stripExtension("x/42.txt.gz")).isEqualTo("x/42");
    assertThat(InputFormat.stripExtension("x/42.txt")).isEqualTo("x/42");
    assertThat(InputFormat.stripExtension("v1.2/README")).isEqualTo("v1.2/README");
    assertThat(InputFormat.stripExtension(".profile")).isEqualTo(".profile");
  }
}
