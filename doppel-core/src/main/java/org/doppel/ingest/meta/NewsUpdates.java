package org.doppel.ingest.meta;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A news article's update shortly after its publication ("Aktualisiert: 17.05.2023 14:32", "Modifié le 04/07/2024", "Stand:
 * 14.06.2025, 16:05 Uhr" the morning after a story broke) does not re-date the article: it is the same day's news, and
 * it stays filed under the day it was published. A revision months or years later (a recipe, a guide, an evergreen post
 * shown as "Last updated …") is a new version that readers date the page by; {@link HtmlDates} then keeps the day the
 * page shows.
 */
final class NewsUpdates {
  /** How long after its publication a change still counts as the same story's update. */
  static final Duration SAME_STORY = Duration.ofHours(48);

  private NewsUpdates() {}

  /** {@code published} when {@code changed} follows it within {@link #SAME_STORY}; else {@code changed}. */
  static HtmlDates.Found publishedBefore(HtmlDates.Found published, HtmlDates.Found changed) {
    LocalDateTime from = moment(published.value());
    LocalDateTime to = moment(changed.value());
    boolean sameStory = !to.isBefore(from) && Duration.between(from, to).compareTo(SAME_STORY) <= 0;
    return sameStory ? published : changed;
  }

  private static LocalDateTime moment(DateText.DateTime value) {
    return value.time() == null ? value.date().atStartOfDay() : value.date().atTime(value.time());
  }
}
