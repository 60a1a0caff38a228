package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void ofSetsTheOriginToTheId() {
    SourceText text = SourceText.of("id", "words");
    assertThat(text.origin()).isEqualTo("id");
    assertThat(text.metadata()).isEqualTo(org.doppel.ingest.ArticleMetadata.EMPTY);
  }

  @Test
  void anIdAndATextAreRequired() {
    assertThatThrownBy(() -> SourceText.of("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceText.of(null, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceText.of("id", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTextComesBackExactlyAsGiven() {
    for (String text : List.of("plain ASCII", "Latin-1: café", "an em dash — and ć", "emoji 😀 and a question?",
        "unpaired \ud800 surrogate?", "low \udc00 first?", "ends high \ud83d")) {
      SourceText source = new SourceText("id", text, "origin", ArticleMetadata.EMPTY);
      assertThat(source.text()).isEqualTo(text);
      assertThat(source.withOrigin("elsewhere").text()).isEqualTo(text);
    }
  }

  @Test
  void textsAreHeldAsUtf8() {
    SourceText source = SourceText.of("id", "Zagreb — Šibenik");
    assertThat(source.utf8Length()).isEqualTo("Zagreb — Šibenik".getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void equalPartsMakeEqualValues() {
    SourceText one = new SourceText("id", "text — ć", "o", ArticleMetadata.EMPTY);
    SourceText same = new SourceText("id", "text — ć", "o", ArticleMetadata.EMPTY);
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(new SourceText("id", "text — c", "o", ArticleMetadata.EMPTY));
    assertThat(one).isNotEqualTo(one.withOrigin("p"));
    assertThat(one.withOrigin("p").origin()).isEqualTo("p");
  }

  @Test
  void charsAreCodePointsUnlessACharacterIsOutsideTheBasicPlane() {
    assertThat(SourceText.of("id", "plain, café, — ć 中文").charsAreCodePoints()).isTrue();
    assertThat(SourceText.of("id", "an emoji 😀").charsAreCodePoints()).isFalse();
    assertThat(SourceText.of("id", "a lone \ud83d surrogate?").charsAreCodePoints()).isTrue();
    assertThat(SourceText.of("id", "a lone \ud83d and a pair 😀?").charsAreCodePoints()).isFalse();
  }
}
