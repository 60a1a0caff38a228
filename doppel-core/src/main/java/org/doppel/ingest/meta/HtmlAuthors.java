package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's author: JSON-LD author names, author meta tags, then the page's own byline
 * marks ({@code itemprop=author}, {@code rel=author}, elements classed "author" or "byline").
 * Each value is cleaned ("By", "Von", dates, job titles removed) and rejected when it is a URL,
 * a handle, too long for a name, or the site's own name.
 */
final class HtmlAuthors {
  private static final String[] META = {"author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
      "parsely-author", "citation_author", "og:article:author", "book:author", "creator", "authors"};
  private static final String BYLINE_MARKS = String.join(", ", "byline",
      "[itemprop~=(?i)^author$] [itemprop=name]", "[itemprop~=(?i)^author$]", "a[rel~=(?i)^author$]", "[rel~=(?i)^author$]",
      "[class~=(?i)(^|\\s)(author|byline|by-line|author-name|authorname|post-author|entry-author|article-author|autor|author-link|"
          + "fn|vcard|meta-author|story-byline|c-byline|byline__name|author__name|td-post-author-name)(\\s|$)]",
      "[class~=(?i)[-_](author|autor|auteur|autore|byline)([-_]name|[-_]link)?(\\s|$)]", "[class~=(?i)^(auteurs?|autore|autori|autoren|autorin)$]", "[id~=(?i)^(author|byline|autor)$]",
      // a link to the writer's page ("/author/jane-doe/", "/autor/max-muster") and the HTML5 contact block of an article
      // (plain substring tests: a regex would run on every link of every page)
      "a[href*=/author/]", "a[href*=/autor/]", "a[href*=/auteur/]", "article address");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)https?:|www\\.|@|\\.com\\b|\\d{3,}|^(?:admin|administrator|wordpressadmin|editor|anonymous|guest|"
          + "posted|published|kommentar\\w*|comments?|about|home|menu|profile|share|view all posts.*|e\\.v\\.)$|\\b(?:gmbh|e\\.v\\.|ag|inc|ltd)$");
  /** A guest writer's byline opener: "Gastbeitrag von", "Guest post by", "Guest column by". */
  private static final String GUEST = "gastbeitrag|gastartikel|gastkommentar|guest (?:post|article|column|essay|blog)";
  /**
   * The kind of piece before "von" or "by": "Ein Kommentar von", "Eine Analyse von", "Opinion by", "An analysis by". Newspapers
   * name an opinion piece, an analysis or a column so in its byline.
   */
  private static final String PIECE = "eine?\\s+(?:gast)?(?:beitrag|artikel|kommentar|analyse|kolumne|glosse|essay|reportage|bericht|interview|film|video|podcast)"
      + "|(?:an?\\s+)?(?:opinion|commentary|analysis|column|essay)";
  private static final Pattern LEAD = Pattern.compile(
      "^(?i:(?:(?:post author|written|posted|reported|text|story|words|photos?|veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|gepostet|publié|escrito|publicado|"
          + PIECE + "|" + GUEST + "|(?:zeige )?alle beiträge|view all posts|posts|beitrag|artikel|pressemitteilung)\\s*)?(?:by|von|par|por|de)|vom|autor(?:in|en)?|authors?|auteurs?|"
          + "redaktion|text|di|interview(?=\\s*:))(?:\\s*:\\s*|\\s+|(?=\\p{Lu}))");
  /**
   * Academic titles before a name ("Dr. Anna Muster", "Prof. Dr. Erik Beispiel", Austrian "Mag. Eva Muster", "Dipl.-Ing. Jan Probe"): bylines show them, the author is the
   * name. Only at the start of a name, after a joiner or a list separator, and before a first name and a surname: "Dr. Oetker"
   * alone is a brand.
   */
  private static final Pattern ACADEMIC_TITLE = Pattern.compile(
      "(?:^|(?<=[;,&]\\s)|(?<=\\b(?:und|and)\\s))(?:(?:Prof|Dr|PD|Mag|Dipl\\.-\\p{L}{2,4})\\.\\s*)+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");
  /** A job title after the name and a comma, a bar or a dash: "Jane Doe, Contributing Writer", "Erik Beispiel | Staff writer". */
  private static final Pattern ROLE_AFTER_COMMA = Pattern.compile(
      "\\s*(?:,|\\||–|—|\\s-)\\s*(?:\\p{L}+\\s+){0,2}(?i:writer|editor|correspondent|reporter|columnist|contributor|journalist)$");
  /**
   * A club's, parish's or office's function after the name and a comma, as their pages sign a text: "Hans Muster, Obmann",
   * "Erika Beispiel, stellvertretende Vorsitzende", "Jan Probe, Pressewart". The function is a German noun (or a compound
   * ending in one), with at most two words of a desk after it ("…, Redakteur Politik"); only lower-case words or an ordinal
   * stand before it, so a second writer's name ("…, Hans Leiter") stays.
   */
  private static final Pattern FUNCTION_AFTER_COMMA = Pattern.compile(
      "\\s*,\\s*(?:(?:\\p{Ll}[\\p{L}-]*|\\d{1,2}\\.)\\s+){0,2}(?=\\p{Lu})[\\p{L}-]*?(?iu:obmann|obfrau|vorsitzende[rn]?|vorstand|präsident(?:in)?"
          + "|wart(?:in)?|sprecher(?:in)?|referent(?:in)?|leiter(?:in)?|führer(?:in)?|kassier(?:er)?(?:in)?|trainer(?:in)?|pfarrer(?:in)?"
          + "|bürgermeister(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|beauftragte[r]?)(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}$");
  /** A credit for the text, also with the pictures: "Text", "Text und Bild", "Text und Fotos", "Text & photos". */
  private static final String TEXT_WORD = "text|texte|textes|texto|words|text\\s*(?:und|u\\.|&|and|/)\\s*(?:bild(?:er)?|fotos?|photos?)";
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
   * What follows the name in the same block: a second label ("Jane Doe Edition : Sam Quinn", "… Fotos: …")
   * or the publication note ("Jane Doe | Publicado hace 3 horas").
   */
  private static final Pattern NEXT_LABEL = Pattern.compile(
      "(?:\\s+\\p{Lu}[\\p{L}-]*\\s?:\\s|\\s*[|·•]\\s*(?i:publicado|published|posted|veröffentlicht|publiziert|erschienen|publié|pubblicato|aktualisiert|updated|actualizado|stand)\\b).*$");
  /** Where the name starts after a date: "… by Jane Doe", "… von Anna Muster", "Bericht vom 14.01.2014 – Anna Muster". */
  private static final Pattern BY_INSIDE = Pattern.compile("(?i)(?:^|\\s)(?:by|von)\\s+(?=\\p{Lu})|^\\s*[–—]\\s*(?=\\p{Lu}\\S+\\s+\\p{Lu})");
  private static final int MAX_WORDS = 12;
  /** Where other people's names stand: comments, related posts, sidebars. */
  private static final Evaluator ELSEWHERE = QueryParser.parse(
      "[class~=(?i)(^|\\s)(comments?|comment-\\w+|commentlist|related|related-\\w+|teaser|"
      + "sidebar|widget|site-footer|avatar)(\\s|$)], [id~=(?i)^(comments|respond|sidebar)$], [class*=related]");
  private static final Evaluator MARKS = QueryParser.parse(BYLINE_MARKS);
  /** A job title or office before the name: "Online-Experte Max Muster", "Redakteurin Anna Muster", "Pfarrerin Eva Beispiel". */
  private static final Pattern ROLE_PREFIX = Pattern.compile(
      "^[\\p{L}-]*(?i:experte|expertin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|editor|correspondent"
          // a parish's clergy sign with their office: "Pfarrerin Anna Muster", "Pastor Erik Beispiel"
          + "|pfarrer|pfarrerin|pastor|pastorin|diakon|diakonin|vikar|vikarin)\\s+(?=\\p{Lu})");
  /** A news agency after the writer: "Erika Muster, dpa". */
  private static final Pattern AGENCY = Pattern.compile(
      "(?i)\\s*[,/]\\s*(?:dpa|afp|ap|apa|reuters|kna|epd|sid|dts|ddp|ots|associated press|agence france-presse|press association)(?:[-/ ]\\w+)?$");
  /**
   * The service a writer reports for, after a comma: "Jane Doe, Local Democracy Reporting Service", "Anna Muster, Evangelischer
   * Pressedienst". A few capitalised words ending in a word that names an organisation, not a person.
   */
  private static final Pattern AFFILIATION = Pattern.compile(
      "\\s*,\\s*(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}(?:Service|Agency|Association|Bureau|Agentur|Nachrichtenagentur|Pressedienst)$");
  /**
   * A Chinese or Japanese byline label and the name after it: "作者：", "记者", "责任编辑：", "编辑：",
   * "文："; names in Han script have no capital letter to go by. Only "记者" (reporter) goes without a
   * colon: the other labels begin ordinary words too. The label ends the block ("【纠错】 责任编辑： 王小明").
   */
  private static final Pattern HAN_BYLINE = Pattern.compile(
      "(?:^|[\\s【】\\[\\]（）()])(?:(?:责任编辑|編集|编辑|作者|撰文|文)\\s*[：:]|记者|記者)\\s*(\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){0,2})\\s*[】\\]）)]?$");
  /** A short line that dates a report before its signature: "Bericht vom 14.01.2014 ", "14.01.2014 ". */
  private static final String DATE_LINE = "(?:\\p{L}+\\s+vom\\s+)?\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}\\s+";
  private static final Pattern TEXT_BYLINE = Pattern.compile(
      "^[\\s|·•–-]*(?i:(?:(?:geschrieben|verfasst|erstellt|eingestellt|gepostet|written|posted|publié|escrito|publicado|" + PIECE + "|"
          + GUEST.replace(" ", "\\s+") + ")\\s+)?"
          + "(?:von|by|par|por)\\s*:?|"
          + "autor(?:in|en)?\\s*:?|author\\s*:|auteur\\s*:|text\\s*:|redaktion\\s*:)\\s+\\p{Lu}"
          // a credit line that opens with the writer: "Anna Muster (Text), Erik Beispiel (Fotos)"
          + "|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*\\((?i:" + TEXT_WORD + ")\\)"
          // a posting line that dates before it names: "Posted on March 12, 2012 by Jane Doe", "Eingestellt am 19.3.2012 von …"
          + "|^(?i:eingestellt|geschrieben|veröffentlicht|erstellt|gepostet|posted|written|published)\\s+(?i:am|on)\\s+[^|·•]{4,30}?\\s+"
          + "(?i:von|by)\\s+\\p{Lu}"
          // a writer's name after a dash, alone on the last line of a report ("– Anna Muster"), after its date line at most
          + "|^(?:" + DATE_LINE + ")?[–—]\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");

  /** Sites that name a byline through Twitter's label/data pairs ("Written by" / "Jane Doe"). */
  private static @Nullable String twitterLabelled(MetaTags meta) {
    for (int i = 1; i <= 4; i++) {
      String label = meta.first("twitter:label" + i);
      if (label != null && label.toLowerCase(Locale.ROOT).matches("written by|author|autor|verfasst von|geschrieben von")) {
        return meta.first("twitter:data" + i);
      }
    }
    return null;
  }

  /** {@code value} without the parts that name the publisher ("Diario Ejemplo - Ana Pérez"), or null when nothing else is left. */
  private static @Nullable String withoutOrganisation(@Nullable String value, @Nullable String site, @Nullable String host) {
    if (value == null) {
      return null;
    }
    if (!isOrganisation(value, site, host)) {
      return value;
    }
    for (String part : value.split("\\s+[-–|·]\\s+|,\\s+")) {
      if (!part.isBlank() && !isOrganisation(part, site, host) && part.split("\\s+").length <= 4 && Bylines.cleanNames(part).isPresent()) {
        return part.strip();
      }
    }
    return null;
  }

  /** A meta or JSON-LD "author" that is the publisher itself: the site's name or host in it. */
  private static boolean isOrganisation(String name, @Nullable String site, @Nullable String host) {
    String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (site != null) {
      String siteLetters = site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (siteLetters.length() > 3 && (letters.contains(siteLetters) || siteLetters.contains(letters))) {
        return true;
      }
    }
    if (host != null) {
      String[] labels = host.replaceFirst("^www\\.", "").split("\\.");
      String domain = labels[0].replaceAll("[^\\p{L}\\p{N}]", "");
      // a person's own site is named after them: "Jane Doe" on jane.example
      boolean ownSite = letters.startsWith(domain) && !letters.equals(domain) && Bylines.cleanNames(name).isPresent()
          && name.split("\\s+").length <= 3;
      return domain.length() > 3 && letters.contains(domain) && !ownSite;
    }
    return false;
  }

  private HtmlAuthors() {}

  record Found(String author, String where) {}

  static Optional<Found> find(Document page, JsonLd.Facts ld, MetaTags meta, @Nullable String site, @Nullable String host, List<ShortBlocks.Block> blocks) {
    String holder = CopyrightHolder.of(meta, blocks);
    List<Found> publishers = new ArrayList<>();
    Found[] ldOrganisation = new Found[1];
    Optional<Found> found = findPerson(page, ld, meta, site, host, blocks, holder, publishers, ldOrganisation);
    if (found.isPresent()) {
      return found;
    }
    // a local paper's writer signs the text with initials ("… erreichbar. (ab)"), spelled out where the page lists its staff
    Optional<Found> initials = SignOffInitials.of(page, ELSEWHERE).map(author -> new Found(author, "initials"));
    if (initials.isPresent()) {
      return initials;
    }
    // no person named anywhere: the publisher that signs as author is the author, under the site's own name too
    if (!publishers.isEmpty()) {
      return Optional.of(publishers.get(0));
    }
    for (String name : META) {
      String value = clean(meta.first(name), null);
      if (value != null) {
        return Optional.of(new Found(value, "meta:" + name));
      }
    }
    if (ldOrganisation[0] != null) {
      return Optional.of(ldOrganisation[0]);
    }
    // a one-person site often names its writer only in its copyright notice
    String owner = holder == null ? null : clean(holder, null);
    if (owner != null && owner.split("\\s+").length <= 4 && Bylines.cleanNames(owner).isPresent()) {
      return Optional.of(new Found(owner, "copyright"));
    }
    return Optional.empty();
  }

  /** Whether {@code name} is the holder of the page's copyright: the publisher, when a writer is named elsewhere. */
  private static boolean isHolder(String name, @Nullable String holder) {
    return holder != null && HtmlTitles.key(name).equals(HtmlTitles.key(holder));
  }

  /**
   * The first person the page names as author. Names that turn out to be the publisher (the site,
   * the host, the copyright holder) go to {@code publishers}, in the order found, and an
   * organisation named as JSON-LD author to {@code ldOrganisation}, for when no person is named at all.
   */
  private static Optional<Found> findPerson(Document page, JsonLd.Facts ld, MetaTags meta, @Nullable String site, @Nullable String host,
      List<ShortBlocks.Block> blocks, @Nullable String holder, List<Found> publishers, Found[] ldOrganisation) {
    if (ld.publisher() != null) {
      site = site == null ? ld.publisher() : site;
    }
    String publisher = ld.publisher();
    List<String> webmasters = Webmasters.of(blocks);
    if (!ld.authors().isEmpty()) {
      String knownSite = site;
      List<String> cleaned = ld.authors().stream().map(n -> clean(n, knownSite)).filter(n -> n != null).distinct().toList();
      List<String> names = cleaned.stream().filter(n -> !isOrganisation(n, knownSite, host)).toList();
      if (!names.isEmpty()) {
        return Optional.of(new Found(String.join("; ", names), "json-ld"));
      }
      cleaned.stream().findFirst().ifPresent(n -> ldOrganisation[0] = new Found(n, "json-ld"));
    }
    for (String name : META) {
      String value = clean(meta.first(name), site);
      value = withoutOrganisation(value, site, host);
      if (value != null && publisher != null && HtmlTitles.key(value).equals(HtmlTitles.key(publisher))) {
        value = null;
      }
      if (value != null && (isHolder(value, holder) || isAgency(value) || isNewsroom(value) || Webmasters.isOne(value, webmasters))) {
        publishers.add(new Found(value, "meta:" + name)); // a wire's name in the meta tag: a byline may name the reporter
      } else if (value != null) {
        return Optional.of(new Found(withRepeated(meta, name, value, site), "meta:" + name));
      }
    }
    Element headline = page.selectFirst("h1");
    for (Element mark : page.select(MARKS)) {
      if (elsewhere(mark) && !besideHeadline(mark, headline)) {
        continue;
      }
      String text = mark.hasAttr("content") ? mark.attr("content") : mark.text();
      if (text.isBlank()) {
        text = portraitName(mark); // a link to the writer's page around their photo: the name is the photo's alt text
      }
      String value = firstLineName(mark, site).orElse(clean(text, site));
      if (value != null && (isOrganisation(value, site, host) || isHolder(value, holder) || isAgency(value) || isNewsroom(value))) {
        publishers.add(new Found(value, "byline")); // a later mark may name the writer
      } else if (value != null) {
        return Optional.of(new Found(value, "byline"));
      }
    }
    String labelled = withoutOrganisation(clean(twitterLabelled(meta), site), site, host);
    if (labelled != null) {
      return Optional.of(new Found(labelled, "meta:twitter:data1"));
    }
    String siteName = site;
    Optional<Found> cell = LabelledCells.author(page).map(name -> clean(name, siteName)).filter(name -> !isNewsroom(name))
        .map(name -> new Found(name, "labelled-cell"));
    if (cell.isPresent()) {
      return cell;
    }
    // a short paragraph that is only a byline: "von Max Muster", "Autoren Anna Muster und Erik Beispiel"
    for (ShortBlocks.Block block : blocks) {
      String text = bylinePart(block.text());
      if (text.length() < 120 && TEXT_BYLINE.matcher(text).find() && !elsewhere(block.element())) {
        String value = clean(text, site);
        if (value != null && isNewsroom(value)) {
          publishers.add(new Found(value, "text")); // "Geschrieben von Redaktion": a writer may sign below
        } else if (value != null && value.split("\\s+").length <= 6 && Character.isUpperCase(value.codePointAt(0))) {
          return Optional.of(new Found(value, "text"));
        }
      }
      Matcher han = HAN_BYLINE.matcher(text);
      if (text.length() < 60 && han.find()) {
        return Optional.of(new Found(han.group(1).replaceAll("\\s+", " "), "text"));
      }
    }
    return Optional.empty();
  }

  /** The newsroom as a whole, which a CMS names where no writer signs: "Redaktion", "Die Redaktion", "Online-Redaktion". */
  private static final Pattern NEWSROOM = Pattern.compile("(?iu)(?:die\\s+)?(?:online-?|lokal-?)?redaktion|newsroom|editorial\\s+(?:team|staff)");

  /** Whether {@code name} names the newsroom, not a writer: a later byline may name the person. */
  static boolean isNewsroom(String name) {
    return NEWSROOM.matcher(name.strip()).matches();
  }

  /**
   * The name on the first line of a byline mark whose next line gives the writer's job ("By Jane Doe<br>Staff Writer"):
   * the line break separates them as a comma would. Empty when the mark has no line break or its first line is no name
   * of two words or more.
   */
  private static Optional<String> firstLineName(Element mark, @Nullable String site) {
    Element lineBreak = mark.selectFirst("br");
    if (lineBreak == null || lineBreak.parent() != mark) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder();
    for (org.jsoup.nodes.Node node : mark.childNodes()) {
      if (node == lineBreak) {
        break;
      }
      line.append(node instanceof Element element ? element.text() : node instanceof org.jsoup.nodes.TextNode textNode ? textNode.text() : "");
    }
    String name = clean(line.toString(), site);
    return name != null && name.split("\\s+").length >= 2 ? Optional.of(name) : Optional.empty();
  }

  /** The news agencies whose name a page gives as author when it runs their copy: "dpa", "Reuters", "AFP/AP". */
  private static final Pattern AGENCY_NAME = Pattern.compile(
      "(?i)(?:dpa|afp|ap|apa|reuters|kna|epd|sid|dts|ddp|ots|ansa|efe|sda|keystone-sda|europa press|associated press|"
          + "agence france-presse|press association|pa media|aap|upi)");
  private static final Pattern AGENCY_JOINER = Pattern.compile("\\s*(?:[/,&+]|\\bund\\b|\\band\\b)\\s*");

  /** Whether {@code name} names news agencies only ("Reuters", "dpa/AFP"), which wire their copy, not a writer. */
  static boolean isAgency(String name) {
    for (String part : AGENCY_JOINER.split(name.strip())) {
      if (!AGENCY_NAME.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names of every meta tag called {@code name}, joined with "; ", when the page repeats the tag for several writers
   * ({@code parsely-author}, {@code article:author}, {@code citation_author}: one tag a writer); else {@code first}.
   */
  private static String withRepeated(MetaTags meta, String name, String first, @Nullable String site) {
    List<String> all = meta.all(name);
    if (all.size() < 2) {
      return first;
    }
    List<String> names = all.stream().map(value -> clean(value, site)).filter(value -> value != null).distinct().toList();
    return names.size() > 1 && names.contains(first) ? String.join("; ", names) : first;
  }

  /** The alt text of a portrait inside a byline mark that shows no text, when it reads as a name of two to four words. */
  private static String portraitName(Element mark) {
    Element portrait = mark.selectFirst("img[alt]");
    if (portrait == null) {
      return "";
    }
    String alt = portrait.attr("alt").strip();
    int words = alt.isEmpty() ? 0 : alt.split("\\s+").length;
    return words >= 2 && words <= 4 && Bylines.cleanNames(alt).filter(alt::equals).isPresent() ? alt : "";
  }

  /** The separators of a meta line's items: "Published 4 March 2024 · Guest post by Jane Doe · 5 min read". */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s[·|•]\\s");

  /**
   * The item of a meta line that is a byline, when the line opens with another item (its date): "Published 4 March 2024 ·
   * Guest post by Jane Doe · 5 min read" → "Guest post by Jane Doe"; else the whole line.
   */
  private static String bylinePart(String text) {
    if (text.length() >= 120 || TEXT_BYLINE.matcher(text).find()) {
      return text;
    }
    Matcher separator = ITEM_SEPARATOR.matcher(text);
    while (separator.find()) {
      String rest = text.substring(separator.end());
      if (TEXT_BYLINE.matcher(rest).find()) {
        Matcher next = ITEM_SEPARATOR.matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest; // the items after it ("5 min read") are not the name
      }
    }
    return text;
  }

  /** The post itself, as hAtom ({@code hentry}, {@code h-entry}) and schema.org microdata mark it. */
  private static final Evaluator POST = QueryParser.parse(
      "[class~=(?i)(^|\\s)(hentry|h-entry)(\\s|$)], [itemtype~=(?i)schema.org/(BlogPosting|Article|NewsArticle|Report)$]");

  /**
   * Whether {@code element} stands where other people's names stand (comments, related posts, side boxes), inside
   * the post that the page marks up as such (hAtom, schema.org) when there is one: a blog template that calls the
   * column of its posts a "widget" (Blogger's "widget Blog") does not make the post's own byline a side box's.
   */
  static boolean elsewhere(Element element) {
    Element post = element.closest(POST);
    for (Element e = element; e != null && e != post; e = e.parent()) {
      if (e.is(ELSEWHERE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code mark} stands in the same small block as the page's headline (the header of the
   * article): a byline there is the article's, whatever the template calls the container around both.
   */
  static boolean besideHeadline(Element mark, @Nullable Element headline) {
    if (headline == null) {
      return false;
    }
    Element up = mark.parent();
    for (int level = 0; level < 3 && up != null; level++, up = up.parent()) {
      if (up == headline || headline.parent() == up || up.normalName().equals("header") && headline.closest("header") == up) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case first word before a capitalised one, other than a name particle ("van", "de", "von", "al"). */
  private static final Pattern LOWER_FIRST_WORD = Pattern.compile(
      "^(?!(?:van|von|de|der|den|da|das|del|della|di|du|la|le|al|el|bin|ibn|zu|ten|ter|vom|dos|do)\\s)\\p{Ll}+\\s+\\p{Lu}");

  /** "Jane Doe, professor of law at the university": the role after the comma is not part of the name. */
  private static final Pattern NAME_THEN_ROLE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),\\s+"
          + "(?:\\p{Ll}|\\p{Lu}[\\p{L}-]+\\s+(?!(?:and|und|y|et|e)\\s)\\p{Ll}{2,}\\s).+$");

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

  /** A name cleaned of lead words, dates and roles, or null when it cannot be a person's name. */
  static @Nullable String clean(@Nullable String raw, @Nullable String site) {
    if (raw == null || OTHER_CREDIT.matcher(raw).find()) {
      return null;
    }
    String text = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    // "Anna Muster (Text), Erik Beispiel (Fotos)": the credit for the text names the writer
    Matcher credit = TEXT_CREDIT.matcher(text);
    text = (credit.find() ? credit.group(1) : text).replaceAll("\\s*\\([^)]*\\)", "").strip();
    boolean opensWithVon = VON.matcher(text).lookingAt();
    // the date is looked for before leading digits go: "4. März 2022" in a byline box is a date, not the name "März"
    var date = DateText.locate(text, false);
    boolean dateCut = date.isPresent();
    if (date.isPresent()) {
      // "Posted on March 2, 2024 by Jane Doe": the name follows the date
      String after = text.substring(date.get().end());
      var by = BY_INSIDE.matcher(after);
      text = by.find() ? after.substring(by.end()) : text.substring(0, date.get().start());
    }
    text = text.replaceFirst("^[^\\p{L}]+", "");
    text = LEAD.matcher(text.strip()).replaceFirst("");
    text = OUR_STAFF.matcher(text).replaceFirst("");
    text = text.replaceAll("(?i)\\s*(?:\\||•|·|—|–|-|,)?\\s*\\b(?:am|on|published|veröffentlicht|updated)\\s*:?\\s*$", "");
    text = text.replaceFirst("(?i)\\s+(?:am|on|le|el|um)\\s+\\d.*$", "").replaceAll("[\\s»«›‹·•|,;:]+\\d*\\s*$", "");
    for (String before = null; !text.equals(before); ) {
      before = text;
      text = TRAILING_WORD.matcher(text).replaceFirst("").replaceAll("[\\s,;:|·–-]+$", "");
    }
    text = NEXT_LABEL.matcher(text).replaceFirst("");
    text = text.replaceFirst("(?<=\\p{Ll}{3})\\.$", ""); // "Ein Film von Lea Beispiel. Kamera: …": the sentence's full stop
    text = AGENCY.matcher(text).replaceFirst("");
    text = AFFILIATION.matcher(text).replaceFirst("");
    text = ROLE_AFTER_COMMA.matcher(text).replaceFirst("");
    if (opensWithVon) {
      text = PLACE_AFTER_COMMA.matcher(text).replaceFirst("");
    }
    text = FUNCTION_AFTER_COMMA.matcher(text).replaceFirst("");
    text = NAME_THEN_ROLE.matcher(text).replaceFirst("$1");
    text = ROLE_PREFIX.matcher(text).replaceFirst("");
    // a forum's "NAME » date" and a breadcrumb-like "NAME ›" leave the guillemet behind once the date is cut
    text = text.replaceAll("^[\\s,;:|·•–—-]+|[\\s,;:|·•–»«›‹/-]+$", "").strip();
    text = ACADEMIC_TITLE.matcher(text).replaceAll("");
    if (text.isEmpty() || text.length() < 2 || text.split("\\s+").length > MAX_WORDS || NOT_A_NAME.matcher(text).find()
        || !Character.isLetter(text.codePointAt(0)) || dateCut && WEEKDAY.matcher(text).matches()) {
      return null;
    }
    if (site != null && HtmlTitles.key(text).equals(HtmlTitles.key(site))) {
      return null;
    }
    if (site != null && text.endsWith(" " + site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
      text = text.substring(0, text.lastIndexOf(' ')); // "Anna mustermann" on mustermann.de
    }
    if (site != null && text.endsWith(", " + site)) {
      text = text.substring(0, text.length() - site.length() - 2); // "Sam Quinn, Valley Post"
    }
    if (LOWER_FIRST_WORD.matcher(text).find()) {
      return null; // "deinen Lieblingsbloggern": a phrase, not a name
    }
    return text.toLowerCase(Locale.ROOT).equals(text) && text.contains(" ") && text.split(" ").length > 4 ? null : text;
  }
}
