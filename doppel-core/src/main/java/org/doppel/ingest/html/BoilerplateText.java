package org.doppel.ingest.html;

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
      "(?iu)(advertisement|anzeige|publicité|publicidad|pubblicità|werbung|sponsored|"
          + "share( this( article| story| post| page)?)?|teilen|artikel teilen|partager|compartir|condividi|"
          + "read more|continue reading|weiterlesen|lire la suite|leer más|leggi anche|"
          + "print|drucken|e-?mail|tweet|comments?|kommentare?|\\d+ (comments?|kommentare?)|"
          + "related( articles| stories| posts| content)?|see also|siehe auch|mehr zum thema|mehr themen|"
          + "weitere (artikel|themen|infos?|informationen)|more on this( topic| story)?|"
          + "skip to (main )?content|back to top|nach oben|loading\\W*|image|photo|foto|bild|video|"
          + "(bild|foto|photo|image)(quelle|nachweis)?\\W.{0,60}|credit\\W.{0,60}|beitragsbild.{0,60}|"
          + "(c|©|\\(c\\)) ?\\d{4}.{0,120}|kontakt|contact( us)?|impressum|"
          + "(das|dies) (könnte|dürfte) (dich|sie|euch) auch interessieren.{0,40}|"
          + "(lesen sie|lies) (auch|mehr).{0,60}|schon gelesen.{0,40}|zum weiterlesen.{0,40}|"
          + "weiterführende(r)? links?.{0,40}|auch interessant.{0,40}|empfohlene artikel.{0,40}|"
          + "(you|we) (might|may) also like.{0,40}|recommended( for you| stories)?.{0,40}|"
          + "(tags|schlagworte|themen|topics|categor(y|ies)|kategorien?)\\s*:.{0,120})[.:!?]?");

  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "(?iu).*(\\bsubscri(be|ption|ber)|abonn(ent|ier|ement)|newsletter|\\bsign up\\b|anmelden|"
          + "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos|"
          + "copyright(ed)?\\b|written permission|\\bdownload (the|our)\\b.*\\bapps?\\b|"
          + "follow us|folge uns|folgen sie uns|suivez-nous|síguenos|"
          + "(telegram|whatsapp|youtube|instagram|facebook|twitter)[- ]?(kanal|channel|canal|account)|"
          + "canal de (youtube|telegram|whatsapp)|war (der|dieser) artikel (nützlich|hilfreich)|"
          + "was this (article|page) helpful|if you (enjoyed|liked) (reading )?this|"
          + "gefällt (dir|ihnen) (unser|dieser)|hat (dir|ihnen) (der|dieser) artikel gefallen).*");

  private BoilerplateText() {}

  /** Whether this line (a paragraph, list item or heading) is boilerplate by its words alone. */
  static boolean isBoilerplate(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    return WHOLE_LINE.matcher(text).matches() || CALL_TO_ACTION.matcher(text).matches();
  }
}
