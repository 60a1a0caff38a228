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
  /** For each ASCII character, its lower case when it is a word character (a letter or digit), else 0. */
  private static final char[] ASCII_WORD_FOLD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      if (isAsciiWordChar(c)) {
        ASCII_WORD_FOLD[c] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
      }
    }
  }

  /** Texts longer than this get a buffer of their own that is not kept (a huge file must not pin memory). */
  private static final int MAX_KEPT_BUFFER = 1 << 20;
  /**
   * One character buffer per thread. The text is copied into it once ({@code String.getChars} is a bulk
   * copy) and read from the array: with the C1 compiler ./doppel runs, {@code charAt} per character
   * (coder test, bounds check, call) costs far more than an array read.
   */
  private static final ThreadLocal<char[][]> BUFFERS = ThreadLocal.withInitial(() -> new char[][] {new char[8192]});

  /** Tokenises {@code text}, skipping the {@code removed} spans (sorted, non-overlapping). */
  public TokenSequence tokenize(String text, List<Span> removed) {
    TokenSequenceBuilder out = BUILDERS.get();
    out.reset();
    char[] chars = buffer(text.length());
    text.getChars(0, text.length(), chars, 0);
    int position = 0;
    for (Span skip : removed) {
      tokenizeRange(chars, text.length(), position, skip.start(), out);
      out.markBreak();
      position = Math.max(position, skip.end());
    }
    tokenizeRange(chars, text.length(), position, text.length(), out);
    return out.build();
  }

  /** The thread's buffer when {@code length} fits a kept one; a huge text gets its own, not kept after. */
  private static char[] buffer(int length) {
    char[][] holder = BUFFERS.get();
    if (holder[0].length >= length) {
      return holder[0];
    }
    if (length > MAX_KEPT_BUFFER) {
      return new char[length];
    }
    holder[0] = new char[Math.max(length, Math.min(MAX_KEPT_BUFFER, holder[0].length * 2))];
    return holder[0];
  }

  private static void tokenizeRange(char[] text, int length, int from, int to, TokenSequenceBuilder out) {
    int i = from;
    boolean startsLine = true; // ranges start at the text's start or just after a removed line
    while (i < to) {
      char c = text[i];
      if (c < 128 ? ASCII_WORD_FOLD[c] == 0 : !isWordChar(text, i, length)) {
        startsLine |= c == '\n';
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      long h = Hashing.startWord();
      while (i < to) {
        c = text[i];
        if (c < 128) {
          char folded = ASCII_WORD_FOLD[c];
          if (folded == 0) {
            break;
          }
          h = Hashing.addChar(h, folded);
          i++;
        } else {
          if (!isWordChar(text, i, length)) {
            break;
          }
          ascii = false;
          i += Character.charCount(Character.codePointAt(text, i, length));
        }
      }
      long hash = ascii ? Hashing.mix(h) : Hashing.ofChars(fold(new String(text, start, i - start)));
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

  private static boolean isWordChar(char[] text, int index, int limit) {
    int cp = Character.codePointAt(text, index, limit);
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
