package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a dateline: a short line that is a date and little else, such as "Published 3 March
 * 2019", "Updated: 13/03/2019 14:05", "On 3rd March 2019", "Posted on Mar 5, 2019", "Tuesday,
 * March 5, 2019" or German "Veröffentlicht am 05.03.2019". A sentence that mentions a date is
 * not a dateline.
 */
public final class DateLines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** What may stand before the date: publishing verbs, "on", a weekday. */
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:(?:published|updated|last updated|last modified|modified|posted|first published|date|dated|on|at|"
          + "veröffentlicht|aktualisiert|zuletzt aktualisiert|erschienen|erstellt|geändert|publiziert|stand|datum|am|vom|"
          + "publié|mis à jour|le|publicado|actualizado|el|pubblicato|aggiornato|il)\\s*:?\\s*)*"
          + "(?:(?:" + DateText.WEEKDAY + ")\\s*)?[\\s,:|·–-]*$",
      FLAGS);
  /** What may follow it: nothing, a full stop, or a second (updated) date after a separator. */
  private static final Pattern SUFFIX = Pattern.compile("^[\\s.]*$|^\\s*(?:\\||·|–|-|,)\\s*(?:updated|aktualisiert)[^\\n]*$", FLAGS);
  private static final int MAX_LENGTH = 80;

  private DateLines() {}

  /** Whether the stripped line {@code text[start, end)} may be read by {@link #read}: its length limit and a digit. */
  static boolean mayBeDateline(char[] text, int start, int end) {
    return end - start <= MAX_LENGTH && LineShape.hasDigit(text, start, end);
  }

  /** The date of {@code line} when the whole trimmed line is a dateline. */
  public static Optional<DateText.DateTime> read(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !LineShape.hasDigit(trimmed)) {
      return Optional.empty();
    }
    return DateText.locate(trimmed, false)
        .filter(found -> PREFIX.matcher(trimmed.substring(0, found.start())).matches())
        .filter(found -> SUFFIX.matcher(trimmed.substring(found.end())).matches())
        .map(DateText.Found::value);
  }
}
