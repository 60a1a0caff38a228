package org.doppel.ingest.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the notices off the end of an article: reprint and copyright notices, offers to advertise,
 * membership and donation appeals, newsletter prompts ({@link BoilerplateText#isNotice}), and the
 * separator lines between them ("+++", "***"). Sites print these inside the article's container, after
 * its last paragraph, often as two or three sentences, too long for the line rules. Only the run at the
 * end is taken: the same words inside the article are quoted, not printed by the site.
 */
final class TrailingNotices {
  private static final Pattern SIGN_OFF = Pattern.compile("\\(?\\p{L}{1,6}(\\s?/\\s?\\p{L}{1,6}){1,3}\\)?");

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
