package org.doppel.report;

import org.jspecify.annotations.Nullable;

/**
 * An id as the text reports print it: on one line. Ids come from file names and JSON Lines records, and
 * either may hold a line break; printed as it is, it split a pair's line in two and could forge a
 * {@code == id} heading of its own. Line breaks, tabs and other control characters become escapes as JSON
 * writes them ({@code \n}, {@code \u0085}); a backslash is doubled only where one is written, so ids
 * without control characters, the common case, print exactly as before.
 */
final class OneLine {
  private OneLine() {}

  /** {@code id} on one line; null stays null (printed as "null", as before). */
  static @Nullable String of(@Nullable String id) {
    if (id == null || id.codePoints().noneMatch(OneLine::breaksLine)) {
      return id;
    }
    StringBuilder out = new StringBuilder(id.length() + 8);
    id.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (breaksLine(c)) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
  private static boolean breaksLine(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
