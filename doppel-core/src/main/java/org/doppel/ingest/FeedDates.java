package org.doppel.ingest;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.doppel.ingest.meta.DateText;
import org.jspecify.annotations.Nullable;

/**
 * A feed item's date: RSS's {@code pubDate} in RFC 822's form with its offset ("Tue, 12 Mar 2024 09:00:00 +0100", read in
 * UTC as a stated offset is), else as a JSON Lines record's date is read ({@link DeclaredDate}: ISO 8601, which Atom and
 * {@code dc:date} use, a day in words, or the RFC form with a zone's name, its time as written).
 */
final class FeedDates {
  private FeedDates() {}

  static DateText.@Nullable DateTime read(String value) {
    try {
      OffsetDateTime stated = OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      LocalDateTime utc = LocalDateTime.ofInstant(stated.toInstant(), ZoneOffset.UTC);
      return new DateText.DateTime(utc.toLocalDate(), utc.toLocalTime().truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return DeclaredDate.readWithTime(TextNode.valueOf(value.strip()));
    }
  }
}
