package org.doppel.provenance;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;

/**
 * A copy is published after its original. Both documents must show a date; they are compared to the minute
 * when both show a time of day, and to the day otherwise, so two documents of the same day are no evidence
 * (one published at 09:00 and one that shows only the day could be either way round). A page date read from a
 * paragraph of prose is no publication date here ({@link ArticleMetadata#datesPublication}).
 */
public final class DateSignal implements DirectionSignal {
  @Override
  public List<DirectionClue> clues(PairContext pair) {
    ArticleMetadata a = pair.a().metadata();
    ArticleMetadata b = pair.b().metadata();
    if (a.date() == null || b.date() == null || !a.datesPublication() || !b.datesPublication()) {
      return List.of(); // a day that only the text mentions may be the event it reports, before either was published
    }
    int order;
    if (a.time() != null && b.time() != null) {
      order = LocalDateTime.of(a.date(), a.time()).withSecond(0).withNano(0)
          .compareTo(LocalDateTime.of(b.date(), b.time()).withSecond(0).withNano(0));
    } else {
      order = a.date().compareTo(b.date());
    }
    if (order == 0) {
      return List.of();
    }
    SourceText earlier = order < 0 ? pair.a() : pair.b();
    SourceText later = pair.other(earlier);
    return List.of(new DirectionClue("date", earlier.id(), true,
        earlier.id() + " " + dated(earlier.metadata(), "published ") + ", " + later.id() + " " + dated(later.metadata(), "")));
  }

  /**
   * Evidence values of a date that says when the page was fetched (a crawl's {@code WARC-Date}, a dataset's crawl
   * time), which stands in for a publication date the page does not give: the detail says "crawled", since the
   * page was published then or before.
   */
  private static final Set<String> CRAWL_DATES = Set.of("warc-date", "jsonl-crawl");

  private static String dated(ArticleMetadata metadata, String published) {
    String evidence = metadata.evidence().get("date");
    return (evidence != null && CRAWL_DATES.contains(evidence) ? "crawled " : published) + when(metadata);
  }

  private static String when(ArticleMetadata metadata) {
    LocalTime time = metadata.time();
    return time == null ? String.valueOf(metadata.date()) : metadata.date() + " " + time.withSecond(0).withNano(0);
  }
}
