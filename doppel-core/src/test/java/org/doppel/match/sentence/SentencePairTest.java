package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SentencePairTest {
  // written for the test
  private static final String COMPOSED = "Straßenbahn fährt über die Brücke";

  @Test
  void bothSentencesAreHeldComposed() {
    String decomposed = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);
    SentencePair pair = new SentencePair(decomposed, COMPOSED);
    assertThat(pair.first()).isEqualTo(COMPOSED).isEqualTo(pair.second());
    assertThat(pair.sameText()).isTrue();
  }

  @Test
  void compatibilityFormsAreLeftToTheWordFeatures() {
    // NFC keeps a ligature; NFKC (the word features' folding) would make it "fi"
    assertThat(new SentencePair("\uFB01ne", "fine").first()).isEqualTo("\uFB01ne");
  }

  @Test
  void sameTextIgnoresWhiteSpaceOnlyAndNotCaseOrPunctuation() {
    assertThat(new SentencePair("The tram is late.", " The  tram\u00A0is\nlate. ").sameText()).isTrue();
    assertThat(new SentencePair("The tram is late.", "the tram is late.").sameText()).isFalse();
    assertThat(new SentencePair("The tram is late.", "The tram is late").sameText()).isFalse();
    assertThat(new SentencePair("Thetram is late.", "The tram is late.").sameText()).isFalse();
  }
}
