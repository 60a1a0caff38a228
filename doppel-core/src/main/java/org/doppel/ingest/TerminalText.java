package org.doppel.ingest;

import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Untrusted text as the text reports and the messages about input print it to a terminal. Ids come from file names and JSON Lines records,
 * and either may hold a line break: printed as it was, it split a pair's line in two and could forge a
 * {@code == id} heading. Passages, titles and page bodies may hold escape sequences ({@code ESC [2J} clears the
 * screen, {@code ESC ]0;…BEL} retitles the window) or a bare carriage return that overprints the line before.
 * A file's name, quoted in a message about it, may hold either. So may either hold a bidirectional override or
 * isolate (U+202A–U+202E, U+2066–U+2069): the terminal then shows the rest of the line reversed, so that
 * {@code b<U+202E>txt.exe} reads "bexe.txt" and a pair's other id or offsets read backwards ("Trojan Source",
 * CVE-2021-42574). All become escapes as JSON writes them ({@code \n}, {@code \u001b}, {@code \u202e}); the
 * right-to-left and left-to-right marks (U+200F, U+200E), which reorder nothing after them, and text without any of
 * these, the common case, print exactly as before. An id also shows its invisible characters (the zero-width space
 * U+200B, the word joiner U+2060, the zero-width no-break space U+FEFF, the Mongolian vowel separator U+180E) as
 * escapes: {@code report} and {@code re<U+200B>port} are two ids that would otherwise look the same. The zero-width
 * joiner and non-joiner (U+200D, U+200C) stay: Persian, Indic scripts and emoji need them to spell words.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * An id or a one-line value on one line: every control character, line breaks included, escaped, and a
   * backslash doubled where anything is escaped (so {@code a\nb} and a real line break stay apart); null stays null.
   */
  public static @Nullable String oneLine(@Nullable String id) {
    return id == null ? null : escaped(id, c -> breaksLine(c) || reordersLine(c) || invisible(c), true);
  }

  /** Text of several lines (a page's body, a passage): control characters escaped, bar the line feed and tab it keeps. */
  public static String inert(String text) {
    return escaped(text, c -> breaksLine(c) && c != '\n' && c != '\t' || reordersLine(c), false);
  }

  private static String escaped(String text, IntPredicate escape, boolean doubleBackslash) {
    if (text.codePoints().noneMatch(escape)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (c == '\\' && doubleBackslash) {
        out.append("\\\\");
      } else if (!escape.test(c)) {
        out.appendCodePoint(c);
      } else {
        out.append(switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> String.format("\\u%04x", c);
        });
      }
    });
    return out.toString();
  }

  /** The bidirectional embeddings, overrides and isolates, and the pops that end them: they reorder what follows. */
  private static boolean reordersLine(int c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /** Characters that take no room and join nothing: two ids that differ only by them look the same. */
  private static boolean invisible(int c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
  }

  /** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
  private static boolean breaksLine(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
