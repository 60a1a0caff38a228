package org.doppel.eval.extraction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison rules of the metadata evaluation: dates by their first year-month-day (any separator,
 * padded or not), titles and authors after NFKC, case folding, collapsed whitespace and trimming.
 */
final class MetadataMatch {
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[-./ ](\\d{1,2})[-./ ](\\d{1,2})");

  private MetadataMatch() {}

  static boolean sameDate(String expected, String predicted) {
    Optional<String> e = firstDate(expected);
    Optional<String> p = firstDate(predicted);
    return e.isPresent() && e.equals(p);
  }

  static Optional<String> firstDate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = YEAR_MONTH_DAY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  static boolean sameText(String expected, String predicted) {
    return predicted != null && normalise(expected).equals(normalise(predicted));
  }

  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
