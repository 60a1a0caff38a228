package org.doppel.ingest.meta;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The dates a page shows its reader, for {@link HtmlDates}: {@code <time>} elements and {@code itemprop} marks, elements
 * whose class or id speaks of dates ("post-date", "datum", "byline"), and the first date of the text. Dates in the
 * site's masthead (the day of viewing, a weather line), in teasers, comments and side boxes are other things' dates
 * ({@link DatesElsewhere}).
 */
final class ShownDates {
  private static final Evaluator LISTED = QueryParser.parse("[class~=(?i)list-?item|teaser|related|recommend|comment]");
  /** Marks of a last change's date, which the page's publication date comes before: {@code class="updated"}, {@code itemprop="dateModified"}. */
  private static final Evaluator CHANGED = QueryParser.parse(
      "[class~=(?i)updated|modified|aktualisiert|last-?change], [itemprop~=(?i)dateModified]");
  private static final Pattern DATE_CLASS = Pattern.compile(
      "(?i)date|datum|time|publish|posted|created|byline|author|meta|info|category|dateline|submitted|zeit|footer");

  private ShownDates() {}

  /** The date of a {@code <time>} element (or its microformat kin): marked as the publication's first, then any. */
  static Optional<HtmlDates.Found> fromTimeElements(Document page, LocalDate latest, PageZone zone, boolean monthFirst) {
    // hAtom's microformat gives the machine-readable date in the title of abbr.published ("<abbr class="published"
    // title="2022-03-04T10:00:00+01:00">vor zwei Tagen</abbr>"), as htmldate reads it
    for (Element time : page.select("time[datetime][pubdate], time[datetime][itemprop~=(?i)datePublished|dateCreated],"
        + " time[datetime][class~=(?i)publish|entry-date|created], [itemprop~=(?i)^datePublished$], abbr.published[title]")) {
      if (time.closest(LISTED) != null) {
        continue; // another article's date in a list of links
      }
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.hasAttr("content") ? time.attr("content")
          : time.normalName().equals("abbr") && time.hasAttr("title") ? time.attr("title") : time.text();
      Optional<HtmlDates.Found> found = DateReader.read(value, "time", latest, true, zone);
      if (found.isPresent()) {
        return found;
      }
    }
    for (Element time : page.select("time[datetime]")) {
      if (DatesElsewhere.isElsewhere(time) || time.closest(CHANGED) != null) {
        continue;
      }
      Optional<HtmlDates.Found> found = DateReader.read(time.attr("datetime"), "time", latest, true, zone);
      if (found.isPresent()) {
        return found;
      }
    }
    for (Element time : page.select("time, abbr.published, abbr.updated, span.date")) {
      if (DatesElsewhere.isElsewhere(time) || time.closest(CHANGED) != null) {
        continue;
      }
      Optional<HtmlDates.Found> found = DateReader.read(time.text(), "time", latest, false, null, monthFirst);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The first date in an element whose class or id speaks of dates. */
  static Optional<HtmlDates.Found> markedElements(Element body, LocalDate latest, boolean monthFirst) {
    for (Element element : body.select("*")) {
      String marks = element.className() + " " + element.id();
      if (marks.isBlank() || !DATE_CLASS.matcher(marks).find() || DatesElsewhere.isElsewhere(element)) {
        continue;
      }
      String text = ShortBlocks.boundedText(element);
      if (text == null) {
        continue; // a container's whole text is no date field
      }
      Optional<HtmlDates.Found> found = DateReader.read(text, "text", latest, false, null, monthFirst);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The first date of the page's text ({@code head}, its first characters), as htmldate's extensive search; far down a
   * long page it is rarely the article's. Inside a paragraph of prose it is often an event the article reports: kept as
   * the page's date (annotators take it on some pages) but marked, so that provenance does not read it as the
   * publication's ({@link ProseDates}).
   */
  static Optional<HtmlDates.Found> firstInText(Element body, String head, LocalDate latest, boolean monthFirst) {
    Optional<HtmlDates.Found> found = DateReader.read(head, "text", latest, false, null, monthFirst);
    if (found.isEmpty()) {
      // the headline's date, left out of the text above: a page whose only date is there ("Pressemitteilung vom 14.03.2022")
      Element headline = body.selectFirst("h1");
      found = headline == null ? found : DateReader.read(headline.text(), "text", latest, false, null, monthFirst);
    }
    if (found.isPresent()) {
      return ProseDates.inProse(body, found.get().value().date())
          ? Optional.of(new HtmlDates.Found(found.get().value(), ArticleMetadata.PROSE_DATE)) : found;
    }
    return found;
  }
}
