package org.doppel.ingest;

/**
 * Line ends of old Mac files. A text whose lines end in a carriage return alone was one line to every reader of lines
 * (the title, byline and date lines, stock lines, paragraphs, sentences), which split at line feeds only: its title and
 * date went unread. Each such carriage return becomes a line feed, one char for one, so that offsets into the text are
 * offsets into the file's text still; a carriage return before a line feed (Windows) is left as it is.
 */
final class LineEnds {
  private LineEnds() {}

  /** {@code text} with each carriage return not followed by a line feed made a line feed; {@code text} itself when it has none. */
  static String loneCarriageReturnsAsLineFeeds(String text) {
    int first = text.indexOf('\r');
    if (first < 0) {
      return text;
    }
    char[] chars = null;
    for (int i = first; i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = '\n';
      }
    }
    return chars == null ? text : new String(chars);
  }
}
