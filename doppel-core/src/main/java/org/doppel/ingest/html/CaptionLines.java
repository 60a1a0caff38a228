package org.doppel.ingest.html;

import java.util.regex.Pattern;

/**
 * Image captions that a page prints as ordinary paragraphs, recognised by their words: a figure label
 * at the start ("Abbildung 4: …", "Fig. 2. …") or a picture credit at the end ("… © Max Muster/pixelio.de",
 * "… (mlharing / iStock.com)", "… Foto: dpa"). Like captions in {@code figcaption}, they describe the
 * picture, not the story. A long paragraph is never matched.
 */
final class CaptionLines {
  static final int MAX_CHARS = 300;

  private static final Pattern FIGURE_LABEL = Pattern.compile(
      "(abbildung|abb\\.|figure|fig\\.|grafik|graphic|tabelle|bild|foto|photo|image|illustration)\\s*\\d+\\s*[:.|–-].*");
  private static final String AGENCY = "(istock|getty ?images|shutterstock|adobe ?stock|fotolia|dpa|afp|reuters|ap photo|"
      + "imago|picture[- ]alliance|pixelio|unsplash|pixabay|keystone|epa|anp|ansa|efe)";
  private static final Pattern CREDIT_END = Pattern.compile(
      "(((©|\\(c\\)|copyright)\\s*([^.!?©]|\\.(?=\\S)){1,50})|"
          + "\\((photo|foto|bild|image|credit|quelle|source)?[^()]{0,40}/\\s*" + AGENCY + "[^()]{0,30}\\)|"
          + "\\(?(foto|photo|bild|image|credit|bildquelle|fotos|photos)\\s*:\\s*[^.!?]{1,50}\\)?)\\s*$");

  private CaptionLines() {}

  /** Whether this paragraph reads as an image caption: a figure label first or a picture credit last. */
  static boolean isCaption(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    String lower = BoilerplateText.fold(text);
    // the credit search is the costly one: only text with a credit's marks gets it
    return FIGURE_LABEL.matcher(lower).matches()
        || (lower.indexOf('©') >= 0 || lower.indexOf('/') >= 0 || lower.indexOf(':') >= 0 || lower.contains("(c)")
            || lower.contains("copyright")) && CREDIT_END.matcher(lower).find();
  }
}
