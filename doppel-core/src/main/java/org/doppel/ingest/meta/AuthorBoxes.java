package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The writer named by an author box, which blogs and magazines set after the text ("Über die Autorin", "About the author")
 * and which may be the only place that names a person: a box classed as the author's biography, box, card, profile or
 * info ({@code author-bio}, {@code about-author}, {@code author-box}, {@code autorbox}, {@code author-card}), outside comments
 * and side boxes. The name is a short element of the box that reads as a name of two to four words (a bold line, a
 * heading, a link), else the words that open the biography before its verb ("Anna Muster ist Biologin …", "Jane Voe is a
 * teacher …"). Read only when the page names no person in any other place.
 */
final class AuthorBoxes {
  private static final Evaluator BOX = QueryParser.parse(
      "[class~=(?i)(^|\\s)[\\w-]*(author-?bio|about-?(the-?)?author|author-?box|autorenbox|autor-?box|author-?info|author-?profile|"
          + "author-?card)(\\s|$)]");
  /** The label the box opens with: "Über die Autorin", "About the author", "About". */
  private static final Pattern LABEL = Pattern.compile(
      "^(?iu:über\\s+(?:die\\s+autorin(?:nen)?|den\\s+autor|die\\s+autoren)|zu[mr]\\s+autor(?:in)?|about\\s+the\\s+authors?|about|"
          + "à\\s+propos\\s+de\\s+l['’]auteur|sull['’]autore|over\\s+de\\s+auteur)\\s*:?\\s*");
  /** A name of two to four capitalised words, then the biography's verb. */
  private static final Pattern NAME_THEN_VERB = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:von|van|de|der|zu)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3}?)\\s+"
          + "(?:ist|war|schreibt|lebt|arbeitet|reist|hat|is|was|writes|lives|works|has|covers|est|è|è\\s+un)\\b");
  private static final Evaluator NAME_PARTS = QueryParser.parse("strong, b, h2, h3, h4, h5, a, [class~=(?i)name|title]");

  /** A customer's, reviewer's or quoted person's box ("testimonial-author-info"): a voice in the text, not its writer. */
  private static final Pattern OTHER_VOICE = Pattern.compile("(?i)testimonial|review|quote|zitat|comment");

  private AuthorBoxes() {}

  /** The writer's name as the first author box gives it, or empty when no box names one. */
  static Optional<String> author(Document page) {
    for (Element box : page.select(BOX)) {
      if (BylinePlaces.elsewhere(box) || BylinePlaces.inCaption(box) || OTHER_VOICE.matcher(box.className()).find()) {
        continue;
      }
      // a part's own text first: a job title in a span of its own ("Jane Voe<span>Staff Writer</span>") or a "more posts" link
      // beside the name is not part of it
      for (boolean own : new boolean[] {true, false}) {
        for (Element part : box.select(NAME_PARTS)) {
          String text = LABEL.matcher((own ? part.ownText() : part.text()).strip()).replaceFirst("");
          int words = text.isEmpty() ? 0 : text.split("\\s+").length;
          if (part != box && words >= 2 && words <= 4 && Bylines.cleanNames(text).filter(text::equals).isPresent()) {
            return Optional.of(text);
          }
        }
      }
      Matcher opening = NAME_THEN_VERB.matcher(LABEL.matcher(box.text().strip()).replaceFirst(""));
      if (opening.find()) {
        return Optional.of(opening.group(1));
      }
    }
    return Optional.empty();
  }
}
