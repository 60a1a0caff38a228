package org.doppel.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The writers among the persons a JSON-LD block lists as the article's authors. News CMSs fill that list from every person
 * tagged on the article: the photographer of the lead picture, the translator, a contributor, the person interviewed. The
 * page itself tells them apart: the byline names the writers, and the others are credited with their own label ("Foto:
 * NAME", "Traducción: NAME", "Mitarbeit: NAME", "Photo by NAME").
 */
final class LdAuthorsShown {
  /**
   * A label that credits the name after it with other work than the text: pictures, translation, a contribution. Not after
   * "Text und" or "Text &amp;" ("Text und Fotos: NAME" credits the writer).
   */
  private static final Pattern OTHER_LABEL = Pattern.compile(
      "(?iu)(?<!text\\s?(?:und|u\\.|&|and|/|y|et|e)\\s?)(?<![\\p{L}])(?:fotos?|fotografie|fotograf(?:ie|in)?|bild(?:er)?|photos?|photograph(?:s|y|er)?|"
          + "kamera|camera|grafik|illustration|traducción|traduction|traduzione|übersetzung|translation|vertaling|tłumaczenie|"
          + "mitarbeit|met medewerking van|zdjęci[ea]|fot\\.)\\s*:\\s*$"
          + "|(?iu)(?<![\\p{L}])(?:photos?|fotos?|photographed|translated|übersetzt|traducido|traduit|tradotto|vertaald|illustrated)\\s+"
          + "(?:by|von|por|par|da|door)\\s+$");
  /** How many characters before a name a label may end. */
  private static final int LABEL_REACH = 40;

  private LdAuthorsShown() {}

  /**
   * {@code names} without the persons that {@code text} (the page's visible text) credits with other work, and, when
   * {@code byline} (the text of the page's byline marks) names some of them but not all, only those it names. Unchanged
   * when this would leave no one.
   */
  static List<String> writers(List<String> names, String text, String byline) {
    if (names.size() < 2) {
      return names;
    }
    String plainText = typographyFolded(text);
    List<String> kept = names.stream().filter(name -> !creditedOtherwise(typographyFolded(name), plainText)).toList();
    String bylineKey = typographyFolded(byline).toLowerCase(Locale.ROOT);
    List<String> signed =
        kept.stream().filter(name -> bylineKey.contains(typographyFolded(name).toLowerCase(Locale.ROOT))).toList();
    if (!signed.isEmpty()) {
      kept = signed;
    }
    return kept.isEmpty() ? names : kept;
  }

  /**
   * {@code text} with its typographic apostrophes, hyphens and no-break spaces written plainly, one character for one: a
   * CMS writes "O'Brien" in its JSON-LD where the page's typography prints "O’Brien", and "Müller-Lüdenscheidt" with a
   * non-breaking hyphen.
   */
  static String typographyFolded(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      plain.append(switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> '\'';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
        case '\u00A0', '\u202F', '\u2009' -> ' ';
        default -> c;
      });
    }
    return plain.toString();
  }

  /** Whether {@code text} names {@code name} only after a label that credits other work. */
  private static boolean creditedOtherwise(String name, String text) {
    boolean other = false;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      if (!OTHER_LABEL.matcher(text.substring(Math.max(0, at - LABEL_REACH), at)).find()) {
        return false; // named once as something else than a credit: a byline, a signature
      }
      other = true;
    }
    return other;
  }
}
