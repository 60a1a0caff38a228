package org.doppel.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's publication date, in the order htmldate trusts the sources: a full date in the URL
 * path ("/2019/03/05/", "/20190305"), publication meta tags, JSON-LD {@code datePublished},
 * {@code <time>} elements and {@code itemprop} marks, elements whose class or id speaks of dates
 * ("post-date", "datum", "byline"), and at last a date the visible text introduces as the
 * publication's ("Veröffentlicht am", "Stand:", "Published", "Artikel vom"), else its first date. When the metadata
 * declares the article's dates on different days (meta tag against JSON-LD, publication against last
 * change), the one the visible text shows first wins. Otherwise modification dates are a last resort:
 * a {@code <time>} marked as the last change is passed over, and in text a date after "Aktualisiert
 * am" or "Updated" gives way to a date right after it. Dates before
 * {@value #MIN_YEAR} or after tomorrow are taken for noise (copyright years, event dates,
 * birthdays) and skipped. Dates in the site's masthead (the day of viewing, a weather line), in teasers,
 * comments and side boxes are other things' dates, and an ambiguous slash date is read in the order the
 * page writes its other slash dates ({@link SlashDates}).
 */
final class HtmlDates {
  static final int MIN_YEAR = 1995;
  private static final int MAX_TEXT = 20_000;
  private static final Evaluator LISTED = QueryParser.parse("[class~=(?i)list-?item|teaser|related|recommend|comment]");
  /** Marks of a last change's date, which the page's publication date comes before: {@code class="updated"}, {@code itemprop="dateModified"}. */
  private static final Evaluator CHANGED = QueryParser.parse(
      "[class~=(?i)updated|modified|aktualisiert|last-?change], [itemprop~=(?i)dateModified]");
  private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time", "article:published",
      "og:published_time", "published_time", "publishdate", "publish-date", "publish_date", "pubdate",
      "publication_date", "date.published", "article.published", "dc.date.issued", "dcterms.issued", "dc.date.created",
      "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date", "sailthru.date", "parsely-pub-date",
      "datecreated", "article:post_date", "bt:pubdate", "originalpublicationdate", "displaydate",
      // names that news CMSs and their analytics tags (cXense) use, from htmldate's and newspaper's lists
      "cxenseparse:recs:publishtime", "article_date_original", "date_published", "published-date", "article.created",
      "dc.created", "dc:created", "dc.date.publication", "rnews:datepublished", "item-publish-date"};
  /** Names that sites also use for the last change: trusted only after the page's own date marks. */
  private static final String[] WEAK_META = {"date", "dc.date", "dc:date", "dcterms.date", "created", "timestamp", "og:updated_time"};
  private static final String[] MODIFIED_META = {"article:modified_time", "og:modified_time", "datemodified", "dc.date.modified",
      "dcterms.modified", "last-modified", "lastmod", "revised"};
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
  private static final Pattern DATE_CLASS = Pattern.compile(
      "(?i)date|datum|time|publish|posted|created|byline|author|meta|info|category|dateline|submitted|zeit|footer");

  private HtmlDates() {}

  record Found(DateText.DateTime value, String where) {}

  /**
   * @param blocks the page's short text blocks ({@link ShortBlocks}), in document order: where a page
   *     shows its datelines
   * @param captured when an archive captured the page (UTC), or null: a time the text gives relative to then
   *     ("vor 3 Stunden") dates the page when nothing else does
   */
  static Optional<Found> find(Document page, @Nullable String pageUrl, JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone,
      List<ShortBlocks.Block> blocks, @Nullable LocalDateTime captured) {
    // the sources in the order of their trust: like htmldate, a full date in the URL path wins, as it is set once,
    // when the article is published; then what the page declares for machines; then what it shows
    Element body = page.body();
    boolean monthFirst = SlashDates.monthFirst(blocks);
    // the visible text, read once and only when the sources before it give no date
    String[] text = new String[1];
    java.util.function.Supplier<String> head = () -> text[0] != null ? text[0] : (text[0] = visibleHead(body));
    return fromUrl(pageUrl, latest)
        .map(url -> body == null ? url : shownOverUrl(url, declared(ld, meta, latest, zone, blocks, body), head))
        .or(() -> declared(ld, meta, latest, zone, blocks, body))
        .or(() -> fromTimeElements(page, latest, zone, monthFirst))
        .or(() -> body == null ? Optional.empty() : markedElements(body, latest, monthFirst))
        // a date the text introduces as the publication's before the weak meta names, which templates carry unchanged
        // from page to page ("<meta name="date">" of the day the template was made)
        .or(() -> body == null ? Optional.empty() : cued(head.get(), latest, monthFirst))
        .or(() -> read(meta.first(WEAK_META), "meta:" + meta.firstName(WEAK_META), latest, true, zone)
            .filter(weak -> body == null || shownOrNoneShown(head.get(), weak.value().date(), latest, monthFirst)))
        .or(() -> body == null ? modified(ld, meta, latest, zone)
            : fromText(body, head.get(), ld, meta, latest, zone, captured, monthFirst))
        // no full date anywhere: a dateline of day and month, in the year the URL or the copyright notice gives
        .or(() -> YearlessDates.find(blocks, pageUrl, body, latest).map(day -> new Found(new DateText.DateTime(day, null), "text:yearless")));
  }

  /**
   * The URL's day, unless the page declares another publication day (a meta tag, JSON-LD) and shows that day and never the
   * URL's: a CMS that writes the day into the path when the article is created keeps it when the article goes out later
   * (written before midnight, published the next morning; a draft published days after), and the reader sees the day it
   * went out. A last change's day shown is no publication day, so the URL wins over it.
   */
  private static Found shownOverUrl(Found url, Optional<Found> declared, java.util.function.Supplier<String> text) {
    if (declared.isEmpty() || declared.get().value().date().equals(url.value().date())
        || !DECLARED_PUBLICATION.matcher(declared.get().where()).matches()) {
      return url; // the page's text is read only when the two days differ
    }
    LocalDate day = declared.get().value().date();
    return shows(text.get(), day) && !shows(text.get(), url.value().date()) ? declared.get() : url;
  }

  /** Evidence of a declared publication day: a publication meta tag or JSON-LD's, not a last change's. */
  private static final Pattern DECLARED_PUBLICATION = Pattern.compile("json-ld|meta:(?!modified$).+");

  /** The publication date that a meta tag or JSON-LD declares; with several, the one the page shows first. */
  private static Optional<Found> declared(JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone,
      List<ShortBlocks.Block> blocks, @Nullable Element body) {
    List<Found> declared = new ArrayList<>();
    for (String[] candidate : new String[][] {
        {meta.first(PUBLISHED_META), "meta:" + meta.firstName(PUBLISHED_META)},
        {ld.datePublished(), "json-ld"}, {ld.dateCreated(), "json-ld"}, {meta.first("datepublished"), "meta:itemprop"}}) {
      read(candidate[0], candidate[1], latest, true, zone).ifPresent(declared::add);
    }
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Optional<Found> overTemplate = labelledOverTemplate(declared, body, latest);
    if (overTemplate.isPresent()) {
      return overTemplate;
    }
    modified(ld, meta, latest, zone).ifPresent(declared::add);
    return Optional.of(datelined(declared, body).orElseGet(() -> shownFirst(declared, blocks)));
  }

  /**
   * Dublin Core's date tags ("DC.date.created", "dcterms.issued"), which hand-made and older CMS templates write once for the
   * whole site, so that every page declares the day the template was made.
   */
  private static final Pattern TEMPLATE_META = Pattern.compile("(?i)meta:(?:dc[.:]|dcterms[.:]).*");

  /**
   * A date the text introduces as the publication's ("Date: 08/04/2013", "Veröffentlicht am …"), when the only declared
   * publication date is a Dublin Core tag of an earlier day that the page shows nowhere: the template's day, not the
   * article's. A template is made before the articles it serves; an article's own tag names a day its page shows.
   */
  private static Optional<Found> labelledOverTemplate(List<Found> declared, @Nullable Element body, LocalDate latest) {
    if (body == null || !declared.stream().allMatch(found -> TEMPLATE_META.matcher(found.where()).matches())) {
      return Optional.empty();
    }
    LocalDate day = declared.get(0).value().date();
    if (declared.stream().anyMatch(found -> !found.value().date().equals(day))) {
      return Optional.empty();
    }
    String head = visibleHead(body);
    Optional<Found> labelled = cued(head, latest, false);
    if (labelled.isEmpty() || !labelled.get().value().date().isAfter(day) || shows(head, day)) {
      return Optional.empty();
    }
    return labelled;
  }

  /**
   * Whether a weak meta tag's day ({@code <meta name="date">}, which templates carry unchanged from page to page) may date
   * the page: the text shows that day, or shows no date at all. A text that shows other days but never the tag's has
   * its own date, which the first date of the text gives.
   */
  private static boolean shownOrNoneShown(String text, LocalDate day, LocalDate latest, boolean monthFirst) {
    return shows(text, day) || read(text, "text", latest, false, null, monthFirst).isEmpty();
  }

  /** Whether {@code text} writes the day {@code day} anywhere, an ambiguous slash date read either way. */
  private static boolean shows(String text, LocalDate day) {
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

  /** The date of a {@code <time>} element (or its microformat kin): marked as the publication's first, then any. */
  private static Optional<Found> fromTimeElements(Document page, LocalDate latest, PageZone zone, boolean monthFirst) {
    // hAtom's microformat gives the machine-readable date in the title of abbr.published ("<abbr class="published"
    // title="2022-03-04T10:00:00+01:00">vor zwei Tagen</abbr>"), as htmldate reads it
    for (Element time : page.select("time[datetime][pubdate], time[datetime][itemprop~=(?i)datePublished|dateCreated],"
        + " time[datetime][class~=(?i)publish|entry-date|created], [itemprop~=(?i)^datePublished$], abbr.published[title]")) {
      if (time.closest(LISTED) != null) {
        continue; // another article's date in a list of links
      }
      String value = time.hasAttr("datetime") ? time.attr("datetime") : time.hasAttr("content") ? time.attr("content")
          : time.normalName().equals("abbr") && time.hasAttr("title") ? time.attr("title") : time.text();
      Optional<Found> found = read(value, "time", latest, true, zone);
      if (found.isPresent()) {
        return found;
      }
    }
    for (Element time : page.select("time[datetime]")) {
      if (DatesElsewhere.isElsewhere(time) || time.closest(CHANGED) != null) {
        continue;
      }
      Optional<Found> found = read(time.attr("datetime"), "time", latest, true, zone);
      if (found.isPresent()) {
        return found;
      }
    }
    for (Element time : page.select("time, abbr.published, abbr.updated, span.date")) {
      if (DatesElsewhere.isElsewhere(time) || time.closest(CHANGED) != null) {
        continue;
      }
      Optional<Found> found = read(time.text(), "time", latest, false, null, monthFirst);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * A date from the page's text ({@code head}, its first characters), where no date is introduced as the publication's:
   * its first date, else the last change declared, else (for an archived page) a time relative to the capture.
   */
  private static Optional<Found> fromText(Element body, String head, JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone,
      @Nullable LocalDateTime captured, boolean monthFirst) {
    // a date the text introduces as the publication's ("Veröffentlicht am", "Stand:", "Published") was looked for before
    // the weak meta names
    // the first date of the text, as htmldate's extensive search; far down a long page it is rarely the article's.
    // Inside a paragraph of prose it is often an event the article reports: kept as the page's date (annotators
    // take it on some pages) but marked, so that provenance does not read it as the publication's (ProseDates)
    Optional<Found> found = read(head, "text", latest, false, null, monthFirst);
    if (found.isEmpty()) {
      // the headline's date, left out of the text above: a page whose only date is there ("Pressemitteilung vom 14.03.2022")
      Element headline = body.selectFirst("h1");
      found = headline == null ? found : read(headline.text(), "text", latest, false, null, monthFirst);
    }
    if (found.isPresent()) {
      return ProseDates.inProse(body, found.get().value().date())
          ? Optional.of(new Found(found.get().value(), ArticleMetadata.PROSE_DATE)) : found;
    }
    Optional<Found> changed = modified(ld, meta, latest, zone);
    if (changed.isPresent() || captured == null) {
      return changed;
    }
    return RelativeDates.first(head, captured)
        .map(moment -> new Found(new DateText.DateTime(moment.toLocalDate(), null), "text:relative")); // a UTC day: no local time
  }

  /** The first {@value #MAX_TEXT} characters of the body's text, without a box that shows today's date and other places of other things' dates. */
  private static String visibleHead(Element body) {
    String text = DatesElsewhere.withoutTodaysDate(body, DatesElsewhere.textOutside(body));
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** The last change's date that JSON-LD or a meta tag declares. */
  private static Optional<Found> modified(JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone) {
    return read(ld.dateModified(), "json-ld:modified", latest, true, zone)
        .or(() -> read(meta.first(MODIFIED_META), "meta:modified", latest, true, zone));
  }

  /**
   * Of the days the metadata declares for the article ({@code declared}: its publication dates by
   * trust, then its last change), the one the page's short text blocks (where datelines stand) show
   * first; the first declared when they show none of them or they all fall on one day. Readers, and
   * those who date pages by hand, take the date the page shows: "Last updated 4 June 2020" over a
   * {@code datePublished} of the year before, a recipe's shown revision over its first version, the
   * meta tag's day over a JSON-LD block's a day off. On the fit part, of the 21 pages whose metadata
   * give different days (and whose URL gives none), the day the page shows first was the annotated
   * one on 18 of the 19 where it shows one (on the 19th the annotation is none of them), the first
   * declared on the 2 where it shows none.
   */
  /**
   * A dateline that opens one of the article's first paragraphs, as press releases and agency copy print it: the place,
   * a comma, the day, a dash ("Musterstadt, 10.09.2024 – Das Landesamt …", "Berlin, den 3. März 2024 – …").
   */
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}./ -]{1,40},\\s+(?:den\\s+)?(.{6,25}?)\\s*[–—-]\\s");
  private static final int DATELINE_PARAGRAPHS = 8;

  /**
   * Of the days the metadata declares, the one that a dateline opening the article's text gives: it is the release's
   * day, where a footer's "Stand:" or a download's date is the last change's. Only when the declared days differ.
   */
  private static Optional<Found> datelined(List<Found> declared, @Nullable Element body) {
    if (body == null || declared.stream().allMatch(found -> found.value().date().equals(declared.get(0).value().date()))) {
      return Optional.empty();
    }
    int seen = 0;
    for (Element paragraph : body.getElementsByTag("p")) {
      if (DatesElsewhere.isElsewhere(paragraph)) {
        continue;
      }
      if (++seen > DATELINE_PARAGRAPHS) {
        break;
      }
      Matcher dateline = DATELINE.matcher(paragraph.text());
      if (dateline.find()) {
        Optional<DateText.Found> day = DateText.locate(dateline.group(1), false);
        for (Found found : declared) {
          if (day.isPresent() && found.value().date().equals(day.get().value().date())) {
            return Optional.of(found);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Found shownFirst(List<Found> declared, List<ShortBlocks.Block> blocks) {
    Found first = declared.get(0);
    if (declared.stream().allMatch(found -> found.value().date().equals(first.value().date()))) {
      return first;
    }
    // datelines stand in short blocks; reading those alone spares a date search over the whole text
    for (ShortBlocks.Block block : blocks) {
      if (DatesElsewhere.isElsewhere(block.element())) {
        continue; // the masthead's day of viewing, a teaser's or a comment's date: shown, but not the article's
      }
      String rest = DatesElsewhere.withoutTodaysDate(block.element(), block.text());
      for (int tries = 0; tries < 4; tries++) {
        Optional<DateText.Found> shown = DateText.locate(rest, false);
        if (shown.isEmpty()) {
          break;
        }
        if (PRINT_CUE.matcher(rest.substring(Math.max(0, shown.get().start() - CUE_REACH), shown.get().start())).find()) {
          rest = rest.substring(shown.get().end()); // the print edition's day: the paper's, not the online article's
          continue;
        }
        // an ambiguous slash date ("3/12/2024") is read both ways: the declared days say which one the page means
        Optional<DateText.Found> monthFirst = DateText.locate(rest, true);
        for (Found found : declared) {
          if (found.value().date().equals(shown.get().value().date()) || monthFirst.isPresent()
              && monthFirst.get().start() == shown.get().start() && found.value().date().equals(monthFirst.get().value().date())) {
            return found;
          }
        }
        rest = rest.substring(shown.get().end());
      }
    }
    return first;
  }

  /** The first date in an element whose class or id speaks of dates. */
  private static Optional<Found> markedElements(Element body, LocalDate latest, boolean monthFirst) {
    for (Element element : body.select("*")) {
        String marks = element.className() + " " + element.id();
        if (marks.isBlank() || !DATE_CLASS.matcher(marks).find() || DatesElsewhere.isElsewhere(element)) {
          continue;
        }
        String text = ShortBlocks.boundedText(element);
        if (text == null) {
          continue; // a container's whole text is no date field
        }
        Optional<Found> found = read(text, "text", latest, false, null, monthFirst);
        if (found.isPresent()) {
          return found;
        }
    }
    return Optional.empty();
  }

  static Optional<Found> fromUrl(@Nullable String url, LocalDate latest) {
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
        if (plausible(date, latest)) {
          return Optional.of(new Found(new DateText.DateTime(date, null), "url"));
        }
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The first plausible date in {@code text}; with {@code machine} true, American slashes are read month first. */
  private static Optional<Found> read(@Nullable String text, String where, LocalDate latest, boolean machine) {
    return read(text, where, latest, machine, null);
  }

  /** As above; a machine timestamp with an offset is moved into {@code zone} when one is given. */
  private static Optional<Found> read(@Nullable String text, String where, LocalDate latest, boolean machine, @Nullable PageZone zone) {
    return read(text, where, latest, machine, zone, machine);
  }

  /** As above; with {@code monthFirst}, an ambiguous slash date in text is read month first, as the page writes its others. */
  private static Optional<Found> read(@Nullable String text, String where, LocalDate latest, boolean machine, @Nullable PageZone zone,
      boolean monthFirst) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (machine) {
      Optional<Found> compact = compact(text, where, latest);
      if (compact.isPresent()) {
        return compact;
      }
    }
    String rest = text;
    int consumed = 0;
    Found updated = null;
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
          updated = new Found(value, where);
          updatedEnd = consumed + found.get().end();
        } else {
          return Optional.of(new Found(value, where));
        }
      }
      consumed += found.get().end();
      rest = rest.substring(found.get().end());
    }
    return Optional.ofNullable(updated);
  }

  /**
   * A machine value written without separators, as some CMSs fill their date tags ({@code <meta name="pubdate"
   * content="20220314">}, "20220314140500"): the year, month and day, then at most the time's digits.
   */
  private static final Pattern COMPACT = Pattern.compile("\\s*((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:(\\d{2})(\\d{2})(?:\\d{2})?)?\\s*");

  private static Optional<Found> compact(String text, String where, LocalDate latest) {
    Matcher m = COMPACT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      LocalTime time = m.group(4) == null || Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 ? null
          : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
      return plausible(date, latest) ? Optional.of(new Found(new DateText.DateTime(date, time), where)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty(); // "20220231"
    }
  }

  /** The first plausible date that a publication cue introduces. */
  private static Optional<Found> cued(String text, LocalDate latest, boolean monthFirst) {
    Matcher cue = PUBLISHED_CUE.matcher(text);
    while (cue.find()) {
      String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + CUE_REACH));
      Optional<DateText.Found> found = DateText.locate(after, monthFirst);
      if (found.isPresent() && found.get().start() <= CUE_GAP && plausible(found.get().value().date(), latest)) {
        return Optional.of(new Found(found.get().value(), "text"));
      }
    }
    return Optional.empty();
  }

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

  /**
   * Words that name the date after them as a print edition's: "Erschienen in der Ausgabe vom", "Print: ", "Printausgabe vom",
   * "Print edition:", "In print:". A newspaper's archive page shows the day the article was printed, often the day after it went
   * online, and declares it as the last change; the article's own date is the online one.
   */
  private static final Pattern PRINT_CUE = Pattern.compile(
      "(?iu)(?:\\bprint(?:-?ausgabe)?|\\bausgabe|zeitungsausgabe|print\\s+edition|in\\s+print|printed|gedruckt)\\b[^.!?\\d]{0,12}$");

  /** Words that mark the date after them as a change, not the publication: "Aktualisiert am", "Updated:", "mis à jour le". */
  private static final Pattern UPDATE_CUE = Pattern.compile(
      "(?iu)(?:aktualisiert|geändert|bearbeitet|updated|modified|mis à jour|actualizado|aggiornato)\\b[^.!?\\d]{0,25}$");
  private static final int CUE_REACH = 40;
  /** How far after a change's date a publication date may stand to be taken instead. */
  private static final int NEXT_DATE_REACH = 200;

  private static boolean plausible(LocalDate date, LocalDate latest) {
    return date.getYear() >= MIN_YEAR && !date.isAfter(latest);
  }
}
