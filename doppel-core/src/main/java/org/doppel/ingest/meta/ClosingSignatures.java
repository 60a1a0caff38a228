package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The writer who signs the article's text with a closing paragraph of their own, as schools, clubs and associations sign
 * their news: the text's last paragraph is only a name and, after a comma, the writer's office or class ("Jane Voe, Club
 * Secretary", "– Ms. Jane Voe, Eco Committee Co-ordinator", "Anna Muster und Erik Beispiel, 10b"). The paragraph has no
 * label, so only its place makes it a signature: the last element of the text's container, after at least
 * {@value #MIN_TEXT} characters of paragraphs, outside comments, side boxes and captions. Read only when the page names no
 * person in any other place.
 */
final class ClosingSignatures {
  /** A name of two or three capitalised words. */
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
  /**
   * The signature: a dash at most, a courtesy title at most (which is no part of the name), one or two names, a comma, and
   * a short office or class with no sentence's end, address or bracket in it.
   */
  private static final Pattern SIGNATURE = Pattern.compile(
      "^(?:[–—-]\\s*)?(?:(?:Mr|Mrs|Ms|Miss|Herr|Frau)\\.?\\s+)?(" + NAME + "(?:\\s+(?:und|and|&)\\s+" + NAME + ")?)"
          + "\\s*,\\s*[^,.:;!?@()]+$");
  /** The longest signature read. */
  private static final int MAX_LINE = 90;
  /** The most words of the office after the comma: a school's or a club's office, not a sentence. */
  private static final int MAX_ROLE_WORDS = 5;
  /** The least text of the paragraphs before the signature: an article's text, not a box of a few lines. */
  private static final int MIN_TEXT = 400;
  /** The fewest paragraphs before the signature. */
  private static final int MIN_PARAGRAPHS = 2;

  private ClosingSignatures() {}

  /** The writer the first closing signature names, cleaned ({@link AuthorNames#clean}), or empty. */
  static Optional<String> author(Element body, @Nullable String site) {
    for (Element paragraph : body.select("p")) {
      if (paragraph.nextElementSibling() != null || BylinePlaces.elsewhere(paragraph) || BylinePlaces.inCaption(paragraph)) {
        continue;
      }
      Optional<String> name = signed(paragraph.text().strip()).filter(signer -> afterText(paragraph));
      Optional<String> value = name.map(signer -> AuthorNames.clean(signer, site));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The names a signature line gives ("Jane Voe" of "– Ms. Jane Voe, Club Secretary"), or empty when it is no signature. */
  static Optional<String> signed(String line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Matcher signature = SIGNATURE.matcher(line);
    if (!signature.matches()) {
      return Optional.empty();
    }
    String role = line.substring(line.indexOf(',', signature.end(1)) + 1).strip();
    return role.isEmpty() || role.split("\\s+").length > MAX_ROLE_WORDS ? Optional.empty() : Optional.of(signature.group(1));
  }

  /** Whether {@code paragraph} follows at least {@value #MIN_PARAGRAPHS} paragraphs of {@value #MIN_TEXT} characters or more. */
  private static boolean afterText(Element paragraph) {
    int paragraphs = 0;
    int text = 0;
    for (Element before = paragraph.previousElementSibling(); before != null; before = before.previousElementSibling()) {
      if (before.normalName().equals("p")) {
        paragraphs++;
        text += before.text().length();
      }
    }
    return paragraphs >= MIN_PARAGRAPHS && text >= MIN_TEXT;
  }
}
