package org.doppel.ingest.meta;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Whether a date found in a page's text stands in running prose. A page's own date is shown apart, in a short
 * block (a byline, a dateline, a date under the headline: at most 19 words on the development pages whose text
 * date was right); a date inside a paragraph of prose is often what the article reports ("the photos, taken
 * between 26 February and 1 March 2024, …"), which comes before the publication: read as the publication's, it
 * makes a rewrite look older than its original. Such a date keeps its place in the metadata, with the evidence
 * {@link org.doppel.ingest.ArticleMetadata#PROSE_DATE}, which provenance does not weigh.
 */
final class ProseDates {
  /** More words than this in the element that shows the date make it prose (the fit pages: dated blocks ≤ 19 words, prose ≥ 41). */
  static final int MAX_DATED_BLOCK_WORDS = 30;
  private static final int MAX_DATES_PER_BLOCK = 20;

  private ProseDates() {}

  /**
   * True when the first element of {@code body}, in document order, whose own text shows {@code date} holds more
   * than {@value #MAX_DATED_BLOCK_WORDS} words; false when that element is short or no single element shows it
   * (a date split over several elements is a designed one, not prose).
   */
  static boolean inProse(Element body, LocalDate date) {
    for (Element element : body.getAllElements()) {
      String own = element.ownText();
      if (!own.isBlank() && shows(own, date)) {
        return LineShape.wordCount(element.text()) > MAX_DATED_BLOCK_WORDS;
      }
    }
    return false;
  }

  private static boolean shows(String text, LocalDate date) {
    String rest = text;
    for (int tries = 0; tries < MAX_DATES_PER_BLOCK && !rest.isEmpty(); tries++) {
      Optional<DateText.Found> found = DateText.locate(rest, false);
      if (found.isEmpty()) {
        return false;
      }
      if (found.get().value().date().equals(date)) {
        return true;
      }
      rest = rest.substring(found.get().end());
    }
    return false;
  }
}
