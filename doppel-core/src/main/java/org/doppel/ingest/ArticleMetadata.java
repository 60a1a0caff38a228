package org.doppel.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a page or text says about itself: the facts provenance needs (who wrote it, when, where,
 * what it credits) with, per field, where the value was found. Every field may be absent (null or
 * empty); {@link #EMPTY} is the metadata of a document that declares nothing.
 *
 * @param title the headline
 * @param author the byline's names, as written ("Jane Voe and Sam Quist")
 * @param date the publication day
 * @param time the publication time of day, when the source shows one (same zone as {@code date})
 * @param site the publishing site's name ("Estuary Chronicle")
 * @param url the page's own or canonical URL
 * @param language an ISO 639-1 code such as "en" or "de"
 * @param images photos with their captions and credit lines, in page order
 * @param attributions statements that credit another source ("Copied from Kiwi Report")
 * @param evidence for each field name ("title", "date", …) where its value came from, e.g.
 *     "json-ld", "og:title", "text:dateline"
 */
public record ArticleMetadata(
    @Nullable String title,
    @Nullable String author,
    @Nullable LocalDate date,
    @Nullable LocalTime time,
    @Nullable String site,
    @Nullable String url,
    @Nullable String language,
    List<Image> images,
    List<Attribution> attributions,
    Map<String, String> evidence)
    implements Serializable {

  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null, List.of(), List.of(), Map.of());

  /**
   * The evidence key of the offset from UTC that {@link #time} is in, when it is known ("Z": read in UTC from a value
   * that stated its offset; "+01:00": moved into the publisher's zone); absent, the time is as the source wrote it.
   */
  public static final String ZONE = "zone";

  /** The evidence of a page date read from a paragraph of prose, which is as often a day the text reports. */
  public static final String PROSE_DATE = "text:prose";

  public ArticleMetadata {
    images = images == null ? List.of() : List.copyOf(images);
    attributions = attributions == null ? List.of() : List.copyOf(attributions);
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }

  /**
   * Whether {@link #date} says when the document was published: false without a date, and for a date read from a
   * paragraph of prose ({@value #PROSE_DATE}), which may be an event the text reports, earlier than its publication.
   */
  public boolean datesPublication() {
    return date != null && !PROSE_DATE.equals(evidence.get("date"));
  }

  /**
   * Whether {@link #date} says when the page was fetched, not published (a crawl's {@code WARC-Date}, a dataset's crawl
   * time: evidence "warc-date", "jsonl-crawl"), standing in for a publication date the page does not give: it was
   * published then or before.
   */
  public boolean datedByCrawl() {
    String dated = evidence.get("date");
    return date != null && ("warc-date".equals(dated) || "jsonl-crawl".equals(dated));
  }

  /** The offset from UTC that {@link #time} is in, or null when the time is as written (or there is none). */
  public @Nullable ZoneOffset zone() {
    String zone = time == null ? null : evidence.get(ZONE);
    return zone == null ? null : ZoneOffset.of(zone);
  }

  /**
   * The publication day, or day and time: "2026-03-13", "2026-03-13T04:30Z" (ISO 8601, in UTC), "2026-03-13T05:30+01:00"
   * (in a known offset), or "2026-03-13 04:30" (a time as the source wrote it, its zone unknown); null without a date.
   */
  public @Nullable String dateText() {
    return dateText(" ");
  }

  /**
   * The date as a report shows it to a reader: {@link #dateText}, after "crawled " where it is the day a crawl fetched
   * a page that gives no date of its own ({@link #datedByCrawl}: "crawled 2026-08-15"), which says only that the page
   * was published then or before, not when; null without a date.
   */
  public @Nullable String shownDate() {
    String text = dateText();
    return text == null || !datedByCrawl() ? text : "crawled " + text;
  }

  /**
   * As {@link #dateText}, but a time whose zone is unknown is joined to its day by ISO 8601's "T" too
   * ("2026-03-13T04:30"), for a reader of the value that expects ISO (the families' GraphML).
   */
  public @Nullable String isoDateText() {
    return dateText("T");
  }

  private @Nullable String dateText(String unzonedSeparator) {
    if (date == null) {
      return null;
    }
    if (time == null) {
      return date.toString();
    }
    LocalTime minute = time.withSecond(0).withNano(0);
    ZoneOffset zone = zone();
    return zone == null ? date + unzonedSeparator + minute : date + "T" + minute + zone.getId();
  }

  /**
   * A photo used by the document. Any part but {@code elsewhere} may be null.
   *
   * @param url the figure's picture, the first its {@code <img>} offers
   * @param elsewhere the other pictures its {@code <img>} offers, best first (a lazy page's {@code src} behind its
   *     {@code data-src}, the candidates of a source set): where a scan looks when the first is not saved beside
   *     the page or is a flat stand-in. Where to find the picture, not what the figure is: left out of equality
   *     and of {@code extract}'s output; kept in a standing index's stored metadata ({@link ArticleMetadataJson}),
   *     whose report reads the picture again for its thumbnail
   * @param onlyInHead whether the page names the picture only in its head (its {@code og:image} or {@code twitter:image},
   *     a page with no figure) and shows it nowhere in its body: the picture a link to the page is shown with, which may
   *     be the site's card ({@code SiteFurniture}); left out of equality and of {@code extract}'s output, as
   *     {@code elsewhere} is, and kept in a standing index's stored metadata
   */
  public record Image(@Nullable String url, @Nullable String caption, @Nullable String credit, List<String> elsewhere, boolean onlyInHead)
      implements Serializable {
    public Image(@Nullable String url, @Nullable String caption, @Nullable String credit) {
      this(url, caption, credit, List.of());
    }

    public Image(@Nullable String url, @Nullable String caption, @Nullable String credit, List<String> elsewhere) {
      this(url, caption, credit, elsewhere, false);
    }

    public Image {
      elsewhere = List.copyOf(elsewhere);
    }

    /** The URLs the figure offers its picture at, in the order they are tried: its URL, then {@link #elsewhere}. */
    public List<String> urls() {
      List<String> urls = new ArrayList<>(1 + elsewhere.size());
      if (url != null) {
        urls.add(url);
      }
      urls.addAll(elsewhere);
      return urls;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Image that && Objects.equals(url, that.url) && Objects.equals(caption, that.caption)
          && Objects.equals(credit, that.credit);
    }

    @Override
    public int hashCode() {
      return Objects.hash(url, caption, credit);
    }
  }

  /**
   * A statement crediting another source.
   *
   * @param text the statement as written ("Originally published by The Lamplit Ledger.")
   * @param sourceName the credited source's name ("The Lamplit Ledger"), or null if none could be read
   */
  public record Attribution(String text, @Nullable String sourceName) implements Serializable {}

  /**
   * This metadata, or, when it gives no date, the same with {@code day} as its date (no time of day) and
   * {@code evidence} as where the date came from: the day a crawler fetched a page stands in for a publication date
   * the page does not give, since the page existed by then.
   */
  public ArticleMetadata withDateIfAbsent(LocalDate day, String evidence) {
    if (date != null) {
      return this;
    }
    Map<String, String> withDate = new LinkedHashMap<>(this.evidence);
    withDate.put("date", evidence);
    return new ArticleMetadata(title, author, day, null, site, url, language, images, attributions, withDate);
  }

  /**
   * This metadata with every absent field taken from {@code fallback}; lists are concatenated
   * without repeats, and evidence follows the value that was kept.
   */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    Map<String, String> mergedEvidence = new LinkedHashMap<>(fallback.evidence);
    mergedEvidence.putAll(evidence);
    if (date != null && !evidence.containsKey(ZONE)) {
      mergedEvidence.remove(ZONE); // the zone goes with the date kept
    }
    return new ArticleMetadata(
        title != null ? title : fallback.title,
        author != null ? author : fallback.author,
        date != null ? date : fallback.date,
        date != null ? time : fallback.time,
        site != null ? site : fallback.site,
        url != null ? url : fallback.url,
        language != null ? language : fallback.language,
        union(images, fallback.images),
        union(attributions, fallback.attributions),
        mergedEvidence);
  }

  private static <T> List<T> union(List<T> first, List<T> second) {
    if (second.isEmpty()) {
      return first;
    }
    return Stream.concat(first.stream(), second.stream()).distinct().toList();
  }
}
