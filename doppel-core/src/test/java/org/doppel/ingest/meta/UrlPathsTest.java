package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPathsTest {
  @Test
  void escapesAreDecodedAsUtf8AndAPlusIsKept() {
    assertThat(UrlPaths.decodedPath("img/Foto%20Berlin.jpg?w=640#top")).isEqualTo("img/Foto Berlin.jpg");
    assertThat(UrlPaths.fileName("https://site.example/news/caf%C3%A9.jpg")).isEqualTo("café.jpg");
    assertThat(UrlPaths.fileName("Foto+Berlin.jpg")).isEqualTo("Foto+Berlin.jpg");
    assertThat(UrlPaths.fileName("a%2Bb.jpg")).isEqualTo("a+b.jpg");
    assertThat(UrlPaths.fileName("https://site.example/news/")).isEmpty();
  }

  @Test
  void aPercentSignThatStartsNoEscapeOrEscapesThatAreNoUtf8AreKeptAsWritten() {
    assertThat(UrlPaths.fileName("100%.jpg")).isEqualTo("100%.jpg");
    assertThat(UrlPaths.fileName("50%off%2.jpg")).isEqualTo("50%off%2.jpg");
    assertThat(UrlPaths.fileName("caf%E9.jpg")).isEqualTo("caf%E9.jpg");
    assertThat(UrlPaths.fileName("caf%C3%A9%.jpg")).isEqualTo("café%.jpg");
  }
}
