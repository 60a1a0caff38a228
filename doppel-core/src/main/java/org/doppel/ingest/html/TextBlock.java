package org.doppel.ingest.html;

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

  int chars() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean isHeading() {
    return Tags.isHeading(owner) && text.length() <= MAX_HEADING_CHARS;
  }
}
