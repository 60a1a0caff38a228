package org.doppel.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and hashes each word's normalised form: Unicode NFKC, then lower case.
 * A word is a maximal run of letters, digits and combining marks, so punctuation, quotes of any
 * style, dashes and whitespace never reach the hash: "don’t" and "don't" both give "don" and "t".
 *
 * <p>Plain ASCII words, the common case, are folded in place without allocating; other words go
 * through {@link Normalizer} so that ligatures, full-width forms and composed accents compare equal.
 */
public final class WordTokenizer {
  /** One builder per thread, reused: its arrays grow to the longest document once, not for every document. */
  private static final ThreadLocal<TokenSequenceBuilder> BUILDERS = ThreadLocal.withInitial(TokenSequenceBuilder::new);

  /** Tokenises {@code text}, skipping the {@code removed} spans (sorted, non-overlapping). */
  public TokenSequence tokenize(String text, List<Span> removed) {
    TokenSequenceBuilder out = BUILDERS.get();
    out.reset();
    int position = 0;
    for (Span skip : removed) {
      tokenizeRange(text, position, skip.start(), out);
      out.markBreak();
      position = Math.max(position, skip.end());
    }
    tokenizeRange(text, position, text.length(), out);
    return out.build();
  }

  private static void tokenizeRange(String text, int from, int to, TokenSequenceBuilder out) {
    int i = from;
    boolean startsLine = true; // ranges start at the text's start or just after a removed line
    while (i < to) {
      char c = text.charAt(i);
      if (!isWordChar(text, i, c)) {
        startsLine |= c == '\n';
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      long h = Hashing.startWord();
      while (i < to) {
        c = text.charAt(i);
        if (c < 128) {
          if (!isAsciiWordChar(c)) {
            break;
          }
          h = Hashing.addChar(h, (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c);
          i++;
        } else {
          if (!isWordChar(text, i, c)) {
            break;
          }
          ascii = false;
          i += Character.charCount(text.codePointAt(i));
        }
      }
      long hash = ascii ? Hashing.mix(h) : Hashing.ofChars(fold(text.substring(start, i)));
      out.add(hash, start, i, startsLine);
      startsLine = false;
    }
  }

  private static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isWordChar(String text, int index, char c) {
    if (c < 128) {
      return isAsciiWordChar(c);
    }
    int cp = text.codePointAt(index);
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.OTHER_NUMBER;
  }
}
