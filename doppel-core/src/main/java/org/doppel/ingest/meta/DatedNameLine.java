package org.doppel.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A byline that names the writer beside the date without a word before the name: "Anna Muster | 14.03.2022",
 * "14. März 2022 · Anna Muster", as article headers print them. The line has two items, one of them a date and nothing
 * else (a time of day may follow it), the other one or two names of two to four capitalised words each. {@link HtmlAuthors} reads such
 * a line only beside the headline: elsewhere "Bad Homburg | 14.03.2022" is a place. Stateless and thread-safe.
 */
final class DatedNameLine {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
  /** What may stand around a date in its item: "am", "vom", a weekday's comma, "Uhr" after the time. */
  private static final Pattern DATE_REST = Pattern.compile("(?iu)^(?:am|vom|on|le|el|il)?[\\s,.]*$|^[\\s,.]*(?:uhr)?[\\s.]*$");

  private DatedNameLine() {}

  /** The name item of {@code line} when the line is a name and a date, else empty. */
  static Optional<String> name(String line) {
    if (line.length() > 80 || !LineShape.hasDigit(line)) {
      return Optional.empty();
    }
    String[] items = SEPARATOR.split(line.strip());
    if (items.length != 2) {
      return Optional.empty();
    }
    for (int i = 0; i < 2; i++) {
      if (isOnlyDate(items[i])) {
        String name = items[1 - i].strip();
        return isNames(name) ? Optional.of(name) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A label before a date in an item of its own: "Publiziert:", "Aktualisiert am", "Published", "Stand:". */
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)^\\s*(?:publiziert|veröffentlicht|erschienen|erstellt|aktualisiert|geändert|stand|published|posted|updated|publié|mis à jour|publicado|actualizado)"
          + "(?:\\s+(?:am|on|le|el))?\\s*:?\\s*");
  /** A time of day alone, as an update item gives it on the day of publication: "21.10 Uhr", "9:05". */
  private static final Pattern TIME = Pattern.compile("(?iu)^\\s*\\d{1,2}[.:]\\d{2}\\s*(?:uhr|h)?\\s*$");

  /**
   * The name among the items of a box under the headline that sets each item in an element of its own, without
   * separators: "<span>Anna Muster</span><span>Publiziert: 14.03.2022, 19.42 Uhr</span><span>Aktualisiert: 21.10 Uhr</span>".
   * Two or three items: one a name, the others each a date or a time of day after a label at most, one of them a date.
   */
  static Optional<String> nameOfItems(List<String> items) {
    if (items.size() < 2 || items.size() > 3) {
      return Optional.empty();
    }
    String name = null;
    boolean dated = false;
    for (String item : items) {
      String rest = LABEL.matcher(item).replaceFirst("");
      if (LineShape.hasDigit(item) && isOnlyDate(rest)) {
        dated = true;
      } else if (!LineShape.hasDigit(item) && name == null && isNames(item.strip())) {
        name = item.strip();
      } else if (!TIME.matcher(rest).matches()) {
        return Optional.empty();
      }
    }
    return dated ? Optional.ofNullable(name) : Optional.empty();
  }

  /** What separates a date line's date from the item after it: a dash, a bar, a dot, a slash or a comma ("14.3.09 - "). */
  private static final Pattern ITEM_START = Pattern.compile("^[\\s\\-–—|·•/,]*");

  /**
   * What follows the date when {@code line} opens with one, after a label or a weekday at most, as a date line that goes on
   * with the byline: "Mo., 24.08.2009 - Text: Anna Muster", "14.3.09 - eingetragen von Erik Beispiel", "Erstellt: 09.03.2010
   * Autor: Anna Muster" (two lines of a box joined). Empty when the line does not open with a date or nothing follows it.
   */
  static Optional<String> afterOpeningDate(String line) {
    if (!LineShape.hasDigit(line)) {
      return Optional.empty();
    }
    Optional<DateText.Found> date = DateText.locate(line, false);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String before = LABEL.matcher(line.substring(0, date.get().start())).replaceFirst("");
    if (!DATE_REST.matcher(before).matches() && !isWeekday(before.replaceAll("[\\s,.]+$", ""))) {
      return Optional.empty();
    }
    String rest = ITEM_START.matcher(line.substring(date.get().end())).replaceFirst("");
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  private static final Pattern JOINER = Pattern.compile("\\s*(?:,|&|\\bund\\b|\\band\\b)\\s*");

  /**
   * Whether {@code text} is one or two names of two to four capitalised words each ("Anna Muster", "Anna Muster und Erik
   * Beispiel"): a section list ("Naturschutz, Umwelt") has one word an item.
   */
  private static boolean isNames(String text) {
    if (LineShape.hasDigit(text) || Bylines.cleanNames(text).filter(text::equals).isEmpty()) {
      return false;
    }
    String[] names = JOINER.split(text);
    if (names.length > 2) {
      return false;
    }
    for (String name : names) {
      int words = name.isBlank() ? 0 : name.strip().split("\\s+").length;
      if (words < 2 || words > 4) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOnlyDate(String item) {
    Optional<DateText.Found> date = DateText.locate(item, false);
    if (date.isEmpty()) {
      return false;
    }
    String before = item.substring(0, date.get().start());
    String after = item.substring(date.get().end());
    return DATE_REST.matcher(before).matches() && DATE_REST.matcher(after).matches() || isWeekday(before) && DATE_REST.matcher(after).matches();
  }

  private static final Pattern WEEKDAY = Pattern.compile("(?iu)^\\s*(?:" + DateText.WEEKDAY + ")\\s*$");

  private static boolean isWeekday(String text) {
    return WEEKDAY.matcher(text).matches();
  }
}
