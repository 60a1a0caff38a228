package org.doppel.ingest.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The dates a page declares for machines, for {@link HtmlDates}: publication meta tags and JSON-LD's {@code datePublished}
 * ({@link #published}), the weak meta names that sites also use for the last change ({@link #weak}), and the last change
 * ({@link #modified}). When the metadata declares the article's dates on different days (meta tag against JSON-LD,
 * publication against last change), the one the visible text shows first wins.
 */
final class DeclaredDates {
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

  /** Evidence of a declared publication day: a publication meta tag or JSON-LD's, not a last change's. */
  private static final Pattern DECLARED_PUBLICATION = Pattern.compile("json-ld|meta:(?!modified$).+");

  /**
   * Dublin Core's date tags ("DC.date.created", "dcterms.issued"), which hand-made and older CMS templates write once for the
   * whole site, so that every page declares the day the template was made.
   */
  private static final Pattern TEMPLATE_META = Pattern.compile("(?i)meta:(?:dc[.:]|dcterms[.:]).*");

  /**
   * A dateline that opens one of the article's first paragraphs, as press releases and agency copy print it: the place,
   * a comma, the day, a dash ("Elmbruck, 10.09.2024 – Der Wasserverband …", "Berlin, den 3. März 2024 – …").
   */
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}./ -]{1,40},\\s+(?:den\\s+)?(.{6,25}?)\\s*[–—-]\\s");
  private static final int DATELINE_PARAGRAPHS = 8;

  /**
   * Words that name the date after them as a print edition's: "Erschienen in der Ausgabe vom", "Print: ", "Printausgabe vom",
   * "Print edition:", "In print:". A newspaper's archive page shows the day the article was printed, often the day after it went
   * online, and declares it as the last change; the article's own date is the online one.
   */
  private static final Pattern PRINT_CUE = Pattern.compile(
      "(?iu)(?:\\bprint(?:-?ausgabe)?|\\bausgabe|zeitungsausgabe|print\\s+edition|in\\s+print|printed|gedruckt)\\b[^.!?\\d]{0,12}$");

  private DeclaredDates() {}

  /** Whether {@code found} is a declared publication day: a publication meta tag's or JSON-LD's, not a last change's. */
  static boolean isPublication(HtmlDates.Found found) {
    return DECLARED_PUBLICATION.matcher(found.where()).matches();
  }

  /** The publication date that a meta tag or JSON-LD declares; with several, the one the page shows first. */
  static Optional<HtmlDates.Found> published(JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone,
      List<ShortBlocks.Block> blocks, @Nullable Element body) {
    List<HtmlDates.Found> declared = new ArrayList<>();
    for (String[] candidate : new String[][] {
        {meta.first(PUBLISHED_META), "meta:" + meta.firstName(PUBLISHED_META)},
        {ld.datePublished(), "json-ld"}, {ld.dateCreated(), "json-ld"}, {meta.first("datepublished"), "meta:itemprop"}}) {
      DateReader.read(candidate[0], candidate[1], latest, true, zone).ifPresent(declared::add);
    }
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Optional<HtmlDates.Found> overTemplate = labelledOverTemplate(declared, body, latest);
    if (overTemplate.isPresent()) {
      return overTemplate;
    }
    modified(ld, meta, latest, zone).ifPresent(declared::add);
    return Optional.of(datelined(declared, body).orElseGet(() -> shownFirst(declared, blocks)));
  }

  /** The date of a weak meta name ({@code <meta name="date">}, "dc.date"), which templates carry unchanged from page to page. */
  static Optional<HtmlDates.Found> weak(MetaTags meta, LocalDate latest, PageZone zone) {
    return DateReader.read(meta.first(WEAK_META), "meta:" + meta.firstName(WEAK_META), latest, true, zone);
  }

  /** The last change's date that JSON-LD or a meta tag declares. */
  static Optional<HtmlDates.Found> modified(JsonLd.Facts ld, MetaTags meta, LocalDate latest, PageZone zone) {
    return DateReader.read(ld.dateModified(), "json-ld:modified", latest, true, zone)
        .or(() -> DateReader.read(meta.first(MODIFIED_META), "meta:modified", latest, true, zone));
  }

  /**
   * A date the text introduces as the publication's ("Date: 08/04/2013", "Veröffentlicht am …"), when the only declared
   * publication date is a Dublin Core tag of an earlier day that the page shows nowhere: the template's day, not the
   * article's. A template is made before the articles it serves; an article's own tag names a day its page shows.
   */
  private static Optional<HtmlDates.Found> labelledOverTemplate(List<HtmlDates.Found> declared, @Nullable Element body, LocalDate latest) {
    if (body == null || !declared.stream().allMatch(found -> TEMPLATE_META.matcher(found.where()).matches())) {
      return Optional.empty();
    }
    LocalDate day = declared.get(0).value().date();
    if (declared.stream().anyMatch(found -> !found.value().date().equals(day))) {
      return Optional.empty();
    }
    String head = DateReader.visibleHead(body);
    Optional<HtmlDates.Found> labelled = DateReader.cued(head, latest, false);
    if (labelled.isEmpty() || !labelled.get().value().date().isAfter(day) || DateReader.shows(head, day)) {
      return Optional.empty();
    }
    return labelled;
  }

  /**
   * Of the days the metadata declares, the one that a dateline opening the article's text gives: it is the release's
   * day, where a footer's "Stand:" or a download's date is the last change's. Only when the declared days differ.
   */
  private static Optional<HtmlDates.Found> datelined(List<HtmlDates.Found> declared, @Nullable Element body) {
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
        for (HtmlDates.Found found : declared) {
          if (day.isPresent() && found.value().date().equals(day.get().value().date())) {
            return Optional.of(found);
          }
        }
      }
    }
    return Optional.empty();
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
  private static HtmlDates.Found shownFirst(List<HtmlDates.Found> declared, List<ShortBlocks.Block> blocks) {
    HtmlDates.Found first = declared.get(0);
    if (declared.stream().allMatch(found -> found.value().date().equals(first.value().date()))) {
      return first;
    }
    // datelines stand in short blocks; reading those alone spares a date search over the whole text
    for (ShortBlocks.Block block : blocks) {
      if (DatesElsewhere.isElsewhere(block.element())) {
        continue; // the masthead's day of viewing, a teaser's or a comment's date: shown, but not the article's
      }
      String rest = TodaysDate.withoutTodaysDate(block.element(), block.text());
      for (int tries = 0; tries < 4; tries++) {
        Optional<DateText.Found> shown = DateText.locate(rest, false);
        if (shown.isEmpty()) {
          break;
        }
        if (PRINT_CUE.matcher(rest.substring(Math.max(0, shown.get().start() - DateReader.CUE_REACH), shown.get().start())).find()) {
          rest = rest.substring(shown.get().end()); // the print edition's day: the paper's, not the online article's
          continue;
        }
        // an ambiguous slash date ("3/12/2024") is read both ways: the declared days say which one the page means
        Optional<DateText.Found> monthFirst = DateText.locate(rest, true);
        for (HtmlDates.Found found : declared) {
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
}
