package org.doppel.report;

/**
 * Untrusted text (passages, titles, page bodies) as the text reports print it to a terminal. A document may hold
 * escape sequences ({@code ESC [2J} clears the screen, {@code ESC ]0;…BEL} retitles the window) or a bare carriage
 * return that overprints the line before; printed raw, a scanned file could rewrite what the user sees. Control
 * characters other than line feed and tab are shown as {@code \u001b}-style escapes; other text is unchanged.
 */
final class TerminalText {
  private TerminalText() {}

  static String inert(String text) {
    if (text.codePoints().noneMatch(TerminalText::acts)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (acts(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Control characters (C0, DEL, C1) a terminal may act on, bar the line feed and tab a body keeps. */
  private static boolean acts(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\t';
  }
}
