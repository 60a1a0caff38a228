package org.doppel.ingest.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The writer credited on the last line of a long element, as pages laid out before style sheets sign a report: the
 * article's paragraphs are lines of one {@code <font>} or {@code <p>}, separated by {@code <br>}, and the last line,
 * after a line break, credits the text: "Text: Anna Muster", "Text und Fotos: Erik Beispiel", "Words: Jane Voe", a club's
 * "Bericht: Anna Muster". Such a
 * line is no short block of its own ({@link ShortBlocks}), so the byline readers never see it. Only a credit for the
 * text is read: a photographer's ("Fotos: …") or a source's ("Quelle: …") line alone names no writer; a photographer
 * credited after the writer on the same line ("Text: A / Fotos: B") is cut away, as {@link AuthorNames#clean} cuts it in every
 * byline.
 */
final class EndCredits {
  /** A credit for the text, with its label and colon, and the rest of the line. */
  private static final Pattern CREDIT = Pattern.compile("^(?iu:" + AuthorNames.TEXT_WORD + ")\\s*:\\s*(\\p{Lu}.*)$");
  /** The longest last line read as a credit. */
  private static final int MAX_LINE = 100;
  /** The least text of the element before its last line: an article's text, not a box of a few lines. */
  private static final int MIN_TEXT = 400;

  private EndCredits() {}

  /** The writer the first long element's credit line names, cleaned ({@link AuthorNames#clean}), or empty. */
  static Optional<String> author(Element body, @Nullable String site) {
    Set<Element> seen = new HashSet<>();
    for (Element lineBreak : body.select("br")) {
      Element element = lineBreak.parent();
      if (element == null || !seen.add(element) || BylinePlaces.elsewhere(element) || BylinePlaces.inCaption(element)) {
        continue;
      }
      Optional<String> line = lastLine(element);
      Optional<String> name = line.flatMap(text -> credited(text, site));
      if (name.isPresent() && element.text().length() - line.get().length() >= MIN_TEXT) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** The writer a credit line names ("Text und Fotos: Erik Beispiel" → "Erik Beispiel"), or empty when it credits no text. */
  static Optional<String> credited(String line, @Nullable String site) {
    Matcher credit = CREDIT.matcher(line.strip());
    if (!credit.matches()) {
      return Optional.empty();
    }
    // a second credit on the line ("… / Fotos: B") is cut as in every byline (AuthorNames.clean)
    String value = AuthorNames.clean(credit.group(1), site);
    return value == null || PublisherNames.isAgency(value) || PublisherNames.isNewsroom(value) || !Bylines.cleanNames(value).isPresent()
        ? Optional.empty()
        : Optional.of(value);
  }

  /**
   * The text after the last line break of {@code element} that has text after it (trailing breaks and blank text
   * passed over), when a line break stands before it and it is at most {@value #MAX_LINE} characters; else empty.
   */
  static Optional<String> lastLine(Element element) {
    List<Node> children = element.childNodes();
    int end = children.size();
    while (end > 0 && blankOrBreak(children.get(end - 1))) {
      end--;
    }
    StringBuilder line = new StringBuilder();
    for (int i = end - 1; i >= 0; i--) {
      Node child = children.get(i);
      if (child instanceof Element part && part.normalName().equals("br")) {
        String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return text.isEmpty() || text.length() > MAX_LINE ? Optional.empty() : Optional.of(text);
      }
      String text = child instanceof TextNode node ? node.getWholeText() : child instanceof Element part ? part.text() : "";
      if (child instanceof Element part && part.isBlock()) {
        return Optional.empty(); // the last line is a block of its own, which the short blocks read
      }
      line.insert(0, text);
      if (line.length() > MAX_LINE * 2) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean blankOrBreak(Node node) {
    return node instanceof TextNode text ? text.isBlank() : node instanceof Element element && element.normalName().equals("br");
  }
}
