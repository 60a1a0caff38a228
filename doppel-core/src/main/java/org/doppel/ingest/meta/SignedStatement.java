package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * The signature under a statement, a greeting or an open letter: the text's last paragraph is the signer's name on one
 * line and their office on the next ("Erika Beispiel<br>Vorsitzende des Vereins", "Jane Doe<br>Chief Executive"), as
 * associations, authorities and companies sign what they publish without a byline. Stateless and thread-safe.
 */
final class SignedStatement {
  /** The paragraphs of prose before the signature, in characters: the text it signs. */
  private static final int MIN_PROSE = 200;
  private static final int MAX_OFFICE_WORDS = 6;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…“\"»)]$");
  private static final Pattern NOT_AN_OFFICE = Pattern.compile("[\\d@:/|]|https?|www\\.");

  private SignedStatement() {}

  /** The signer's name, when the article's text (outside {@code elsewhere}) ends with such a signature. */
  static Optional<String> of(Document page, Evaluator elsewhere) {
    for (Element paragraph : page.select("p:has(> br)")) {
      if (paragraph.closest(elsewhere) != null || !closesProse(paragraph)) {
        continue;
      }
      String[] lines = lines(paragraph);
      if (lines == null) {
        continue;
      }
      String name = lines[0];
      String office = lines[1];
      int nameWords = name.split("\\s+").length;
      int officeWords = office.split("\\s+").length;
      if (nameWords >= 2 && nameWords <= 4 && !LineShape.hasDigit(name) && Bylines.cleanNames(name).filter(name::equals).isPresent()
          && officeWords <= MAX_OFFICE_WORDS && office.length() <= 60 && Character.isLetter(office.codePointAt(0))
          && !NOT_AN_OFFICE.matcher(office).find() && !SENTENCE_END.matcher(office).find()) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code paragraph} is the last paragraph of its container and follows paragraphs of prose, the last one ended. */
  private static boolean closesProse(Element paragraph) {
    for (Element next = paragraph.nextElementSibling(); next != null; next = next.nextElementSibling()) {
      if (next.normalName().equals("p") && !next.text().isBlank()) {
        return false;
      }
    }
    Element previous = paragraph.previousElementSibling();
    while (previous != null && previous.text().isBlank()) {
      previous = previous.previousElementSibling();
    }
    if (previous == null || !previous.normalName().equals("p") || !SENTENCE_END.matcher(previous.text().strip()).find()) {
      return false;
    }
    int prose = 0;
    for (Element before = previous; before != null && prose < MIN_PROSE; before = before.previousElementSibling()) {
      prose += before.normalName().equals("p") ? before.text().length() : 0;
    }
    return prose >= MIN_PROSE;
  }

  /** The paragraph's two lines, split at its one line break, or null when it has another shape. */
  private static String @Nullable [] lines(Element paragraph) {
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    int breaks = 0;
    for (Node node : paragraph.childNodes()) {
      if (node instanceof Element element && element.normalName().equals("br")) {
        breaks++;
        continue;
      }
      String text = node instanceof TextNode textNode ? textNode.text() : node instanceof Element element ? element.text() : "";
      (breaks == 0 ? first : second).append(text);
    }
    String name = first.toString().replace('\u00a0', ' ').strip();
    String office = second.toString().replace('\u00a0', ' ').strip();
    return breaks == 1 && !name.isEmpty() && !office.isEmpty() ? new String[] {name.replaceAll("\\s+", " "), office.replaceAll("\\s+", " ")}
        : null;
  }
}
