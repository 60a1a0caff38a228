package org.doppel.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The publication day that a page's URL writes, for {@link HtmlDates}: the source it trusts first, as htmldate does, since a
 * CMS sets it once, when the article is published.
 */
final class UrlDates {
  /**
   * A full date in the URL: in the path ("/2019/03/05/", "/20190305"), and, as older CMSs and hand-made sites name their
   * files and queries, in a file name or a query value ("artikel_2011_06_08.html", "news-2019-03-05.html",
   * "?id=412&amp;datum=20120612"). Eight digits in a row count only after a slash, an underscore or an equals sign: after a
   * hyphen they are as often an article number.
   */
  private static final Pattern URL_DATE = Pattern.compile(
      "(?:[/_=-]((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])|[/_=]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))"
          + "(?:[/_.&#-]|$)"
          + "|[/_-](0?[1-9]|[12]\\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\\d{2})(?:[/_.-]|$)");

  private UrlDates() {}

  /** The first full date in {@code url}, when it is plausible ({@link DateReader#plausible}). */
  static Optional<HtmlDates.Found> find(@Nullable String url, LocalDate latest) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      try {
        LocalDate date = m.group(1) != null
            ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
            : m.group(4) != null
                ? LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)))
                : LocalDate.of(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(7)));
        if (DateReader.plausible(date, latest)) {
          return Optional.of(new HtmlDates.Found(new DateText.DateTime(date, null), "url"));
        }
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
