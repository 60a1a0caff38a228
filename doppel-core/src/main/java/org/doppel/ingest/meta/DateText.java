package org.doppel.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads calendar dates, and the time of day when one follows, as people write them on news pages:
 * "2019-03-03 10:42", "3 March 2019", "On 3rd March 2019", "March 3, 2019 10:42 AM",
 * "Tue 5 Mar 2019", "13/03/2019 14:05", German "5. März 2019", "05.03.2019, 14:05 Uhr" and "5. 3. 2019", month names of
 * the Romance languages, Dutch, Polish, Czech, Turkish and Russian ("3 marca 2022", "3 марта 2022"), and
 * Chinese and Japanese "2022年3月3日".
 *
 * <p>All-digit dates are read day first ("05.03.2019", "13/03/2019") unless the first number
 * cannot be a day-of-month pairing (it is above 12 while the second is not: "03/13/2019" is
 * 13 March); slashes with both numbers at most 12 are read month first only when
 * {@code monthFirst} asks for it. Years outside 1900–2099 are not dates.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateText {
  /**
   * A date with, when the text showed one, the time of day (otherwise null), and the offset from UTC the time is in
   * when that is known (a time read in UTC, or moved into a publisher's zone), else null: as written.
   */
  public record DateTime(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset) {
    public DateTime {
      if (date == null) {
        throw new IllegalArgumentException("a DateTime needs a date");
      }
      if (time == null) {
        offset = null;
      }
    }

    /** A date and time of day in no known zone: as written. */
    public DateTime(LocalDate date, @Nullable LocalTime time) {
      this(date, time, null);
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("janvier", 1), Map.entry("enero", 1),
      Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februar", 2), Map.entry("feber", 2), Map.entry("février", 2), Map.entry("febrero", 2),
      Map.entry("mar", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("mär", 3), Map.entry("mars", 3), Map.entry("marzo", 3),
      Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
      Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5),
      Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6), Map.entry("junio", 6),
      Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7), Map.entry("julio", 7),
      Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9), Map.entry("septiembre", 9),
      Map.entry("oct", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("octobre", 10), Map.entry("octubre", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11), Map.entry("noviembre", 11),
      Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dezember", 12), Map.entry("décembre", 12), Map.entry("diciembre", 12),
      // French, Spanish, Italian and Portuguese abbreviations and names not above
      Map.entry("janv", 1), Map.entry("ene", 1), Map.entry("gennaio", 1), Map.entry("janeiro", 1),
      Map.entry("févr", 2), Map.entry("fév", 2), Map.entry("febbraio", 2), Map.entry("fevereiro", 2),
      Map.entry("mrz", 3), Map.entry("maerz", 3), Map.entry("jän", 1), Map.entry("março", 3), // "Maerz" spelt without the umlaut, Austrian "Jän."
      Map.entry("febr", 2), Map.entry("fev", 2), // German "Febr." (Duden's abbreviation), Portuguese "fev."
      Map.entry("avr", 4), Map.entry("abr", 4), Map.entry("aprile", 4),
      Map.entry("maggio", 5), Map.entry("maio", 5),
      Map.entry("giugno", 6), Map.entry("junho", 6),
      Map.entry("juil", 7), Map.entry("luglio", 7), Map.entry("julho", 7),
      Map.entry("ago", 8),
      Map.entry("settembre", 9), Map.entry("setembro", 9), Map.entry("setiembre", 9),
      Map.entry("ottobre", 10), Map.entry("outubro", 10),
      Map.entry("déc", 12), Map.entry("dic", 12), Map.entry("dicembre", 12), Map.entry("dezembro", 12),
      // Dutch and Swedish names not above
      Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("mei", 5), Map.entry("augustus", 8),
      Map.entry("augusti", 8), Map.entry("maj", 5),
      // Dutch abbreviations ("14 mrt 2022"; "jan", "feb", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec" above),
      // Italian ones ("14 gen 2022", "3 mag 2021"; "feb", "mar", "apr", "ago", "nov", "dic" above) and Norwegian "desember"
      Map.entry("mrt", 3), Map.entry("gen", 1), Map.entry("mag", 5), Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("set", 9),
      Map.entry("ott", 10), Map.entry("desember", 12),
      // Polish, in the genitive that dates use and in the nominative
      Map.entry("stycznia", 1), Map.entry("styczeń", 1), Map.entry("lutego", 2), Map.entry("luty", 2), Map.entry("marca", 3),
      Map.entry("marzec", 3), Map.entry("kwietnia", 4), Map.entry("kwiecień", 4), Map.entry("maja", 5), Map.entry("czerwca", 6),
      Map.entry("czerwiec", 6), Map.entry("lipca", 7), Map.entry("lipiec", 7), Map.entry("sierpnia", 8), Map.entry("sierpień", 8),
      Map.entry("września", 9), Map.entry("wrzesień", 9), Map.entry("października", 10), Map.entry("październik", 10),
      Map.entry("listopada", 11), Map.entry("listopad", 11), Map.entry("grudnia", 12), Map.entry("grudzień", 12),
      // Czech, in the genitive
      Map.entry("ledna", 1), Map.entry("února", 2), Map.entry("března", 3), Map.entry("dubna", 4), Map.entry("května", 5),
      Map.entry("června", 6), Map.entry("července", 7), Map.entry("srpna", 8), Map.entry("září", 9), Map.entry("října", 10),
      Map.entry("listopadu", 11), Map.entry("prosince", 12),
      // Turkish
      Map.entry("ocak", 1), Map.entry("şubat", 2), Map.entry("mart", 3), Map.entry("nisan", 4), Map.entry("mayıs", 5),
      Map.entry("haziran", 6), Map.entry("temmuz", 7), Map.entry("ağustos", 8), Map.entry("eylül", 9), Map.entry("ekim", 10),
      Map.entry("kasım", 11), Map.entry("aralık", 12),
      // Russian, in the genitive
      Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4), Map.entry("мая", 5),
      Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8), Map.entry("сентября", 9), Map.entry("октября", 10),
      Map.entry("ноября", 11), Map.entry("декабря", 12));

  /** Month names and abbreviations of the languages read, longest first so that alternation prefers them. */
  static final String MONTH_NAME = "(?:" + String.join("|", MONTHS.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
  static final String WEEKDAY =
      "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?"
          + "|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\\.?,?";
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|\\.)?";
  /** A time of day right after a date: ", 14:05", " 10:42 AM", " at 9.30pm", " um 14:05 Uhr". */
  static final String TIME =
      "(?:\\s*(?:,|-|–|\\||·|at|um|à)?\\s*(\\d{1,2})[:.h](\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*([ap]\\.?m\\.?)?(?:\\s*uhr)?)?";

  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)" + YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?:[T ](\\d{1,2}):(\\d{2}))?", FLAGS);
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2" + YEAR + TIME, FLAGS);
  /** German day and month with a space after each dot, as typesetting asks: "4. 2. 2022", "4. 2.2022". */
  private static final Pattern DOTTED_SPACED = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.\\s{1,2}(\\d{1,2})\\.\\s{0,2}" + YEAR + TIME, FLAGS);
  /** German short form "28.01.22": two-digit years only with dots, read as 20yy. */
  private static final Pattern DOTTED_SHORT = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])" + TIME, FLAGS);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])" + DAY + "\\s*(?:of\\s+|de\\s+)?(" + MONTH_NAME + ")(?![\\p{L}])\\s*(?:de\\s+)?,?\\s*" + YEAR + TIME, FLAGS);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}])(" + MONTH_NAME + ")\\s+" + DAY + ",?\\s+" + YEAR + TIME, FLAGS);

  /** Chinese and Japanese "2019年3月5日", with the time that may follow. */
  private static final Pattern HAN = Pattern.compile(
      YEAR + "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日" + TIME, FLAGS);

  private DateText() {}

  /** Where in a text a date was read, and what it says. */
  public record Found(DateTime value, int start, int end) {}

  /** The first date in {@code text}, read day first when all-digit and ambiguous. */
  public static Optional<DateTime> find(String text) {
    return find(text, false);
  }

  /** The first date in {@code text}. */
  public static Optional<DateTime> find(String text, boolean monthFirst) {
    return locate(text, monthFirst).map(Found::value);
  }

  /**
   * The first date in {@code text}, with the time of day that follows it, if any, and its span.
   *
   * @param monthFirst read an ambiguous all-digit date with slashes ("03/04/2019") as month first
   */
  public static Optional<Found> locate(String text, boolean monthFirst) {
    // every form has a year or day in ASCII digits: text without one is read no further
    if (text == null || text.isEmpty() || !LineShape.hasDigit(text)) {
      return Optional.empty();
    }
    text = plainSpaces(text);
    Found best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Pattern pattern : List.of(ISO, NUMERIC, DOTTED_SPACED, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DOTTED_SHORT, HAN)) {
      Matcher m = pattern.matcher(text);
      while (m.find() && m.start() < bestStart) {
        DateTime found = read(pattern, m, monthFirst);
        if (found != null) {
          best = new Found(found, m.start(), m.end());
          bestStart = m.start();
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code text} with the no-break and thin spaces that typesetting puts inside dates ("4.&amp;thinsp;2.&amp;thinsp;2022",
   * "5.&amp;nbsp;März") made plain spaces, which the patterns' {@code \s} matches; one character for one, so offsets hold.
   */
  private static String plainSpaces(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isTypesetSpace(text.charAt(i))) {
        char[] chars = text.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (isTypesetSpace(chars[j])) {
            chars[j] = ' ';
          }
        }
        return new String(chars);
      }
    }
    return text;
  }

  private static boolean isTypesetSpace(char c) {
    return c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u2007' || c == '\u200a' || c == '\u2002' || c == '\u2003';
  }

  private static @Nullable DateTime read(Pattern pattern, Matcher m, boolean monthFirst) {
    try {
      if (pattern == ISO || pattern == HAN) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new DateTime(date, time(m.group(4), m.group(5), null));
      }
      if (pattern == NUMERIC) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean swap = first <= 12 && (second > 12 || (monthFirst && "/".equals(m.group(2))));
        int day = swap ? second : first;
        int month = swap ? first : second;
        return new DateTime(LocalDate.of(Integer.parseInt(m.group(4)), month, day), time(m.group(5), m.group(6), m.group(7)));
      }
      if (pattern == DOTTED_SPACED) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        return new DateTime(date, time(m.group(4), m.group(5), m.group(6)));
      }
      if (pattern == DOTTED_SHORT) {
        LocalDate date = LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        return new DateTime(date, time(m.group(4), m.group(5), m.group(6)));
      }
      if (pattern == DAY_MONTH_YEAR) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        return new DateTime(date, time(m.group(4), m.group(5), m.group(6)));
      }
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      return new DateTime(date, time(m.group(4), m.group(5), m.group(6)));
    } catch (DateTimeException | NullPointerException e) {
      return null; // "31 February" or an unknown month word: not a date, keep looking
    }
  }

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    Integer month = MONTHS.get(key);
    if (month == null) {
      throw new NullPointerException("no month " + name);
    }
    return month;
  }

  private static @Nullable LocalTime time(@Nullable String hours, @Nullable String minutes, @Nullable String meridiem) {
    if (hours == null || minutes == null) {
      return null;
    }
    int h = Integer.parseInt(hours);
    int min = Integer.parseInt(minutes);
    if (meridiem != null) {
      boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || min > 59) {
      return null;
    }
    return LocalTime.of(h, min);
  }
}
