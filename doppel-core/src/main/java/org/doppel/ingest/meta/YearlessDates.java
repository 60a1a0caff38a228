package org.doppel.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A dateline that gives the day and month without the year ("4. Juli", "Fr., 4. Juli, 14:05 Uhr", "4 July"), as weeklies
 * and local sites print the current year's articles, dated with the year the page's URL path gives ("/2024/"), else the
 * year of its copyright notice ("© 2024"). Read only where the page gives no full date anywhere. Stateless and thread-safe.
 */
final class YearlessDates {
  private static final Pattern DAY_MONTH = Pattern.compile(
      "^(?:(?:" + DateText.WEEKDAY + ")\\s*)?(?:am\\s+)?(\\d{1,2})\\.?\\s*(" + DateText.MONTH_NAME + ")(?![\\p{L}\\d])"
          + "(?:\\s*,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");
  private static final Pattern COPYRIGHT_YEAR = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*((?:19|20)\\d{2})(?!\\d)",
      Pattern.CASE_INSENSITIVE);

  private YearlessDates() {}

  /** The first yearless dateline among {@code blocks} (outside other things' places), dated with the page's year. */
  static Optional<LocalDate> find(List<ShortBlocks.Block> blocks, @Nullable String url, @Nullable Element body, LocalDate latest) {
    for (ShortBlocks.Block block : blocks) {
      Matcher dateline = DAY_MONTH.matcher(block.text());
      if (!dateline.matches() || DatesElsewhere.isElsewhere(block.element())) {
        continue;
      }
      Integer year = year(url, body);
      if (year == null) {
        return Optional.empty();
      }
      try {
        LocalDate date = LocalDate.of(year, DateText.month(dateline.group(2)), Integer.parseInt(dateline.group(1)));
        return date.isAfter(latest) ? Optional.empty() : Optional.of(date);
      } catch (DateTimeException | NullPointerException e) {
        return Optional.empty(); // "30. Februar", or a month word DateText does not read
      }
    }
    return Optional.empty();
  }

  private static @Nullable Integer year(@Nullable String url, @Nullable Element body) {
    Matcher inUrl = URL_YEAR.matcher(url == null ? "" : url);
    if (inUrl.find()) {
      return Integer.parseInt(inUrl.group(1));
    }
    Matcher copyright = COPYRIGHT_YEAR.matcher(body == null ? "" : body.text());
    return copyright.find() ? Integer.parseInt(copyright.group(1)) : null;
  }
}
