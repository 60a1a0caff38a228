package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages whose meta tag declares another charset than their bytes are in; the pages are written for the test. */
class Utf8PagesTest {
  private static final String PAGE = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
      + "<title>Grün-Weiß gewinnt das Derby</title></head><body><p>Die Mannschaft hat am Sonntag gewonnen.</p></body></html>";

  @Test
  void utf8BytesUnderALatin1DeclarationAreReadAsUtf8() {
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Pages.isUtf8(bytes)).isTrue();
    assertThat(ArticleExtractor.parse(bytes, "http://verein.example/news").title()).isEqualTo("Grün-Weiß gewinnt das Derby");
  }

  @Test
  void latin1BytesAreReadAsTheirDeclarationSays() {
    byte[] bytes = PAGE.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Utf8Pages.isUtf8(bytes)).isFalse();
    assertThat(ArticleExtractor.parse(bytes, "http://verein.example/news").title()).isEqualTo("Grün-Weiß gewinnt das Derby");
  }

  @Test
  void asciiPagesAreLeftToTheirDeclaration() {
    assertThat(Utf8Pages.isUtf8("<html><title>Derby</title></html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }
}
