package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each answer equals Character's on every code point and every char. */
class AsciiFirstTest {
  @Test
  void answersAsCharacterDoesOnEveryCodePoint() {
    int differences = 0;
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      differences += AsciiFirst.isWhitespace(c) == Character.isWhitespace(c) ? 0 : 1;
      differences += AsciiFirst.isLowerCase(c) == Character.isLowerCase(c) ? 0 : 1;
      boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
      differences += AsciiFirst.isCased(c) == cased ? 0 : 1;
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      differences += AsciiFirst.isLetter((char) c) == Character.isLetter((char) c) ? 0 : 1;
      differences += AsciiFirst.isWhitespace((char) c) == Character.isWhitespace((char) c) ? 0 : 1; // the line readers ask it of chars
    }
    assertThat(differences).isZero();
    assertThat(AsciiFirst.isCased('A')).isTrue();
    assertThat(AsciiFirst.isLetter('@')).isFalse();
    assertThat(AsciiFirst.isWhitespace('\u001f')).isTrue();
  }
}
