package org.doppel.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A word's folded form, the one its hash is of: what {@link WordTokenizer} asks for each word its tables cannot fold
 * char by char, and for each char of those tables once, as they are filled. The tokenizer finds the words; this says
 * what two words must share to be one (as Lucene's tokenizer leaves case and form to its filters).
 */
final class WordFolding {
  private WordFolding() {}

  /**
   * A word as it is compared: NFKC, lower case, and the case distinctions one language's capitals lose folded away
   * ({@link #caselessLetters}). Lower case alone kept them: a copy that set a Turkish lead in capitals ("KIŞ" for
   * "kış", "İZMİR" for "İzmir") or a Greek headline in capitals, which drop the accent ("ΣΥΡΟ" for "Σύρο"), shared no
   * word with its original there.
   */
  static String fold(String word) {
    return caselessLetters(Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }

  /**
   * {@code lower} (lower case) with Turkish dotted and dotless i made {@code i} ({@code İ} lowers to {@code i} and a
   * combining dot, {@code I} to {@code i}, while Turkish capitals {@code ı} as {@code I}), Greek vowels without their
   * accent and diaeresis (Greek capitals drop them) and final sigma made {@code σ} (a capital {@code Σ} lowers to either).
   * Other words are returned as they are.
   */
  static String caselessLetters(String lower) {
    StringBuilder out = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char plain = switch (c) {
        case '\u0131' -> 'i'; // ı
        case '\u03c2' -> '\u03c3'; // ς → σ
        case '\u03ac' -> '\u03b1'; // ά
        case '\u03ad' -> '\u03b5'; // έ
        case '\u03ae' -> '\u03b7'; // ή
        case '\u03af', '\u03ca', '\u0390' -> '\u03b9'; // ί ϊ ΐ
        case '\u03cc' -> '\u03bf'; // ό
        case '\u03cd', '\u03cb', '\u03b0' -> '\u03c5'; // ύ ϋ ΰ
        case '\u03ce' -> '\u03c9'; // ώ
        default -> c;
      };
      boolean dot = c == '\u0307' && i > 0 && lower.charAt(i - 1) == 'i'; // İ lowered: i and a combining dot
      if (plain != c || dot) {
        if (out == null) {
          out = new StringBuilder(lower.length()).append(lower, 0, i);
        }
        if (!dot) {
          out.append(plain);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? lower : out.toString();
  }
}
