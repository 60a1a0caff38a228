package org.doppel.ingest.html;

import java.util.List;

/**
 * Takes the notices off the end of an article: reprint and copyright notices, offers to advertise,
 * membership and donation appeals, newsletter prompts ({@link BoilerplateText#isNotice}), and the
 * separator lines between them ("+++", "***"). Sites print these inside the article's container, after
 * its last paragraph, often as two or three sentences, too long for the line rules. Only the run at the
 * end is taken: the same words inside the article are quoted, not printed by the site.
 */
final class TrailingNotices {
  private TrailingNotices() {}

  /** {@code blocks} without the notices at their end. */
  static List<TextBlock> drop(List<TextBlock> blocks) {
    int end = blocks.size();
    while (end > 0 && isNotice(blocks.get(end - 1).text())) {
      end--;
    }
    return end == blocks.size() ? blocks : blocks.subList(0, end);
  }

  private static boolean isNotice(String text) {
    return isSeparator(text) || BoilerplateText.isNotice(text);
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
