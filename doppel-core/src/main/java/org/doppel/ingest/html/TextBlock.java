package org.doppel.ingest.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One run of text between two block boundaries of a page, e.g. a paragraph, a list item or a heading.
 *
 * @param owner the nearest block element around the run
 * @param text the run's text, whitespace collapsed, never blank
 * @param linkChars how many of its characters are link text
 * @param commas its commas (Western, CJK and Arabic)
 */
record TextBlock(Element owner, String text, int linkChars, int commas) {
  /** Longer than this, text in a heading element is a paragraph that a template styled as a heading. */
  static final int MAX_HEADING_CHARS = 200;
  /**
   * A full stop, question or exclamation mark, closing quotes or brackets, then a space or the end; or a
   * sentence mark of a script that writes none of those (CJK "。！？", Arabic "؟", Devanagari "।").
   */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'»«“”‘’)]*(\\s|$)|[。！？؟।]");

  int chars() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** Whether a sentence ends somewhere in {@code text}: running prose, not a label, a headline or a list of names. */
  static boolean hasSentenceEnd(String text) {
    return SENTENCE_END.matcher(text).find();
  }

  boolean isHeading() {
    return Tags.isHeading(owner) && text.length() <= MAX_HEADING_CHARS;
  }
}
