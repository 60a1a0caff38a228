package org.doppel.ingest.meta;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The publisher's time zone, guessed from the host's country domain or the page's language, so
 * that a machine timestamp in UTC ("2021-11-04T23:00Z") gives the day the publisher's readers
 * saw (5 November in Berlin). Without a guess, timestamps keep the day they were written with.
 */
final class PageZone {
  private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Berlin");
  private static final Map<String, ZoneId> BY_COUNTRY = Map.ofEntries(
      Map.entry("de", CENTRAL_EUROPE), Map.entry("at", CENTRAL_EUROPE), Map.entry("ch", CENTRAL_EUROPE),
      Map.entry("fr", CENTRAL_EUROPE), Map.entry("it", CENTRAL_EUROPE), Map.entry("es", CENTRAL_EUROPE),
      Map.entry("nl", CENTRAL_EUROPE), Map.entry("be", CENTRAL_EUROPE), Map.entry("pl", CENTRAL_EUROPE),
      Map.entry("cz", CENTRAL_EUROPE), Map.entry("dk", CENTRAL_EUROPE), Map.entry("se", CENTRAL_EUROPE),
      Map.entry("no", CENTRAL_EUROPE), Map.entry("lu", CENTRAL_EUROPE), Map.entry("uk", ZoneId.of("Europe/London")),
      Map.entry("ie", ZoneId.of("Europe/Dublin")), Map.entry("pt", ZoneId.of("Europe/Lisbon")), Map.entry("fi", ZoneId.of("Europe/Helsinki")),
      Map.entry("ar", ZoneId.of("America/Argentina/Buenos_Aires")), Map.entry("bo", ZoneId.of("America/La_Paz")),
      Map.entry("co", ZoneId.of("America/Bogota")), Map.entry("mx", ZoneId.of("America/Mexico_City")),
      Map.entry("br", ZoneId.of("America/Sao_Paulo")), Map.entry("cl", ZoneId.of("America/Santiago")),
      Map.entry("pe", ZoneId.of("America/Lima")), Map.entry("jp", ZoneId.of("Asia/Tokyo")), Map.entry("cn", ZoneId.of("Asia/Shanghai")),
      Map.entry("in", ZoneId.of("Asia/Kolkata")), Map.entry("au", ZoneId.of("Australia/Sydney")), Map.entry("ru", ZoneId.of("Europe/Moscow")));
  private static final Map<String, ZoneId> BY_LANGUAGE = Map.of("de", CENTRAL_EUROPE, "fr", CENTRAL_EUROPE, "it", CENTRAL_EUROPE,
      "nl", CENTRAL_EUROPE, "pl", CENTRAL_EUROPE, "ja", ZoneId.of("Asia/Tokyo"), "zh", ZoneId.of("Asia/Shanghai"));
  /** What may follow a timestamp's minutes: seconds, fractions, then the offset. */
  private static final Pattern OFFSET = Pattern.compile("^(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|GMT|UTC)(?![\\w])");

  private final @Nullable ZoneId zone;

  private PageZone(@Nullable ZoneId zone) {
    this.zone = zone;
  }

  static PageZone of(@Nullable String host, @Nullable String language) {
    ZoneId zone = null;
    if (host != null) {
      String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      zone = BY_COUNTRY.get(tld);
    }
    if (zone == null && language != null) {
      zone = BY_LANGUAGE.get(language);
    }
    return new PageZone(zone);
  }

  /**
   * {@code found} moved into the publisher's zone when the text right after it ({@code rest})
   * states an offset and a zone is known; as written, with the offset it states, when no zone is known; otherwise
   * {@code found} unchanged.
   */
  DateText.DateTime localise(DateText.DateTime found, String rest) {
    if (found.time() == null) {
      return found;
    }
    Matcher m = OFFSET.matcher(rest);
    if (!m.find()) {
      return found;
    }
    String offset = m.group(1);
    ZoneOffset stated = offset.equals("Z") || offset.equals("GMT") || offset.equals("UTC")
        ? ZoneOffset.UTC
        : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
    if (zone == null) {
      return new DateText.DateTime(found.date(), found.time(), stated); // as written, in the offset it states
    }
    LocalDateTime local = LocalDateTime.of(found.date(), found.time()).atOffset(stated).atZoneSameInstant(zone).toLocalDateTime();
    return new DateText.DateTime(local.toLocalDate(), local.toLocalTime(), zone.getRules().getOffset(local));
  }
}
