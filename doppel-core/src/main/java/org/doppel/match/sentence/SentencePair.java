package org.doppel.match.sentence;

import static org.doppel.ingest.meta.Whitespace.Spaces.UNICODE;

import java.text.Normalizer;
import java.util.Objects;
import org.doppel.ingest.meta.Whitespace;

/**
 * Two sentences to compare, each held in Unicode NFC: a text with its accents decomposed ("ü" as
 * "u" and a combining diaeresis, as some systems write it) is the same pair as the composed one to
 * every feature, the character n-grams included. NFC, not NFKC: the word features fold
 * compatibility forms themselves ({@link SentenceWords}), and the canonical form changes no text
 * that is already composed (the training files are).
 */
public record SentencePair(String first, String second) {
  public SentencePair {
    first = Normalizer.normalize(Objects.requireNonNull(first, "first"), Normalizer.Form.NFC);
    second = Normalizer.normalize(Objects.requireNonNull(second, "second"), Normalizer.Form.NFC);
  }

  /**
   * Whether the two are one text, white space aside (runs of any Unicode space count as one space,
   * none at the ends): the same words in the same order cannot differ in meaning, whatever the
   * model's probability for pairs like them.
   */
  public boolean sameText() {
    return first.equals(second) || Whitespace.collapse(first, UNICODE).equals(Whitespace.collapse(second, UNICODE));
  }
}
