package org.doppel.ingest.meta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A byline's text made into an author's name: lead words ("By", "Von", "Ein Kommentar von"), dates, job titles, places,
 * agencies and affiliations cut away, and the rest refused when it cannot be a person's name (a URL, a handle, a phrase,
 * too many words, the site's own name). {@link HtmlAuthors} finds the bylines; this cleans each value it finds.
 */
final class AuthorNames {
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)https?:|www\\.|@|\\.com\\b|\\d{3,}|"
          // a site-administration account, also under the club's or site's short name ("Bpcc Admin", "Admin SVM"): a login that
          // posted the text, not its writer
          + "^[\\p{L}\\p{N}._-]+\\s+admin(?:istrator)?$|^admin(?:istrator)?\\s+[\\p{L}\\p{N}._-]+$|"
          + "^(?:(?:web|site|wp|wordpress|sys|blog)?admin|administrator|webmaster|editor|anonymous|guest|"
          + "kommentar\\w*|comments?|about|home|menu|profile|share|view all posts.*|e\\.v\\.|"
          // a date line's label, which a theme classes like the byline beside it ("meta-prep-author": "Veröffentlicht am",
          // "Posted on") and whose date and name stand in elements of their own
          + "(?:posted|published|veröffentlicht|publiziert|erschienen|gepostet|eingestellt|publié|publicado|pubblicato)"
          + "(?:\\s+(?:on|in|am|im|le|el|il|en))?|"
          // an author box's heading, which templates class like the name under it ("about-author")
          + "[üÜ]ber\\s+(?:die|den)\\s+autor(?:in|en|innen)?|about\\s+the\\s+authors?|zu[mr]\\s+autor(?:in)?)$|\\b(?:gmbh|e\\.v\\.|ag|inc|ltd)$");
  /** A guest writer's byline opener: "Gastbeitrag von", "Guest post by", "Guest column by". */
  static final String GUEST = "gastbeitrag|gastartikel|gastkommentar|guest (?:post|article|column|essay|blog)";
  /**
   * The kind of piece before "von" or "by": "Ein Kommentar von", "Eine Analyse von", "Opinion by", "An analysis by". Newspapers
   * name an opinion piece, an analysis or a column so in its byline.
   */
  static final String PIECE = "eine?\\s+(?:gast)?(?:beitrag|artikel|kommentar|analyse|kolumne|glosse|essay|reportage|bericht|interview|film|video|podcast)"
      + "|(?:an?\\s+)?(?:opinion|commentary|analysis|column|essay)";
  private static final Pattern LEAD = Pattern.compile(
      "^(?i:(?:(?:post author|written|posted|report(?:ed)?|text|story|words|photos?|interview(?:ed)?|veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|eingetragen|gepostet|publié|escrito|publicado|"
          + PIECE + "|" + GUEST + "|(?:zeige )?alle beiträge|view all posts|posts|beitrag|artikel|pressemitteilung)\\s*)?(?:by|von|par|por|de|door)|vom|autor(?:in|en)?|authors?|auteurs?|"
          + "redaktion|(?:" + AuthorNames.TEXT_WORD + ")(?=\\s*:)|text|di|interview(?=\\s*:))(?:\\s*:\\s*|\\s+|(?=\\p{Lu}))");
  /**
   * Academic titles before a name ("Dr. Anna Muster", "Prof. Dr. Erik Beispiel", Austrian "Mag. Eva Muster", "Dipl.-Ing. Jan
   * Probe"): bylines show them, the author is the
   * name. Only at the start of a name, after a joiner or a list separator, and before a first name and a surname: "Dr. Oetker"
   * alone is a brand.
   */
  private static final Pattern ACADEMIC_TITLE = Pattern.compile(
      "(?:^|(?<=[;,&]\\s)|(?<=\\b(?:und|and)\\s))(?:(?:Prof|Dr|PD|Mag|Dipl\\.-\\p{L}{2,4})\\.\\s*)+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");
  /**
   * A job title after the name and a comma, a bar or a dash: "Jane Voe, Contributing Writer", "Erik Beispiel | Staff writer", and
   * the office with which a school, a club, a council or a company signs its news ("Jane Voe, Communications Coordinator", "…,
   * Library Director", "…, Club Secretary").
   */
  private static final Pattern ROLE_AFTER_COMMA = Pattern.compile(
      "\\s*(?:,|\\||–|—|\\s-)\\s*(?:\\p{L}+\\s+){0,2}(?i:writer|editor|correspondent|reporter|columnist|contributor|journalist"
          + "|coordinator|manager|director|officer|secretary|librarian|teacher|chair(?:man|woman|person)?|president)$"
          // a club's offices that are also surnames, so only in lower case ("Thirds coach", "1st XI captain"), and the
          // public relations officer's abbreviation ("Club PRO")
          + "|\\s*,\\s*(?:[\\p{L}\\p{N}]+\\s+){0,2}(?:coach|captain|PRO)$");
  /**
   * A club's, parish's or office's function after the name and a comma, as their pages sign a text: "Hans Muster, Obmann",
   * "Erika Beispiel, stellvertretende Vorsitzende", "Jan Probe, Pressewart". The function is a German noun (or a compound
   * ending in one), with at most two words of a desk after it ("…, Redakteur Politik") or a school class ("…, Klassenlehrer 5b");
   * only lower-case words or an ordinal stand before it, so a second writer's name ("…, Hans Leiter") stays.
   */
  private static final Pattern FUNCTION_AFTER_COMMA = Pattern.compile(
      "\\s*,\\s*(?:(?:\\p{Ll}[\\p{L}-]*|\\d{1,2}\\.)\\s+){0,2}(?=\\p{Lu})[\\p{L}-]*?(?iu:obmann|obfrau|vorsitzende[rn]?|vorstand|präsident(?:in)?"
          + "|wart(?:in)?|sprecher(?:in)?|referent(?:in)?|leiter(?:in)?|führer(?:in)?|kassier(?:er)?(?:in)?|trainer(?:in)?|pfarrer(?:in)?"
          + "|bürgermeister(?:in)?|redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|beauftragte[r]?"
          // the clergy and parish staff whom ROLE_PREFIX reads before a name: "…, Pastorin", "…, Sozialdiakon"
          + "|pastor(?:in)?|diakon(?:in)?|vikar(?:in)?|katechet(?:in)?|sekretär(?:in)?"
          // a school's teachers sign with their office and class: "…, Klassenlehrerin 7c", "…, Lehrer"
          + "|lehrer(?:in)?)(?:(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}|\\s+\\d{1,2}\\s?\\p{Ll}?)$");
  /**
   * A credit for the text, also with the pictures: "Text", "Text und Bild", "Text und Fotos", "Text &amp; photos", and a
   * club's "Bericht" (the report's writer: "Bericht: Anna Muster | Fotos: Erik Beispiel").
   */
  static final String TEXT_WORD = "text\\s*(?:und|u\\.|&|and|/)\\s*(?:bild(?:er)?|fotos?|photos?)|text|texte|textes|texto|words|bericht";
  /** A credit for the pictures: "Foto", "Bilder", "Photographs", "Grafik", "Illustration". */
  static final String PICTURE_WORD = "fotos?|bilder?|photos?|photographs?|pictures?|images?|grafik|illustrations?";
  /** "Anna Muster (Text), Erik Beispiel (Fotos)", "Anna Muster (Text und Bild)": the names before a bracketed "Text" credit. */
  private static final Pattern TEXT_CREDIT = Pattern.compile("^(?:\\p{L}+\\s*:\\s*)?([^()]{3,80}?)\\s*\\((?i:" + TEXT_WORD + ")\\)");
  /**
   * The newspaper's own staff before the name: "Von unserem Korrespondenten Felix Beispiel", "Von unserer Redakteurin …",
   * "unserem Mitarbeiter …".
   */
  private static final Pattern OUR_STAFF = Pattern.compile(
      "^(?iu:unsere[mnrs]?\\s+(?:\\p{L}+\\s+)?(?:korrespondent|redakteur|mitarbeiter|reporter|autor|redaktionsmitglied)\\p{L}*)\\s+(?=\\p{Lu})");
  private static final Pattern VON = Pattern.compile("(?i)[\\s|·•–-]*von\\s+\\p{L}");
  /**
   * The place German papers write after the writer's name in a "Von" byline: "Von Anna Muster, Berlin", "Von Erik Beispiel,
   * Frankfurt am Main". One capitalised word (two with "am", "an der", "New", "Bad"), after a name of two words or more;
   * the newsroom ("…, Redaktion") is not a place.
   */
  private static final Pattern PLACE_AFTER_COMMA = Pattern.compile(
      "(?<=\\p{L}\\s\\p{Lu}[\\p{L}'’.-]{1,40}),\\s+(?!(?i:redaktion|team|red|online|newsdesk|lokalredaktion)$)"
          + "(?:(?:Bad|New|Los|San|St\\.|Sankt)\\s+)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+(?:am|an der|im|in der|ob der)\\s+\\p{Lu}\\p{Ll}+)?$");
  /** A date cut leaves a weekday or a preposition behind: "Jana Beispiel Do", "Marc Exemple Le". */
  private static final Pattern TRAILING_WORD = Pattern.compile(
      "(?i)\\s+(?:on|am|le|el|the|vom|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?,?$");
  /**
   * What follows the name in the same block: a second label ("Jane Voe Edition : Sam Quist", "… Fotos: …")
   * or the publication note ("Jane Voe | Publicado hace 3 horas").
   */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "(?:\\s+\\p{Lu}[\\p{L}-]*\\s?:\\s"
          // a picture's credit after a separator, in any case and spacing: "Jane Voe / fotos: Sam Quist", "Anna Muster|Foto:Erik Beispiel"
          + "|\\s*[/·•|,;]\\s*(?iu:" + PICTURE_WORD + ")\\s*:"
          + "|\\s*[|·•]\\s*(?i:publicado|published|posted|veröffentlicht|publiziert|erschienen|publié|pubblicato|aktualisiert|updated|actualizado|stand)\\b"
          // the note in a box of its own, which the box's text joins to the name with a space ("Jane Voe Updated 3 hours ago"):
          // only capitalised, as a label opens, and only words no name is made of
          + "|\\s+(?:Publicado|Published|Posted|Veröffentlicht|Publiziert|Erschienen|Publié|Pubblicato|Aktualisiert|Updated|Actualizado)\\b"
          + "|\\s+(?:vor\\s+\\d+\\s+\\p{L}+|\\d+\\s+(?:minutes?|hours?|days?|mins?|hrs?)\\s+ago)\\b).*$");
  /** Where the name starts after a date: "… by Jane Voe", "… von Anna Muster", "Bericht vom 14.01.2014 – Anna Muster". */
  private static final Pattern BY_INSIDE = Pattern.compile("(?i)(?:^|\\s)(?:by|von)\\s+(?=\\p{Lu})|^\\s*[–—]\\s*(?=\\p{Lu}\\S+\\s+\\p{Lu})");
  private static final int MAX_WORDS = 12;
  /**
   * A link to the writer's posts in German WordPress themes, whose verb ends the sentence: "Alle Beiträge von Jane Voe
   * anzeigen →", "Alle Artikel von Jane Voe anzeigen": the name is between "von" and the verb.
   */
  private static final Pattern ALL_POSTS_LINK = Pattern.compile(
      "^(?iu:alle\\s+(?:beiträge|artikel)\\s+von)\\s+(\\S.*?)\\s+(?iu:anzeigen)\\W*$");
  /** A job title or office before the name: "Online-Experte Max Muster", "Redakteurin Anna Muster", "Pfarrerin Eva Beispiel". */
  private static final Pattern ROLE_PREFIX = Pattern.compile(
      "^[\\p{L}-]*(?i:experte|expertin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|editor|correspondent"
          // a parish's clergy sign with their office: "Pfarrerin Anna Muster", "Pastor Erik Beispiel"
          + "|pfarrer|pfarrerin|pastor|pastorin|diakon|diakonin|vikar|vikarin)\\s+(?=\\p{Lu})");
  /** A news agency after the writer: "Erika Muster, dpa". */
  /** The news agencies whose name follows a writer's in a byline, as a regular expression group, case-insensitive. */
  static final String AGENCIES = "(?i:dpa|afp|ap|apa|reuters|kna|epd|sid|dts|ddp|ots|associated press|agence france-presse|press association)";
  private static final Pattern AGENCY = Pattern.compile("(?i)\\s*[,/]\\s*" + AGENCIES + "(?:[-/ ]\\w+)?$");
  /**
   * An organisation's office, desk or studio, which signs for it or after a writer's name, with the place it stands in:
   * "Pfarrbüro", "Pressestelle Musterstadt", "Communications Office", a broadcaster's "ARD-Studio Brüssel". A compound that
   * ends in the office's word ("…büro", "…stelle", "…studio") or capitalised words before "Office" or "Bureau"; no person's
   * name has that form.
   */
  static final String OFFICE = "(?:(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:Office|Bureau)|\\p{Lu}[\\p{L}-]*(?iu:büro|stelle|sekretariat|studio))"
      + "(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}";
  /**
   * The service or the office a writer reports for, after a comma: "Jane Voe, Local Democracy Reporting Service", "Anna
   * Muster, Evangelischer Pressedienst", "Jane Voe, Communications Office", "Von Anna Muster, ARD-Studio Kassel". A few
   * capitalised words ending in a word that names an organisation, or an {@link #OFFICE}, not a person.
   */
  private static final Pattern AFFILIATION = Pattern.compile(
      "\\s*,\\s*(?:(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}(?:Service|Agency|Association|Agentur|Nachrichtenagentur|Pressedienst)|" + OFFICE + ")$");
  /** A lower-case first word before a capitalised one, other than a name particle ("van", "de", "von", "al"). */
  private static final Pattern LOWER_FIRST_WORD = Pattern.compile(
      "^(?!(?:van|von|de|der|den|da|das|del|della|di|du|la|le|al|el|bin|ibn|zu|ten|ter|vom|dos|do)\\s)\\p{Ll}+\\s+\\p{Lu}");
  /** "Jane Voe, professor of law at the university": the role after the comma is not part of the name. */
  private static final Pattern NAME_THEN_ROLE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+"
          + "(?:\\p{Ll}|\\p{Lu}[\\p{L}-]+\\s+(?!(?:and|und|y|et|e)\\s)\\p{Ll}{2,}\\s).+$");
  /**
   * A name in capitals and the writer's role after it in ordinary case, which the byline's markup set apart (a span of its
   * own) and its text joins with a space: "By JANE ROE Staff Writer", "Von ERIK BEISPIEL Redakteur", "By JANE ROE and SAM
   * QUINN Staff Writers". The change of case ends the names.
   */
  private static final Pattern CAPITALS_THEN_ROLE = Pattern.compile(
      "^(\\p{Lu}{2,}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){1,3}(?:(?:\\s*,\\s*|\\s+(?:and|und|&)\\s+)\\p{Lu}{2,}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){1,3})*)(?:\\s+(?:\\p{Lu}\\p{Ll}[\\p{L}-]*|\\p{Ll}[\\p{L}-]*)){1,5}$");
  /**
   * A legal form after an organisation's name ("VEREIN BEISPIEL e.V.", "NORDLICHT MEDIEN GmbH", "HARBOUR PRESS Ltd"):
   * no writer's role, so a name in capitals before it is an organisation's and is not cut to look like a person's.
   */
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "\\s+(?:e\\.\\s?V\\.?|eV|gGmbH|GmbH|mbH|Ltd\\.?|Limited|AG|KG|SE|Inc\\.?|LLC|plc|S\\.A\\.?)(?=\\s|$)");
  /**
   * A credit for other work than writing: "Edited by", "Translated by", "Herausgegeben von": the editor
   * or translator of the book or page, whose writer a later mark may name.
   */
  private static final Pattern OTHER_CREDIT = Pattern.compile(
      "(?iu)(?<!\\p{L})(?:edited|translated|compiled|illustrated|herausgegeben|übersetzt|bearbeitet)\\s+(?:by|von)\\b");
  /**
   * What a date cut leaves of a byline box that holds only a date: its weekday ("Freitag, 4. März 2022"). Month
   * names are not checked: "Jan" and "August" are first names, and a date cut takes the month with the date.
   */
  private static final Pattern WEEKDAY = Pattern.compile(DateText.WEEKDAY, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A one-word label before the names, as a byline box sets it: "Recherche-Team: Jane Voe, Sam Quist", "Reportage: Anna Muster";
   * not a picture's, a source's or a date's label, whose names are no writer's.
   */
  private static final Pattern LABEL = Pattern.compile(
      "^(?!(?iu:fotos?|bild(?:er|quelle)?|photos?|quelle|source|grafik|kamera|video|illustrations?|credits?|update|stand|datum|date)\\s*:)"
          + "\\p{Lu}[\\p{L}-]{1,24}\\s*:\\s+(?=\\p{Lu})");

  /** A weekday, with "on" or "am" before it, at the end of what is left before a date: "Jane Voe on Monday,". */
  private static final Pattern WEEKDAY_BEFORE_DATE = Pattern.compile(
      "(?<=\\p{L})\\s+(?:(?:on|am|le|el)\\s+)?(?:" + DateText.WEEKDAY + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A one-word label with its colon after a separator, at the end of what is left before a date. */
  private static final Pattern DATE_LABEL = Pattern.compile("\\s*[|·•/]\\s*\\p{Lu}\\p{Ll}+\\s*:\\s*$");

  private AuthorNames() {}

  /** Whether {@code text} opens with a job title or an office before a name ("Pfarrerin Eva Beispiel", "Redakteur Max Muster"). */
  static boolean opensWithRole(String text) {
    return ROLE_PREFIX.matcher(text).lookingAt();
  }

  /**
   * Whether {@code part} is a job title or a function alone ("Staff Writer", "Redakteurin Wirtschaft"), such as the rules
   * below cut after a name and a comma.
   */
  static boolean isRole(String part) {
    return ROLE_AFTER_COMMA.matcher(", " + part).matches() || FUNCTION_AFTER_COMMA.matcher(", " + part).matches();
  }

  /** A name cleaned of lead words, dates and roles, or null when it cannot be a person's name. */
  static @Nullable String clean(@Nullable String raw, @Nullable String site) {
    if (raw == null || OTHER_CREDIT.matcher(raw).find()) {
      return null;
    }
    String text = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    Matcher allPosts = ALL_POSTS_LINK.matcher(text.strip());
    text = allPosts.matches() ? allPosts.group(1) : text;
    // "Anna Muster (Text), Erik Beispiel (Fotos)": the credit for the text names the writer
    Matcher credit = TEXT_CREDIT.matcher(text);
    text = (credit.find() ? credit.group(1) : text).replaceAll("\\s*\\([^)]*\\)", "").strip();
    boolean opensWithVon = VON.matcher(text).lookingAt();
    // the date is looked for before leading digits go: "4. März 2022" in a byline box is a date, not the name "März"
    var date = DateText.locate(text, false);
    boolean dateCut = date.isPresent();
    if (date.isPresent()) {
      // "Posted on March 2, 2024 by Jane Voe": the name follows the date
      String after = text.substring(date.get().end());
      var by = BY_INSIDE.matcher(after);
      text = by.find() ? after.substring(by.end()) : text.substring(0, date.get().start());
      // the date's own label, left behind after a separator: "Autor: Jane Voe | Datum: 14.03.2023"
      text = DATE_LABEL.matcher(text).replaceFirst("");
      // the date's weekday, left behind before it: "By Jane Voe on Monday, March 4, 2024" (a weekday alone after a name is
      // no date: a paper may be named "… on Sunday")
      text = WEEKDAY_BEFORE_DATE.matcher(text).replaceFirst("");
    }
    text = withoutAffiliation(withoutLeadAndTrail(text), opensWithVon);
    String uncut = text;
    text = withoutRole(text);
    if (text.isEmpty() || text.length() < 2 || text.split("\\s+").length > MAX_WORDS || NOT_A_NAME.matcher(text).find()
        || !Character.isLetter(text.codePointAt(0)) || dateCut && WEEKDAY.matcher(text).matches()) {
      return null;
    }
    return site == null ? phraseOrName(text) : withoutSite(text, uncut, site);
  }

  /** {@code text} without the words around a name: a lead ("By", "Von"), a label, "our staff", a trailing date's words. */
  private static String withoutLeadAndTrail(String text) {
    text = text.replaceFirst("^[^\\p{L}]+", "");
    text = LEAD.matcher(text.strip()).replaceFirst("");
    text = LABEL.matcher(text).replaceFirst("");
    text = OUR_STAFF.matcher(text).replaceFirst("");
    text = text.replaceAll("(?i)\\s*(?:\\||•|·|—|–|-|,)?\\s*\\b(?:am|on|published|veröffentlicht|updated)\\s*:?\\s*$", "");
    // a time after the name: "posted by Jane Voe at 12:53", "par Marc Exemple à 9h30"
    text = text.replaceFirst("(?i)\\s+(?:am|on|le|el|um)\\s+\\d.*$", "").replaceFirst("(?i)\\s+(?:at|à|alle)\\s+\\d{1,2}[:.h]\\d{2}\\b.*$", "").replaceAll("[\\s»«›‹·•|,;:]+\\d*\\s*$", "");
    for (String before = null; !text.equals(before); ) {
      before = text;
      text = TRAILING_WORD.matcher(text).replaceFirst("").replaceAll("[\\s,;:|·–-]+$", "");
    }
    text = NEXT_LABEL.matcher(text).replaceFirst("");
    return text.replaceFirst("(?<=\\p{Ll}{3})\\.$", ""); // "Ein Film von Lea Beispiel. Kamera: …": the sentence's full stop
  }

  /**
   * {@code text} without an agency, an affiliation, a role, place or function after a comma, and a role after the name
   * in its case; a place after a comma only when the byline opened with "von" ({@code opensWithVon}).
   */
  private static String withoutAffiliation(String text, boolean opensWithVon) {
    text = AGENCY.matcher(text).replaceFirst("");
    text = AFFILIATION.matcher(text).replaceFirst("");
    text = ROLE_AFTER_COMMA.matcher(text).replaceFirst("");
    if (opensWithVon) {
      text = PLACE_AFTER_COMMA.matcher(text).replaceFirst("");
    }
    text = FUNCTION_AFTER_COMMA.matcher(text).replaceFirst("");
    return NAME_THEN_ROLE.matcher(text).replaceFirst("$1");
  }

  /**
   * {@code text} without a role after a name in capitals (not an organisation's legal form), a role before the name,
   * the punctuation left at either end, and academic titles.
   */
  private static String withoutRole(String text) {
    Matcher capitalsThenRole = CAPITALS_THEN_ROLE.matcher(text);
    if (capitalsThenRole.matches() && !LEGAL_FORM.matcher(text).region(capitalsThenRole.end(1), text.length()).lookingAt()) {
      text = capitalsThenRole.group(1);
    }
    text = ROLE_PREFIX.matcher(text).replaceFirst("");
    // a forum's "NAME » date" and a breadcrumb-like "NAME ›" leave the guillemet behind once the date is cut
    text = text.replaceAll("^[\\s,;:|·•–—-]+|[\\s,;:|·•–»«›‹/-]+$", "").strip();
    return ACADEMIC_TITLE.matcher(text).replaceAll("");
  }

  /**
   * {@code name} without the {@code site}'s name after it, or null when it is the site's name ({@code uncut}: as it was
   * before a role was cut) or a phrase ({@link #phraseOrName}).
   */
  private static @Nullable String withoutSite(String name, String uncut, String site) {
    String text = name;
    if (HtmlTitles.key(text).equals(HtmlTitles.key(site)) || HtmlTitles.key(uncut).equals(HtmlTitles.key(site))) {
      return null;
    }
    if (text.endsWith(" " + site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
      text = text.substring(0, text.lastIndexOf(' ')); // "Anna mustermann" on mustermann.de
    }
    if (text.endsWith(", " + site)) {
      text = text.substring(0, text.length() - site.length() - 2); // "Sam Quist, Valley Post"
    }
    return phraseOrName(text);
  }

  /** {@code text}, or null when it reads as a phrase: a word in lower case first, or many words all in lower case. */
  private static @Nullable String phraseOrName(String text) {
    if (LOWER_FIRST_WORD.matcher(text).find()) {
      return null; // "deinen Lieblingsbloggern": a phrase, not a name
    }
    return text.toLowerCase(Locale.ROOT).equals(text) && text.contains(" ") && text.split(" ").length > 4 ? null : text;
  }
}
