package org.doppel.document;

import java.util.Arrays;

/**
 * Which words of a document stand inside quotation marks. Two articles that quote the same speaker
 * share the speaker's words, not each other's: a shared quotation supports other evidence of
 * copying but is none on its own.
 *
 * <p>Every usual style is read: "…", “…”, „…“, «…», »…«, ‹…›, ‘…’ and ‚…‘. A mark opens a
 * quotation when it is glued to the word after it (white space, a bracket or a dash before it) and
 * closes one when it is glued to the word before it, so the one rule reads the English, German,
 * French and Scandinavian conventions alike; an apostrophe inside a word ("don’t") is glued on both
 * sides and is neither. A quotation never crosses a paragraph (a blank line), and a mark left open at the end of a paragraph quotes nothing, so a stray inch mark cannot
 * swallow a paragraph: when in doubt, words count as the article's own.
 *
 * <p>A pure function of the text; O(characters).
 */
public final class QuotedWords {
  private QuotedWords() {}

  /** {@code result[i]} is true when word {@code i} of {@code words} lies inside a quotation in {@code text}. */
  public static boolean[] of(TokenSequence words, String text) {
    int n = words.size();
    boolean[] quoted = new boolean[n];
    int open = -1;
    char opener = 0;
    for (int i = 0; i <= n; i++) {
      int gapStart = i == 0 ? 0 : words.end(i - 1);
      int gapEnd = i == n ? endOfLine(text, gapStart) : words.start(i);
      int newlines = 0;
      for (int c = gapStart; c < gapEnd; c++) {
        char ch = text.charAt(c);
        if (ch == '\n' && ++newlines >= 2) {
          open = -1;
        }
        if (!isQuoteMark(ch)) {
          continue;
        }
        boolean glued = c > 0 && !isSpace(text.charAt(c - 1)) && closesAt(text, c + 1);
        boolean closes = open >= 0 && (opener == '«' ? ch == '»' : isSingle(opener) == isSingle(ch) && glued);
        if (closes) {
          Arrays.fill(quoted, open, i, true);
          open = -1;
        } else if (open < 0 && i < n && opensAt(text, c) && (ch == '«' || c + 1 < text.length() && !isSpace(text.charAt(c + 1)))) {
          // French guillemets keep a space inside (« Nous … »): « always opens and its » closes
          open = i;
          opener = ch;
        }
      }
    }
    return quoted;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»' || isSingle(c);
  }

  /** Single marks pair only with single marks; a straight apostrophe is never read as one. */
  private static boolean isSingle(char c) {
    return c == '‘' || c == '’' || c == '‚' || c == '‹' || c == '›';
  }

  /** The mark at {@code c} has white space, a bracket, a dash or the text's start before it. */
  private static boolean opensAt(String text, int c) {
    if (c == 0) {
      return true;
    }
    char before = text.charAt(c - 1);
    return isSpace(before) || before == '(' || before == '[' || before == '—' || before == '–' || before == '-' || before == '/';
  }

  /** What follows the mark at {@code c - 1} is the end, white space or punctuation, not a letter or digit. */
  private static boolean closesAt(String text, int after) {
    return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
  }

  /** White space, no-break spaces included (French typography puts them inside guillemets). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int endOfLine(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }
}
