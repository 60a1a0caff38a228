package org.doppel.document;

import java.text.Normalizer;
import java.util.List;
import org.doppel.ingest.meta.ThreadCharBuffer;

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

  /** For each ASCII character, the flags of a word that starts with it: a capital or a digit first. */
  private static final byte[] ASCII_FIRST_FLAGS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FIRST_FLAGS[c] = (byte) otherFirstFlags(c);
    }
  }

  /**
   * The non-ASCII characters news text is mostly made of, looked up in tables instead of asked of
   * {@link Character} and {@link Normalizer}: Latin letters with accents ({@code U+0080..U+024F}: ö, ç, Š,
   * ć, Ł) and general punctuation ({@code U+2000..U+206F}: dashes, curly quotes). Most documents of a news
   * corpus have some, and sending every word with one through {@code Normalizer} and a new string was half
   * of tokenising.
   */
  private static final char LATIN_FIRST = 0x80;
  private static final char LATIN_LAST = 0x24F;
  private static final char PUNCTUATION_FIRST = 0x2000;
  private static final char PUNCTUATION_LAST = 0x206F;
  /** Not a word character. */
  private static final char NOT_WORD = 0;
  /** A word character whose word must go through {@link WordFolding#fold}: NFKC changes it, or its lower case is not one char. */
  private static final char SLOW_WORD = 0xFFFF;
  /**
   * An invisible joiner ({@link InvisibleJoiners}): between two word characters it is part of the word and left out of
   * its hash, so "Bundes\u00ADregierung" is "Bundesregierung"; anywhere else it is not a word character.
   */
  private static final char JOINER = 0xFFFE;
  /** A letter of a script written without word spaces: its run's words are pairs of letters ({@link CjkBigrams}). */
  private static final char BIGRAM_LETTER = 0xFFFD;
  /**
   * For each char of {@code LATIN_FIRST..LATIN_LAST}: {@link #NOT_WORD}, {@link #SLOW_WORD}, or its lower case
   * when it is a letter that NFKC leaves as it is. A word of such letters and ASCII is its own NFKC form (none
   * of them composes with the char before it: WordTokenizerTest checks every pair), so its hash is the FNV of
   * its chars folded one by one, which is what {@link Hashing#ofChars} gives for the folded word.
   */
  private static final char[] LATIN_FOLD = new char[LATIN_LAST - LATIN_FIRST + 1];
  /** For each char of {@code PUNCTUATION_FIRST..PUNCTUATION_LAST}: whether it is a word character. */
  private static final boolean[] PUNCTUATION_WORD = new boolean[PUNCTUATION_LAST - PUNCTUATION_FIRST + 1];

  static {
    for (char c = LATIN_FIRST; c <= LATIN_LAST; c++) {
      String alone = String.valueOf(c);
      String folded = WordFolding.fold(alone);
      boolean simple = Character.isLetter(c) && Normalizer.normalize(alone, Normalizer.Form.NFKC).equals(alone)
          && folded.length() == 1 && folded.charAt(0) != SLOW_WORD && folded.charAt(0) != NOT_WORD;
      LATIN_FOLD[c - LATIN_FIRST] = InvisibleJoiners.is(c) ? JOINER
          : !isWordChar(alone.toCharArray(), 0, 1) ? NOT_WORD : simple ? folded.charAt(0) : SLOW_WORD;
    }
    for (char c = PUNCTUATION_FIRST; c <= PUNCTUATION_LAST; c++) {
      PUNCTUATION_WORD[c - PUNCTUATION_FIRST] = isWordChar(new char[] {c}, 0, 1);
    }
  }

  /** {@link #NOT_WORD}, {@link #SLOW_WORD}, {@link #JOINER}, {@link #BIGRAM_LETTER} or the folded char of {@code text[index]}, a non-ASCII char. */
  private static char foldOf(char[] text, int index, int length) {
    char c = text[index];
    if (c <= LATIN_LAST) {
      return LATIN_FOLD[c - LATIN_FIRST];
    }
    if (c >= PUNCTUATION_FIRST && c <= PUNCTUATION_LAST) {
      return PUNCTUATION_WORD[c - PUNCTUATION_FIRST] ? SLOW_WORD : InvisibleJoiners.is(c) ? JOINER : NOT_WORD;
    }
    if (isWordChar(text, index, length)) {
      return CjkBigrams.isAt(text, index, length) ? BIGRAM_LETTER : SLOW_WORD; // asked only above the tables
    }
    return InvisibleJoiners.is(c) ? JOINER : NOT_WORD;
  }

  /** Whether {@code text[index]} starts or continues a word (a joiner alone does neither). */
  private static boolean isWordAt(char[] text, int index, int length) {
    char c = text[index];
    if (c < 128) {
      return ASCII_WORD_FOLD[c] != 0;
    }
    char folded = foldOf(text, index, length);
    return folded != NOT_WORD && folded != JOINER;
  }

  /** The index after the run of joiners at {@code index}. */
  private static int skipJoiners(char[] text, int index, int to) {
    int i = index;
    while (i < to && text[i] >= 128 && InvisibleJoiners.is(text[i])) {
      i++;
    }
    return i;
  }

  /** The text read from an array, not through {@code charAt} ({@link ThreadCharBuffer}). */
  private static final ThreadCharBuffer BUFFER = new ThreadCharBuffer();

  /** Tokenises {@code text}, skipping the {@code removed} spans (sorted, non-overlapping). */
  public TokenSequence tokenize(String text, List<Span> removed) {
    return tokenize(BUFFER.copyOf(text), text.length(), removed);
  }

  /** As {@link #tokenize(String, List)}, for the text {@code chars[0, length)}. */
  public TokenSequence tokenize(char[] chars, int length, List<Span> removed) {
    TokenSequenceBuilder out = BUILDERS.get();
    out.reset();
    return tokenize(chars, length, removed, WordTokenizer::tokenizeRange, out);
  }

  /** How the words of one range of the text between removed spans are read into the builder. */
  @FunctionalInterface
  private interface RangeReader {
    void read(char[] text, int length, int from, int to, TokenSequenceBuilder out);
  }

  /**
   * The words of {@code chars[0, length)} outside the {@code removed} spans, each range read by {@code ranges}, a break
   * marked after every removed span: the one walk over the spans, for the tokenizer and for its word-by-word twin
   * that tests compare it with.
   */
  private static TokenSequence tokenize(char[] chars, int length, List<Span> removed, RangeReader ranges, TokenSequenceBuilder out) {
    int position = 0;
    for (Span skip : removed) {
      ranges.read(chars, length, position, skip.start(), out);
      out.markBreak();
      position = Math.max(position, skip.end());
    }
    ranges.read(chars, length, position, length, out);
    return out.build();
  }

  /**
   * The words of {@code text[from, to)}. A word of ASCII letters and digits, most words of most news text, is read,
   * hashed and written into the builder's arrays in this loop, without a call: under the C1 compiler that {@code
   * ./doppel} runs, a call per word (the general path, then {@link TokenSequenceBuilder#add}) cost a tenth of
   * tokenising. Its flags are composed by the methods {@link #word} and {@code add} use ({@link #wordFlags}, {@link
   * TokenSequenceBuilder#storedFlags}), each small enough that C1 inlines it. A word that goes on past its ASCII chars
   * (an accented letter, a joiner) is read again from its start by {@link #word}, so both give the same words.
   */
  private static void tokenizeRange(char[] text, int length, int from, int to, TokenSequenceBuilder out) {
    int i = from;
    boolean startsLine = true; // ranges start at the text's start or just after a removed line
    while (i < to) {
      char c = text[i];
      if (c < 128) {
        char folded = ASCII_WORD_FOLD[c];
        if (folded == 0) {
          startsLine |= c == '\n';
          i++;
          continue;
        }
        int start = i;
        int asciiAnd = folded; // as in word: the 0x40 bit is clear when the word has a digit
        long h = Hashing.addChar(Hashing.startWord(), folded);
        char next = 0;
        for (i++; i < to; i++) {
          next = text[i];
          if (next >= 128 || (folded = ASCII_WORD_FOLD[next]) == 0) {
            break;
          }
          asciiAnd &= folded;
          h = Hashing.addChar(h, folded);
        }
        if (i == to || next < 128 || endsAsciiWord(text, i, length)) {
          int n = out.size;
          if (n == out.hashes.length) {
            out.grow();
          }
          out.flags[n] = TokenSequenceBuilder.storedFlags(wordFlags(text, start, (asciiAnd & 0x40) == 0 ? TokenSequence.HAS_DIGIT : 0), startsLine, out.pendingBreak);
          out.pendingBreak = false;
          out.hashes[n] = Hashing.mix(h);
          out.starts[n] = start;
          out.ends[n] = i;
          out.size = n + 1;
          startsLine = false;
          continue;
        }
        i = start; // a letter beyond ASCII or a joiner goes on with the word: read it again on the general path
      } else if (!isWordAt(text, i, length)) {
        i++;
        continue;
      }
      i = word(text, length, i, to, startsLine, out);
      startsLine = false;
    }
  }

  /**
   * As {@link #tokenize(char[], int, List)}, every word read by the general path ({@link #word}), none by the ASCII
   * loop of {@link #tokenizeRange}: the words that loop must give, for tests. A builder of its own, as the tests hold
   * both sequences at once.
   */
  static TokenSequence tokenizeWordByWord(char[] chars, int length, List<Span> removed) {
    return tokenize(chars, length, removed, WordTokenizer::wordByWord, new TokenSequenceBuilder());
  }

  /** The words of {@code text[from, to)}, each read by {@link #word}. */
  private static void wordByWord(char[] text, int length, int from, int to, TokenSequenceBuilder out) {
    boolean startsLine = true;
    for (int i = from; i < to; ) {
      if (isWordAt(text, i, length)) {
        i = word(text, length, i, to, startsLine, out);
        startsLine = false;
      } else {
        startsLine |= text[i] == '\n';
        i++;
      }
    }
  }

  /** Whether the non-ASCII char at {@code text[index]} ends a word of ASCII chars before it, as {@link #word} reads it. */
  private static boolean endsAsciiWord(char[] text, int index, int length) {
    char folded = foldOf(text, index, length);
    return folded == NOT_WORD || folded == BIGRAM_LETTER;
  }

  /**
   * Adds the word (or a script's run of letter pairs) that starts at {@code text[start]}, a word char, to {@code out}
   * and gives the index after it: any word, whatever its chars.
   */
  private static int word(char[] text, int length, int start, int to, boolean startsLine, TokenSequenceBuilder out) {
    int i = start;
    char c = text[i];
    if (c >= 128 && foldOf(text, i, length) == BIGRAM_LETTER) {
      return CjkBigrams.addRun(text, length, i, to, startsLine, out);
    }
    boolean simple = true; // every char folded by a table: the word is its own NFKC form
    // the AND of the word's folded ASCII chars: a letter folds to a..z (bit 0x40 set), a digit to 0..9 (clear), so
    // the bit is clear when the word has a digit; an AND a char, not a compare, in the loop every char goes through
    int asciiAnd = 0xFFFF;
    boolean otherDigit = false;
    boolean joined = false; // a joiner inside the word: its chars are not its folded form's
    long h = Hashing.startWord();
    while (i < to) {
      c = text[i];
      if (c < 128) {
        char folded = ASCII_WORD_FOLD[c];
        if (folded == 0) {
          break;
        }
        asciiAnd &= folded;
        h = Hashing.addChar(h, folded);
        i++;
      } else {
        char folded = foldOf(text, i, length);
        if (folded == NOT_WORD || folded == BIGRAM_LETTER) {
          break; // a bigram letter ends a word of another script: "iPhone用" is "iphone" and "用"
        }
        if (folded == JOINER) {
          int next = skipJoiners(text, i, to);
          if (next == to || !isWordAt(text, next, length)) {
            break; // a joiner after a word (a soft hyphen at a line's end) is not part of it
          }
          joined = true;
          i = next;
          continue;
        }
        otherDigit |= Character.isDigit(c); // of each char, as a reader of the text would ask: a surrogate is none
        if (folded != SLOW_WORD) {
          h = Hashing.addChar(h, folded);
          i++;
        } else {
          simple = false;
          i += Character.charCount(Character.codePointAt(text, i, length));
        }
      }
    }
    long hash = simple ? Hashing.mix(h) : Hashing.ofChars(WordFolding.fold(joined ? InvisibleJoiners.strip(text, start, i) : new String(text, start, i - start)));
    out.add(hash, start, i, startsLine, wordFlags(text, start, otherDigit || (asciiAnd & 0x40) == 0 ? TokenSequence.HAS_DIGIT : 0));
    return i;
  }

  /**
   * The {@link TokenSequence} flags of the word that starts at {@code text[start]}, for both of its readers (the ASCII
   * loop and {@link #word}): what its first char is, its {@code digitBit} ({@link TokenSequence#HAS_DIGIT} or 0), and
   * whether the char before it opens a quotation, read here once rather than by the fact extractor's quotation finder
   * for every word. {@link CjkBigrams} reads its words' flags here too (a bigram letter is no capital or digit, so only the
   * quote bit can be set).
   */
  static int wordFlags(char[] text, int start, int digitBit) {
    // 33 bytes of code, under the 35 that C1 inlines, with firstCharFlags and isOpeningQuote inlined into it in turn:
    // a call per word in the ASCII loop costs about a hundredth of the copy scan (TokenSequenceBuilder.add's did)
    int flags = firstCharFlags(text[start]) | digitBit;
    return start > 0 && TokenSequence.isOpeningQuote(text[start - 1]) ? flags | TokenSequence.QUOTE_BEFORE : flags;
  }

  private static int firstCharFlags(char first) {
    return first < 128 ? ASCII_FIRST_FLAGS[first] : otherFirstFlags(first);
  }

  private static int otherFirstFlags(char first) {
    return (Character.isUpperCase(first) ? TokenSequence.UPPER_CASE_FIRST : 0) | (Character.isDigit(first) ? TokenSequence.DIGIT_FIRST : 0);
  }

  /**
   * How words are folded ({@code WordFolding}), for a standing index's layout: an index whose words were folded
   * otherwise holds other word hashes, and is refused rather than missing matches (one made before Turkish i and Greek
   * accents were folded).
   */
  public static final String LAYOUT = "words folded without Turkish i and Greek accents";

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
