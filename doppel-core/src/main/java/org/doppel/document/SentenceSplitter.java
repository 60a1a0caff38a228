package org.doppel.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a document's content words into sentences. A sentence ends at a paragraph or line start
 * (unless the document is hard-wrapped, when only a blank line or punctuation ends one), at a
 * removed metadata line, or where the text between two words holds a full stop, question or
 * exclamation mark followed by white space and the next word starts with a capital letter or digit
 * ("… in 1948. For decades …"). A full stop after a short capitalised abbreviation ("Mr.", "St.",
 * "U.S.") or a single letter does not end a sentence. In a caseless text (some news data sets are all
 * lower case) capitals tell nothing, so there the next word may start in lower case. Runaway
 * sentences (lists without punctuation)
 * are cut every {@value #MAX_WORDS} words so that no sentence dominates an alignment.
 *
 * <p>A pure function; one instance may be shared by threads.
 */
public final class SentenceSplitter {
  static final int MAX_WORDS = 60;
  static final int MIN_WRAPPED_LINES = 3;
  /** Mixed-case prose has about one capital in 30 letters; a lower-cased text has next to none. */
  static final int CASELESS_LETTERS_PER_CAPITAL = 500;
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt",
      "capt", "mt", "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "aug", "sep",
      "sept", "oct", "nov", "dec", "approx", "etc", "e", "i", "u", "s");
  private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElseThrow();

  public List<Sentence> split(Document document) {
    return split(document.text(), document.words());
  }

  /** The sentences of {@code words}, tokenised from {@code text}, as {@link #split(Document)} finds them. */
  public List<Sentence> split(String text, TokenSequence words) {
    List<Sentence> sentences = new ArrayList<>();
    boolean wrapped = isHardWrapped(text, words);
    boolean caseless = isCaseless(text);
    int start = 0;
    for (int i = 1; i < words.size(); i++) {
      if (i - start >= MAX_WORDS || !withinALine(words, i) && startsSentence(words, text, i, wrapped, caseless)) {
        sentences.add(new Sentence(start, i));
        start = i;
      }
    }
    if (words.size() > start) {
      sentences.add(new Sentence(start, words.size()));
    }
    return sentences;
  }

  /**
   * True when word {@code i} follows the word before it on the same line after one char (a space, a hyphen): most
   * words of a text, and never a sentence's start (a full stop needs white space after it). Asked before
   * {@link #startsSentence}, whose call and loop over the gap cost more under C1 than these reads.
   */
  private static boolean withinALine(TokenSequence words, int i) {
    return words.start(i) - words.end(i - 1) == 1 && !words.isBreakBefore(i) && !words.isLineStart(i);
  }

  private static boolean startsSentence(TokenSequence words, String text, int i, boolean wrapped, boolean caseless) {
    int gapStart = words.end(i - 1);
    int gapEnd = words.start(i);
    if (words.isBreakBefore(i) || (words.isLineStart(i) && (!wrapped || text.substring(gapStart, gapEnd).indexOf('\n') != text.substring(gapStart, gapEnd).lastIndexOf('\n')))) {
      return true;
    }
    // a sentence starts with a capital or a digit unless the text is caseless: asked first, from the tokenizer's
    // flags, so that the gap after most commas is not read
    if (!caseless && !words.startsUpperCase(i) && !words.startsWithDigit(i)) {
      return false;
    }
    int terminal = -1;
    for (int c = gapStart; c < gapEnd; c++) {
      char ch = text.charAt(c);
      if (ch == '.' || ch == '!' || ch == '?') {
        terminal = c;
        break;
      }
    }
    if (terminal < 0 || !hasWhitespace(text, terminal + 1, gapEnd)) {
      return false;
    }
    return text.charAt(terminal) != '.' || !isAbbreviation(text, words.start(i - 1), words.end(i - 1), caseless);
  }

  /** True when the text has (next to) no capital letters, so that case cannot mark a sentence's start. */
  public static boolean isCaseless(String text) {
    int letters = 0;
    int capitals = 0;
    for (int c = 0; c < text.length(); c++) {
      char ch = text.charAt(c);
      // ASCII without the Unicode tables (most of the text), and out as soon as there are capitals
      // enough for any text of this length: this ran over every character of every document added.
      boolean capital;
      if (ch < 128) {
        capital = ch >= 'A' && ch <= 'Z';
        if (!capital && (ch < 'a' || ch > 'z')) {
          continue;
        }
      } else if (Character.isLetter(ch)) {
        capital = Character.isUpperCase(ch);
      } else {
        continue;
      }
      letters++;
      if (capital && (long) ++capitals * CASELESS_LETTERS_PER_CAPITAL >= text.length()) {
        return false;
      }
    }
    return letters >= CASELESS_LETTERS_PER_CAPITAL / 5 && (long) capitals * CASELESS_LETTERS_PER_CAPITAL < letters;
  }

  /**
   * True when the text was wrapped at some width, so that a single line break is only a space: at
   * least {@value #MIN_WRAPPED_LINES} lines, and one in five of the lines that go on to a next line,
   * end mid-sentence with the next line starting in lower case, which unwrapped text almost never does.
   */
  static boolean isHardWrapped(String text) {
    LineBreaks breaks = new LineBreaks();
    breaks.count(text, 0, text.length());
    return breaks.wrapped();
  }

  /**
   * {@link #isHardWrapped(String)} of the text {@code words} were tokenised from, reading only where a line break
   * can be: before the first word, after the last, and in the gaps before the words that start a line (the
   * tokenizer flags the word after every line break, and after every removed line). Scanning the whole text for
   * line breaks was a third of splitting a document into sentences.
   */
  static boolean isHardWrapped(String text, TokenSequence words) {
    int n = words.size();
    if (n == 0) {
      return isHardWrapped(text);
    }
    LineBreaks breaks = new LineBreaks();
    breaks.count(text, 0, words.start(0));
    for (int i = 1; i < n; i++) {
      if (words.isLineStart(i)) {
        breaks.count(text, words.end(i - 1), words.start(i));
      }
    }
    breaks.count(text, words.end(n - 1), text.length());
    return breaks.wrapped();
  }

  /** Counts the line breaks that go on to a next line, and those of them that cut a sentence. */
  private static final class LineBreaks {
    private int continued;
    private int midSentence;

    /** Counts the line breaks of {@code text[from, to)}. */
    void count(String text, int from, int to) {
      for (int c = from; c < to && c + 1 < text.length(); c++) {
        if (text.charAt(c) == '\n' && !Character.isWhitespace(text.charAt(c + 1))) {
          continued++;
          if (Character.isLowerCase(text.charAt(c + 1)) && c > 0 && Character.isLetterOrDigit(text.charAt(c - 1))) {
            midSentence++;
          }
        }
      }
    }

    boolean wrapped() {
      return midSentence >= MIN_WRAPPED_LINES && midSentence * 5 >= continued;
    }
  }

  private static boolean hasWhitespace(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      if (Character.isWhitespace(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[start, end)}, the word before a full stop, is an abbreviation or a single letter. */
  private static boolean isAbbreviation(String text, int start, int end, boolean caseless) {
    int length = end - start;
    // lower-casing never shortens a word, so one longer than the longest abbreviation is none (most words before
    // a full stop): no substring, lower-casing and set look-up at every sentence's end
    if (length == 1 || length > LONGEST_ABBREVIATION) {
      return length == 1;
    }
    String word = text.substring(start, end);
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) && (caseless || Character.isUpperCase(word.charAt(0)));
  }
}
