package org.doppel.provenance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;

/**
 * A copy is published after its original. Both documents must show a date; they are compared to the minute
 * when both show a time of day, and to the day otherwise, so two documents of the same day are no evidence
 * (one published at 09:00 and one that shows only the day could be either way round). A page date read from a
 * paragraph of prose is no publication date here ({@link ArticleMetadata#datesPublication}). Two times whose offsets
 * from UTC are known are compared as instants, two whose offsets are both unknown as written; a time whose offset is
 * known against one whose offset is not is compared to the day, as a day alone is: the other's zone could move it
 * hours either way (a feed's "2026-08-13 08:45" against a page's 09:00+02:00 may be 06:45 or 10:45 in that zone). The
 * detail shows a time in ISO 8601 with its offset where it is known ({@link ArticleMetadata#dateText}:
 * "2026-03-13T01:00Z"), as written where it is not.
 */
public final class DateSignal implements DirectionSignal {
  @Override
  public List<DirectionClue> clues(PairContext pair) {
    ArticleMetadata a = pair.a().metadata();
    ArticleMetadata b = pair.b().metadata();
    if (!bothPublished(a, b)) {
      return List.of(); // a day that only the text mentions may be the event it reports, before either was published
    }
    int order = order(a, b);
    if (order == 0) {
      return List.of();
    }
    SourceText earlier = order < 0 ? pair.a() : pair.b();
    SourceText later = pair.other(earlier);
    return List.of(new DirectionClue("date", earlier.id(), true,
        earlier.id() + " " + dated(earlier.metadata(), "published ") + ", " + later.id() + " " + dated(later.metadata(), "")));
  }

  /**
   * Why a pair whose documents both show a publication date has no date clue, when that is why: they carry the
   * same day (or, both with a time, the same minute), as in "both dated 2024-03-12, the same day". An unknown
   * direction says so rather than "no date evidence", which reads as if neither were dated. Empty when either
   * shows no publication date or the dates differ.
   */
  static Optional<String> sameDate(PairContext pair) {
    ArticleMetadata a = pair.a().metadata();
    ArticleMetadata b = pair.b().metadata();
    if (!bothPublished(a, b) || order(a, b) != 0) {
      return Optional.empty();
    }
    boolean toTheMinute = toTheMinute(a, b);
    String verb = a.datedByCrawl() && b.datedByCrawl() ? "crawled " : "dated ";
    // a page that gives no date is dated by its crawl, which says only that it was published then or before
    String crawled = a.datedByCrawl() == b.datedByCrawl() ? "" : " (" + (a.datedByCrawl() ? pair.a() : pair.b()).id() + " by its crawl)";
    return Optional.of("both " + verb + (toTheMinute ? a.dateText() + ", the same minute" : a.date() + ", the same day") + crawled
        + zoneUnknown(pair));
  }

  /**
   * Why two times of the same day were compared to the day only, when that is why: one's zone is unknown, as in
   * " (brindle/a at 08:45, its time zone unknown, against pier/b at 2026-08-13T09:00+02:00)"; empty otherwise.
   */
  private static String zoneUnknown(PairContext pair) {
    ArticleMetadata a = pair.a().metadata();
    ArticleMetadata b = pair.b().metadata();
    if (a.time() == null || b.time() == null || toTheMinute(a, b)) {
      return "";
    }
    SourceText unzoned = a.zone() == null ? pair.a() : pair.b();
    SourceText zoned = pair.other(unzoned);
    return " (" + unzoned.id() + " at " + Objects.requireNonNull(unzoned.metadata().time()).withSecond(0).withNano(0)
        + ", its time zone unknown, against " + zoned.id() + " at " + zoned.metadata().dateText() + ")";
  }

  /** Whether two dates are ordered to the minute: both show a time, and the offsets of both or of neither are known. */
  private static boolean toTheMinute(ArticleMetadata a, ArticleMetadata b) {
    return a.time() != null && b.time() != null && (a.zone() == null) == (b.zone() == null);
  }

  private static boolean bothPublished(ArticleMetadata a, ArticleMetadata b) {
    return a.date() != null && b.date() != null && a.datesPublication() && b.datesPublication();
  }

  /**
   * The order of two publication dates: to the minute when both show a time of day and either both offsets or neither
   * are known ({@link #toTheMinute}), to the day otherwise.
   */
  private static int order(ArticleMetadata a, ArticleMetadata b) {
    LocalDate dayA = Objects.requireNonNull(a.date());
    LocalDate dayB = Objects.requireNonNull(b.date());
    LocalTime timeA = a.time();
    LocalTime timeB = b.time();
    if (timeA != null && timeB != null && toTheMinute(a, b)) {
      LocalDateTime whenA = LocalDateTime.of(dayA, timeA).withSecond(0).withNano(0);
      LocalDateTime whenB = LocalDateTime.of(dayB, timeB).withSecond(0).withNano(0);
      ZoneOffset zoneA = a.zone();
      ZoneOffset zoneB = b.zone();
      if (zoneA != null && zoneB != null) { // both placed in time: a page's local time against a feed's UTC
        return whenA.toInstant(zoneA).compareTo(whenB.toInstant(zoneB));
      }
      return whenA.compareTo(whenB);
    }
    return dayA.compareTo(dayB);
  }

  private static String dated(ArticleMetadata metadata, String published) {
    return (metadata.datedByCrawl() ? "crawled " : published) + metadata.dateText();
  }
}
