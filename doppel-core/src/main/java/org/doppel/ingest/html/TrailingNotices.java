package org.doppel.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the notices off the end of an article: reprint and copyright notices, offers to advertise,
 * membership and donation appeals, newsletter prompts ({@link BoilerplateText#isNotice}), and the
 * separator lines between them ("+++", "***"). Sites print these inside the article's container, after
 * its last paragraph, often as two or three sentences, too long for the line rules. Only the run at the
 * end is taken: the same words inside the article are quoted, not printed by the site. After the last
 * paragraph of prose, a question of one short sentence that nothing after it answers is the site's prompt to
 * the reader (rate, share or comment on the article), not the article's.
 */
final class TrailingNotices {
  /** Longer than this, a question after the article's prose is a paragraph of its own, not a prompt. */
  static final int MAX_QUESTION_CHARS = 160;
  private static final Pattern SIGN_OFF = Pattern.compile("\\(?\\p{L}{1,6}(\\s?/\\s?\\p{L}{1,6}){1,3}\\)?");

  private TrailingNotices() {}

  /** {@code blocks} without the notices at their end. */
  static List<TextBlock> drop(List<TextBlock> blocks) {
    int end = blocks.size();
    while (end > 0 && isNotice(blocks.get(end - 1).text())) {
      end--;
    }
    return withoutReaderQuestions(end == blocks.size() ? blocks : blocks.subList(0, end));
  }

  /**
   * {@code blocks} without the prompts after the last paragraph of prose ({@link ParagraphCollector#isProse}):
   * questions of one sentence, at most {@value #MAX_QUESTION_CHARS} characters, after which no block states a
   * sentence (only labels, ratings and other questions follow: no answer, as a closing run of questions and answers would give).
   */
  static List<TextBlock> withoutReaderQuestions(List<TextBlock> blocks) {
    int lastProse = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (ParagraphCollector.isProse(blocks.get(i))) {
        lastProse = i;
      }
    }
    if (lastProse < 0) {
      return blocks;
    }
    List<TextBlock> kept = null;
    boolean answered = false;
    for (int i = blocks.size() - 1; i > lastProse; i--) {
      String text = blocks.get(i).text();
      if (isQuestion(text)) {
        if (!answered) {
          if (kept == null) {
            kept = new ArrayList<>(blocks);
          }
          kept.remove(i);
        }
      } else if (TextBlock.hasSentenceEnd(text)) {
        answered = true;
      }
    }
    return kept == null ? blocks : kept;
  }

  /** One sentence, ending in a question mark (closing quotes or brackets after it allowed). */
  static boolean isQuestion(String text) {
    String question = text.strip();
    if (question.length() > MAX_QUESTION_CHARS) {
      return false;
    }
    int end = question.length();
    while (end > 0 && "\"'»«“”‘’)".indexOf(question.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && question.charAt(end - 1) == '?' && !TextBlock.hasSentenceEnd(question.substring(0, end - 1));
  }

  private static boolean isNotice(String text) {
    return isSeparator(text) || BoilerplateText.isNotice(text) || isSignOff(text);
  }

  /**
   * The desk's and the agency's marks that close a news text, joined by slashes ("aja/PAP", "jg/dpa",
   * "(red/AFP)"): who edited it and where it came from, not a sentence of the article.
   */
  static boolean isSignOff(String text) {
    return SIGN_OFF.matcher(text).matches();
  }

  /** A line of punctuation only, such as "+++" or "* * *". */
  private static boolean isSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
