package org.doppel.report;

import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * Converts char indices of a Java string into Unicode code point offsets, the unit of Doppel's
 * output, so that a user in any language can cut a passage out of the original text. For text
 * without characters outside the Basic Multilingual Plane both are the same and no table is built.
 */
public final class CodePointOffsets {
  /** Offsets of a text whose chars are its code points. */
  private static final CodePointOffsets SAME = new CodePointOffsets((int[]) null);
  private final int @Nullable [] codePointAt;

  private CodePointOffsets(int @Nullable [] codePointAt) {
    this.codePointAt = codePointAt;
  }

  /** The offsets of {@code source}'s text, decoded only when it has a character outside the Basic Multilingual Plane. */
  public static CodePointOffsets of(SourceText source) {
    return source.charsAreCodePoints() ? SAME : new CodePointOffsets(source.text());
  }

  public CodePointOffsets(String text) {
    // Only a surrogate pair makes the two differ (a lone surrogate is one code point, as below);
    // codePointCount answers without reading a Latin-1 string at all.
    if (text.codePointCount(0, text.length()) == text.length()) {
      codePointAt = null;
      return;
    }
    codePointAt = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointAt[i] = cp;
      if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
    }
    codePointAt[text.length()] = cp;
  }

  /** The code point offset of char index {@code charIndex} (which may equal the text's length). */
  public int of(int charIndex) {
    return codePointAt == null ? charIndex : codePointAt[charIndex];
  }
}
