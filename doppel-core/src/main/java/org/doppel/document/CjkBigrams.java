package org.doppel.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Words for the scripts written without spaces between words: Han, Hiragana, Katakana, and Hangul, whose spaces fall
 * between phrases with their particles glued on. A run of their letters has no word boundaries a tokenizer can find
 * without a dictionary, so, as Lucene's CJKBigramFilter does, each overlapping pair of letters is a word ("東京都" gives
 * "東京", "京都") and a lone letter is a word of its own. A copied sentence then shares many words with its source, and
 * shingles, MinHash and the sentence aligner see units of about a word's size rather than one token per clause.
 *
 * <p>Spans do not overlap, so that the text between two words is never negative: a pair's span is its first letter,
 * and the last word of a run reaches to the run's end, so a span from a run's first word to its last is the whole run.
 */
final class CjkBigrams {
  private CjkBigrams() {}

  /**
   * Whether {@code cp}, a letter or digit, belongs to a script written without word spaces. The ranges are the
   * scripts' blocks (with the iteration marks 々 and 〆, and half-width katakana and Hangul), so the test is a few
   * compares, and the caller asks it only of letters above the Latin and punctuation tables.
   */
  static boolean isBigramLetter(int cp) {
    if (cp < 0x1100) {
      return false; // Greek, Cyrillic, Hebrew, Arabic, Indic scripts: words are spaced
    }
    if (cp < 0x3000) {
      return cp <= 0x11FF; // Hangul Jamo
    }
    return cp <= 0x3006 && cp >= 0x3005 // 々 〆
        || cp >= 0x3040 && cp <= 0x30FF // Hiragana, Katakana (with the prolonged sound mark ー)
        || cp >= 0x3130 && cp <= 0x318F // Hangul compatibility Jamo
        || cp >= 0x31F0 && cp <= 0x31FF // Katakana phonetic extensions
        || cp >= 0x3400 && cp <= 0x4DBF // CJK ideographs, extension A
        || cp >= 0x4E00 && cp <= 0x9FFF // CJK unified ideographs
        || cp >= 0xA960 && cp <= 0xA97F // Hangul Jamo extended A
        || cp >= 0xAC00 && cp <= 0xD7FF // Hangul syllables, Jamo extended B
        || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
        || cp >= 0xFF66 && cp <= 0xFFDC // half-width katakana and Hangul
        || cp >= 0x1B000 && cp <= 0x1B16F // kana supplement and extensions
        || cp >= 0x20000 && cp <= 0x3134F; // CJK ideographs, extensions B to G and the compatibility supplement
  }

  /** Whether the code point at {@code text[index]} is a {@linkplain #isBigramLetter bigram letter} word character. */
  static boolean isAt(char[] text, int index, int length) {
    return isBigramLetter(Character.codePointAt(text, index, length));
  }

  /**
   * Adds the words of the run of bigram letters that starts at {@code start} (a bigram letter) and returns the index
   * after the run. {@code startsLine} is the first word's line-start mark.
   */
  static int addRun(char[] text, int length, int start, int to, boolean startsLine, TokenSequenceBuilder out) {
    int first = start;
    int second = next(text, length, first);
    if (second >= to || !isAt(text, second, length)) {
      out.add(hashOf(text, first, second), first, second, startsLine, flagsAt(text, first));
      return second;
    }
    boolean lineStart = startsLine;
    while (true) {
      int after = next(text, length, second);
      boolean last = after >= to || !isAt(text, after, length);
      out.add(hashOf(text, first, after), first, last ? after : second, lineStart, flagsAt(text, first));
      if (last) {
        return after;
      }
      lineStart = false;
      first = second;
      second = after;
    }
  }

  private static int next(char[] text, int length, int index) {
    return index + Character.charCount(Character.codePointAt(text, index, length));
  }

  /** The flags of the word at {@code start}: bigram letters are neither capitals nor digits, so only the quote before it. */
  private static int flagsAt(char[] text, int start) {
    return WordTokenizer.wordFlags(text, start, 0);
  }

  /** The hash of the NFKC form of {@code text[from, to)}: half-width katakana and compatibility ideographs fold. */
  private static long hashOf(char[] text, int from, int to) {
    return Hashing.ofChars(Normalizer.normalize(new String(text, from, to - from), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
  }
}
