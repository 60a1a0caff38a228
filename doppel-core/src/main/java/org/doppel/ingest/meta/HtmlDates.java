package org.doppel.ingest.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's publication date, in the order htmldate trusts the sources: a full date in the URL
 * path ("/2019/03/05/", "/20190305": {@link UrlDates}), publication meta tags and JSON-LD {@code datePublished}
 * ({@link DeclaredDates}), {@code <time>} elements and {@code itemprop} marks, elements whose class or id speaks of
 * dates ("post-date", "datum", "byline"), and at last a date the visible text introduces as the
 * publication's ("Veröffentlicht am", "Stand:", "Published", "Artikel vom"), else its first date ({@link ShownDates}).
 * When the metadata declares the article's dates on different days (meta tag against JSON-LD, publication against last
 * change), the one the visible text shows first wins. Otherwise modification dates are a last resort:
 * a {@code <time>} marked as the last change is passed over, and in text a date after "Aktualisiert
 * am" or "Updated" gives way to a date right after it. Dates before
 * {@value DateReader#MIN_YEAR} or after tomorrow are taken for noise (copyright years, event dates,
 * birthdays) and skipped ({@link DateReader}). Dates in the site's masthead (the day of viewing, a weather line), in
 * teasers, comments and side boxes are other things' dates, and an ambiguous slash date is read in the order the
 * page writes its other slash dates ({@link SlashDates}).
 */
final class HtmlDates {
  private HtmlDates() {}

  /** A page date and where it was found (the evidence: "url", "json-ld", "meta:pubdate", "time", "text", …). */
  record Found(DateText.DateTime value, String where) {}

  /**
   * @param blocks the page's short text blocks ({@link ShortBlocks}), in document order: where a page
   *     shows its datelines
   * @param captured when an archive captured the page (UTC), or null: a time the text gives relative to then
   *     ("vor 3 Stunden") dates the page when nothing else does
   */
  static Optional<Found> find(Document page, @Nullable String pageUrl, JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone,
      List<ShortBlocks.Block> blocks, @Nullable LocalDateTime captured) {
    // every date candidate asks DatesElsewhere where it stands: the page's outline is worked out once for them all
    PageOutline outer = PageOutline.enter(page);
    try {
      return findIn(page, pageUrl, ld, meta, latest, zone, blocks, captured);
    } finally {
      PageOutline.leave(outer);
    }
  }

  private static Optional<Found> findIn(Document page, @Nullable String pageUrl, JsonLd.Facts ld, MetaTags meta, LocalDate latest,
      PageZone zone, List<ShortBlocks.Block> blocks, @Nullable LocalDateTime captured) {
    // the sources in the order of their trust: like htmldate, a full date in the URL path wins, as it is set once,
    // when the article is published; then what the page declares for machines; then what it shows
    Element body = page.body();
    boolean monthFirst = SlashDates.monthFirst(blocks);
    // the visible text, read once and only when the sources before it give no date
    String[] text = new String[1];
    Supplier<String> head = () -> text[0] != null ? text[0] : (text[0] = DateReader.visibleHead(body));
    return UrlDates.find(pageUrl, latest)
        .map(url -> body == null ? url : shownOverUrl(url, DeclaredDates.published(ld, meta, latest, zone, blocks, body), head))
        .or(() -> DeclaredDates.published(ld, meta, latest, zone, blocks, body))
        .or(() -> ShownDates.fromTimeElements(page, latest, zone, monthFirst))
        .or(() -> body == null ? Optional.empty() : ShownDates.markedElements(body, latest, monthFirst))
        // a date the text introduces as the publication's before the weak meta names, which templates carry unchanged
        // from page to page ("<meta name="date">" of the day the template was made)
        .or(() -> body == null ? Optional.empty() : DateReader.cued(head.get(), latest, monthFirst))
        .or(() -> DeclaredDates.weak(meta, latest, zone)
            .filter(weak -> body == null || shownOrNoneShown(head.get(), weak.value().date(), latest, monthFirst)))
        // where no date is introduced as the publication's: the text's first date, else the last change declared, else
        // (for an archived page) a time relative to the capture
        .or(() -> body == null ? Optional.empty() : ShownDates.firstInText(body, head.get(), latest, monthFirst))
        .or(() -> DeclaredDates.modified(ld, meta, latest, zone))
        .or(() -> body == null || captured == null ? Optional.empty() : RelativeDates.first(head.get(), captured)
            .map(moment -> new Found(new DateText.DateTime(moment.toLocalDate(), null), "text:relative"))) // a UTC day: no local time
        // no full date anywhere: a dateline of day and month, in the year the URL or the copyright notice gives
        .or(() -> YearlessDates.find(blocks, pageUrl, body, latest).map(day -> new Found(new DateText.DateTime(day, null), "text:yearless")));
  }

  /**
   * The URL's day, unless the page declares another publication day (a meta tag, JSON-LD) and shows that day and never the
   * URL's: a CMS that writes the day into the path when the article is created keeps it when the article goes out later
   * (written before midnight, published the next morning; a draft published days after), and the reader sees the day it
   * went out. A last change's day shown is no publication day, so the URL wins over it.
   */
  private static Found shownOverUrl(Found url, Optional<Found> declared, Supplier<String> text) {
    if (declared.isEmpty() || declared.get().value().date().equals(url.value().date()) || !DeclaredDates.isPublication(declared.get())) {
      return url; // the page's text is read only when the two days differ
    }
    LocalDate day = declared.get().value().date();
    return DateReader.shows(text.get(), day) && !DateReader.shows(text.get(), url.value().date()) ? declared.get() : url;
  }

  /**
   * Whether a weak meta tag's day ({@code <meta name="date">}, which templates carry unchanged from page to page) may date
   * the page: the text shows that day, or shows no date at all. A text that shows other days but never the tag's has
   * its own date, which the first date of the text gives.
   */
  private static boolean shownOrNoneShown(String text, LocalDate day, LocalDate latest, boolean monthFirst) {
    return DateReader.shows(text, day) || DateReader.read(text, "text", latest, false, null, monthFirst).isEmpty();
  }
}
