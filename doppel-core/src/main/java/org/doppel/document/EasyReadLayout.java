package org.doppel.document;

import java.util.List;
import org.doppel.ingest.AsciiFirst;

/**
 * Whether a text is laid out as easy language ("Leichte Sprache", Easy Read): many short statements, one a line. Such
 * a version says its original's content in a dozen or more lines of a few words each, explains hard words in lines of
 * their own and rounds or drops numbers, but keeps the names; news prose, a teacher's simplification or a model's
 * condensation writes its sentences in paragraphs. Read from the layout alone, so in any language and in lower case.
 */
public final class EasyReadLayout {
  /** Sentences a text needs: a snippet of a few short lines is no easy-language version of an article. */
  public static final int MIN_SENTENCES = 12;
  /** Words a sentence may have on average: easy language keeps to 5–8 (news prose: 15–30, simplifications 10–12). */
  public static final double MAX_MEAN_SENTENCE_WORDS = 9.0;
  /** Non-blank lines a text needs per sentence: one statement a line (prose: a paragraph of several sentences a line). */
  public static final double MIN_LINES_PER_SENTENCE = 0.8;

  private EasyReadLayout() {}

  /** Whether {@code document}, split into {@code sentences}, is laid out as easy language. */
  public static boolean is(Document document, List<Sentence> sentences) {
    return is(document.text(), document.words().size(), sentences);
  }

  /** Whether {@code text}, of {@code words} words split into {@code sentences}, is laid out as easy language. */
  public static boolean is(String text, int words, List<Sentence> sentences) {
    int count = sentences.size();
    if (count < MIN_SENTENCES || words > MAX_MEAN_SENTENCE_WORDS * count) {
      return false;
    }
    return nonBlankLines(text) >= MIN_LINES_PER_SENTENCE * count;
  }

  /**
   * Whether {@code text} has the non-blank lines an easy-language layout needs at the least ({@link #MIN_SENTENCES}
   * statements, {@link #MIN_LINES_PER_SENTENCE} a line): a test on the characters alone, so that a caller can leave
   * a text of a few paragraphs unsplit into sentences.
   */
  public static boolean hasLinesFor(String text) {
    return nonBlankLines(text) >= MIN_LINES_PER_SENTENCE * MIN_SENTENCES;
  }

  /** The lines of {@code text} that hold more than white space. */
  static int nonBlankLines(String text) {
    int lines = 0;
    boolean content = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines += content ? 1 : 0;
        content = false;
      } else if (!content && !AsciiFirst.isWhitespace(c)) {
        content = true;
        // the line is counted: only its end matters now, found by indexOf rather than a char at a time
        int end = text.indexOf('\n', i + 1);
        if (end < 0) {
          break;
        }
        i = end - 1;
      }
    }
    return lines + (content ? 1 : 0);
  }
}
