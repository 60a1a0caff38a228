package org.doppel.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value or text into a page date, for {@link HtmlDates} and its sources: a machine value (a meta tag's, a
 * {@code <time>}'s), the first plausible date of a text, a date a publication cue introduces ("Veröffentlicht am",
 * "Published"), and whether a text shows a given day. Dates before {@value #MIN_YEAR} or after {@code latest} (tomorrow)
 * are taken for noise (copyright years, event dates, birthdays) and skipped; in text, a date after "Aktualisiert am" or
 * "Updated" gives way to a date right after it.
 */
final class DateReader {
  static final int MIN_YEAR = 1995;
  private static final int MAX_TEXT = 20_000;

  /**
   * A machine value written without separators, as some CMSs fill their date tags ({@code <meta name="pubdate"
   * content="20220314">}, "20220314140500"): the year, month and day, then at most the time's digits.
   */
  private static final Pattern COMPACT = Pattern.compile("\\s*((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:(\\d{2})(\\d{2})(?:\\d{2})?)?\\s*");

  /** Words that introduce a page's publication date, in the languages of the pages read. */
  private static final Pattern PUBLISHED_CUE = Pattern.compile(
      "(?iu)\\b(?:veröffentlicht|publiziert|erschienen|erstellt|eingestellt|geschrieben|stand|datum|published|posted|publié|publicado|pubblicato"
          // Dutch "Geplaatst op 14 september 2008", "Gepubliceerd:"; English "Date:" only as a label, with its colon
          + "|geplaatst|gepubliceerd|date(?=\\s*:)"
          // German "Artikel vom 4. März", "Pressemitteilung vom 04.03.2022", a club's "Bericht vom 16.06.2014"; a bare "vom" also
          // opens spans ("vom 1. bis 3. Mai"), and a ticker's "Eilmeldung vom" dates another item
          + "|(?:artikel|beitrag|bericht|pressemitteilung|pressemeldung)(?=\\s+vom\\b))"
          + "(?:\\s+(?:am|on|le|el|il|vom|op))?\\s*:?");
  /** At most this many characters between a cue and its date: a weekday, "am", punctuation. */
  private static final int CUE_GAP = 15;

  /** Words that mark the date after them as a change, not the publication: "Aktualisiert am", "Updated:", "mis à jour le". */
  private static final Pattern UPDATE_CUE = Pattern.compile(
      "(?iu)(?:aktualisiert|geändert|bearbeitet|updated|modified|mis à jour|actualizado|aggiornato)\\b[^.!?\\d]{0,25}$");
  static final int CUE_REACH = 40;
  /** How far after a change's date a publication date may stand to be taken instead. */
  private static final int NEXT_DATE_REACH = 200;

  private DateReader() {}

  /** The first {@value #MAX_TEXT} characters of the body's text, without a box that shows today's date and other places of other things' dates. */
  static String visibleHead(Element body) {
    String text = TodaysDate.withoutTodaysDate(body, DatesElsewhere.textOutside(body));
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** The first plausible date in {@code text}; with {@code machine} true, American slashes are read month first. */
  static Optional<HtmlDates.Found> read(@Nullable String text, String where, LocalDate latest, boolean machine) {
    return read(text, where, latest, machine, null);
  }

  /** As above; a machine timestamp with an offset is moved into {@code zone} when one is given. */
  static Optional<HtmlDates.Found> read(@Nullable String text, String where, LocalDate latest, boolean machine, @Nullable PageZone zone) {
    return read(text, where, latest, machine, zone, machine);
  }

  /** As above; with {@code monthFirst}, an ambiguous slash date in text is read month first, as the page writes its others. */
  static Optional<HtmlDates.Found> read(@Nullable String text, String where, LocalDate latest, boolean machine, @Nullable PageZone zone,
      boolean monthFirst) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (machine) {
      Optional<HtmlDates.Found> compact = compact(text, where, latest);
      if (compact.isPresent()) {
        return compact;
      }
    }
    String rest = text;
    int consumed = 0;
    HtmlDates.Found updated = null;
    int updatedEnd = 0;
    for (int tries = 0; tries < 20 && !rest.isEmpty(); tries++) {
      Optional<DateText.Found> found = DateText.locate(rest, monthFirst);
      if (found.isEmpty()) {
        break;
      }
      DateText.DateTime value = found.get().value();
      if (zone != null) {
        value = zone.localise(value, rest.substring(found.get().end()));
      }
      int start = consumed + found.get().start();
      if (plausible(value.date(), latest)) {
        if (updated != null && start - updatedEnd > NEXT_DATE_REACH) {
          break; // the update's date is the only one near it
        }
        if (!machine && updated == null && UPDATE_CUE.matcher(text.substring(Math.max(0, start - CUE_REACH), start)).find()) {
          // "Aktualisiert am 5.3., erstellt am 1.3.": the first date is the change; a published date right after it wins
          updated = new HtmlDates.Found(value, where);
          updatedEnd = consumed + found.get().end();
        } else {
          return Optional.of(new HtmlDates.Found(value, where));
        }
      }
      consumed += found.get().end();
      rest = rest.substring(found.get().end());
    }
    return Optional.ofNullable(updated);
  }

  private static Optional<HtmlDates.Found> compact(String text, String where, LocalDate latest) {
    Matcher m = COMPACT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalTime time = m.group(4) == null || Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 ? null
          : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
      return plausible(date, latest) ? Optional.of(new HtmlDates.Found(new DateText.DateTime(date, time), where)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty(); // "20220231"
    }
  }

  /** The first plausible date that a publication cue introduces. */
  static Optional<HtmlDates.Found> cued(String text, LocalDate latest, boolean monthFirst) {
    Matcher cue = PUBLISHED_CUE.matcher(text);
    while (cue.find()) {
      String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + CUE_REACH));
      Optional<DateText.Found> found = DateText.locate(after, monthFirst);
      if (found.isPresent() && found.get().start() <= CUE_GAP && plausible(found.get().value().date(), latest)) {
        return Optional.of(new HtmlDates.Found(found.get().value(), "text"));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} writes the day {@code day} anywhere, an ambiguous slash date read either way. */
  static boolean shows(String text, LocalDate day) {
    for (boolean monthFirst : new boolean[] {false, true}) {
      String rest = text;
      for (int tries = 0; tries < 200 && !rest.isEmpty(); tries++) {
        Optional<DateText.Found> found = DateText.locate(rest, monthFirst);
        if (found.isEmpty()) {
          break;
        }
        if (found.get().value().date().equals(day)) {
          return true;
        }
        rest = rest.substring(found.get().end());
      }
    }
    return false;
  }

  static boolean plausible(LocalDate date, LocalDate latest) {
    return date.getYear() >= MIN_YEAR && !date.isAfter(latest);
  }
}
