package org.doppel.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short lines that are boilerplate by what they say, whatever the markup: stock labels ("Advertisement",
 * "Share"), calls to subscribe, follow or download, copyright notices, and the lead-ins of teaser lists
 * ("Read more:", "Mehr zum Thema", "Das könnte Sie auch interessieren"). English, German, French,
 * Spanish and Italian, the languages of the evaluation pages; a long paragraph is never matched.
 */
final class BoilerplateText {
  /** Longer than this, a line is prose even if it mentions a newsletter. */
  static final int MAX_CHARS = 200;

  private static final Pattern WHOLE_LINE = Pattern.compile(
      "(advertisement|anzeige|publicité|publicidad|pubblicità|werbung|sponsored|"
          + "share( this( article| story| post| page)?)?|teilen|artikel teilen|partager|compartir|condividi|"
          + "read more|continue reading|weiterlesen|lire la suite|leer más|leggi anche|"
          + "print|drucken|e-?mail|tweet|comments?|kommentare?|\\d+ (comments?|kommentare?)|"
          + "related( articles| stories| posts| content)?|see also|siehe auch|mehr zum thema|mehr themen|"
          + "weitere (artikel|themen|infos?|informationen)|more on this( topic| story)?|"
          + "skip to (main )?content|back to top|nach oben|loading\\W*|image|photo|foto|bild|video|"
          + "(bild|foto|photo|image)(quelle|nachweis)?\\W.{0,60}|credit\\W.{0,60}|beitragsbild.{0,60}|"
          + "(c|©|\\(c\\)) ?\\d{4}.{0,120}|kontakt|contact( us)?|impressum|"
          + "(das|dies|diese[rs]?) (könnte|könnten|dürfte) (dich|sie|euch) (auch )?interessieren.{0,40}|"
          + "(lesen sie|lies) (auch|mehr).{0,60}|schon gelesen.{0,40}|zum weiterlesen.{0,40}|"
          + "weiterführende(r)? links?.{0,40}|auch interessant.{0,40}|empfohlene artikel.{0,40}|"
          + "(you|we) (might|may) also like.{0,40}|recommended( for you| stories)?.{0,40}|"
          + "(tags|schlagworte|themen|topics|categor(y|ies)|kategorien?)\\s*:.{0,120}|"
          + "(mehr|more|plus) (zu|zum|zur|über|about|on|de|sur) .{1,40}|"
          + "(permalink|permalien)\\b.{0,80}|ultima modifica.{0,40}|last modified.{0,40}|"
          + "zuletzt (geändert|aktualisiert).{0,40})[.:!?]?");

  /** A teaser cut short and followed by its link: "Die Stadt plant einen neuen Radweg… mehr »". */
  private static final Pattern CUT_TEASER = Pattern.compile(
      "(…|\\.\\.\\.)\\s*(mehr|more|read more|weiterlesen|lire la suite|leer más|leggi)\\W{0,6}$");

  // every phrase starts at a word boundary: the search then tries the alternatives only there, not at
  // every character, which made this the costliest pattern of the extraction
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "\\b(subscri(be|ption|ber)|abonn(ent|ier|ement)|newsletter|\\bsign up\\b|anmelden|"
          + "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos|"
          + "copyright(ed)?\\b|written permission|\\bdownload (the|our)\\b.*\\bapps?\\b|"
          + "follow us|folge uns|folgen sie uns|suivez-nous|síguenos|"
          + "\\b(our|unser(em|en)?|zum|notre|nuestro|nostro) (telegram|whatsapp|youtube|instagram|facebook|twitter)[- ]?(kanal|channel|canal|account)|"
          + "canal de (youtube|telegram|whatsapp)|if you (enjoyed|liked) (reading )?this|"
          + "hat (dir|ihnen) (der|dieser) artikel gefallen|"
          + "(want|love|like) to hear (from you|what you think)|"
          + "to (post|leave) a comment|(einen )?kommentar (schreiben|verfassen|hinterlassen)|"
          + "advertis(e|ing) with (us|the)\\b|werben sie (bei|mit) uns|"
          + "(become|werde|werden sie|hazte|devenez|diventa) (a |an |ein |eine )?(member|mitglied|miembro|membre|socio)|"
          + "(support|unterstütze|unterstützen sie) (us|uns|unser(e|en)? (magazin|journalismus|arbeit)|our journalism)|"
          + "(beitrag|artikel|post|video) enthält (werbung|affiliate|anzeigen)|(post|article) contains affiliate|"
          + "\\bpdf\\b.{0,20}(herunterladen|download)|\\bdownload.{0,20}\\bpdf\\b)");

  /** A notice at the end of an article may run longer than a line: a reprint notice, a membership appeal. */
  static final int MAX_NOTICE_CHARS = 500;

  /**
   * The phrases that make a few sentences a notice rather than prose; narrower than
   * {@link #CALL_TO_ACTION}, whose single words ("subscription", "anmelden") a paragraph of prose may use.
   */
  private static final Pattern NOTICE = Pattern.compile(
      "(copyrighted|subject to copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|"
          + "todos los derechos|(without|prior) (the )?(express )?written permission|"
          + "advertis(e|ing) with (us|the)\\b|werben sie (bei|mit) uns|follow (us|him|her|me) on|folgen? (sie )?uns auf|"
          + "if you (enjoyed|liked) (reading )?this|(become|werde|werden sie|hazte|devenez) (a |ein )?(member|mitglied|miembro|membre)|"
          + "(support|unterstütze|unterstützen sie) (us|uns|unser(e|en)? (magazin|journalismus|arbeit)|our journalism)|"
          + "(we )?need your support|brauchen wir (deine|ihre) unterstützung)");

  private BoilerplateText() {}

  /** Whether this line (a paragraph, list item or heading) is boilerplate by its words alone. */
  static boolean isBoilerplate(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    String lower = fold(text);
    return WHOLE_LINE.matcher(lower).matches() || CALL_TO_ACTION.matcher(lower).find()
        || (lower.indexOf('…') >= 0 || lower.contains("...")) && CUT_TEASER.matcher(lower).find();
  }

  /**
   * Whether this paragraph, found after the article's last paragraph of prose, is a notice: a copyright
   * or reprint notice, an offer to advertise, a call to subscribe, join or donate. Such notices run to a
   * few sentences, so up to {@value #MAX_NOTICE_CHARS} characters are read.
   */
  static boolean isNotice(String text) {
    return isBoilerplate(text) || text.length() <= MAX_NOTICE_CHARS && NOTICE.matcher(fold(text)).find();
  }

  /**
   * Lower case, with the Cyrillic letters that look like Latin ones read as those: advertising notices
   * are sometimes written with such look-alikes ("Аdvеrtіѕе") so that filters miss them.
   */
  static String fold(String text) {
    // lower-cased once here: case-insensitive regex matching costs several times more per character
    String lower = text.toLowerCase(Locale.ROOT);
    char[] chars = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '\u0430' && c <= '\u045f') {
        int at = CYRILLIC_LOOKALIKES.indexOf(c);
        if (at >= 0) {
          if (chars == null) {
            chars = lower.toCharArray();
          }
          chars[i] = LATIN_LETTERS.charAt(at);
        }
      }
    }
    return chars == null ? lower : new String(chars);
  }

  private static final String CYRILLIC_LOOKALIKES = "аеорсухіѕј";
  private static final String LATIN_LETTERS = "aeopcyxisj";
}
