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
 * {@value #MIN_TEXT} characters of paragraphs, outside comments, side boxes and captions. A text written as a letter signs
 * off as a letter does, with the writer's office and name after "Ihr" or "Ihre" ("Herzlich grüßt Sie<br>Ihre Pastorin Anna
 * Muster"): that line, a paragraph's last or a paragraph of its own after as much text, may stand anywhere after it, as a
 * parish letter's page goes on with the week's services. Read only when the page names no person in any other place.
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
  /**
   * A letter's sign-off: the possessive with which a letter's writer closes ("Ihr", "Ihre", the familiar "Euer", "Eure"),
   * then an office that stands before a name ({@link AuthorNames#opensWithRole}: "Pfarrer", "Pastorin", "Redakteurin") and
   * the name. The office is required: "Ihr Team", "Ihre Stadtwerke Beispielstadt" sign for an organisation.
   */
  private static final Pattern SIGN_OFF = Pattern.compile("^(?:Ihr|Ihre|Euer|Eure)\\s+(\\p{L}.*)$");
  private static final Pattern NAME_ONLY = Pattern.compile(NAME);

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
      if (BylinePlaces.elsewhere(paragraph) || BylinePlaces.inCaption(paragraph)) {
        continue;
      }
      Optional<String> name = paragraph.nextElementSibling() == null ? signed(paragraph.text().strip()) : Optional.empty();
      Optional<String> value = name.or(() -> signedOff(EndCredits.lastLine(paragraph).orElseGet(() -> paragraph.text().strip())))
          .filter(signer -> afterText(paragraph))
          .map(signer -> AuthorNames.clean(signer, site));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The office and name a letter's sign-off gives ("Pastorin Anna Muster" of "Ihre Pastorin Anna Muster"), or empty. */
  static Optional<String> signedOff(String line) {
    Matcher signOff = SIGN_OFF.matcher(line);
    if (line.length() > MAX_LINE || !signOff.matches() || !AuthorNames.opensWithRole(signOff.group(1))) {
      return Optional.empty();
    }
    String name = AuthorNames.clean(signOff.group(1), null);
    return name != null && NAME_ONLY.matcher(name).matches() ? Optional.of(signOff.group(1)) : Optional.empty();
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
