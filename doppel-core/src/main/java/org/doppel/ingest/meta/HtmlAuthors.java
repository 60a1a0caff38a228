package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's author: JSON-LD author names, author meta tags, then the page's own byline
 * marks ({@code itemprop=author}, {@code rel=author}, elements classed "author" or "byline").
 * Each value is cleaned ("By", "Von", dates, job titles removed) and rejected when it is a URL,
 * a handle, too long for a name, or the site's own name ({@link AuthorNames}).
 */
final class HtmlAuthors {
  private static final String[] META = {"author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
      "parsely-author", "citation_author", "og:article:author", "book:author", "creator", "authors"};
  private static final String BYLINE_MARKS = String.join(", ", "byline",
      "[itemprop~=(?i)^author$] [itemprop=name]", "[itemprop~=(?i)^author$]", "a[rel~=(?i)^author$]", "[rel~=(?i)^author$]",
      "[class~=(?i)(^|\\s)(author|authors|byline|by-line|author-name|authorname|post-author|entry-author|article-author|autor|author-link|"
          + "fn|vcard|meta-author|story-byline|c-byline|byline__name|author__name|td-post-author-name)(\\s|$)]",
      "[class~=(?i)[-_](author|autor|auteur|autore|byline)([-_]name|[-_]link)?(\\s|$)]",
      // a writer's name in a BEM-named box: "article-author__name", "author-info__name", "c-byline__link", "verfasser"
      "[class~=(?i)(^|\\s)[\\w-]*(author|autor|auteur|autore|byline|verfasser)[\\w-]*(name|link)(\\s|$)]",
      "[class~=(?i)(^|\\s)(verfasser|verfasserin)(\\s|$)]", "[class~=(?i)^(auteurs?|autore|autori|autoren|autorin)$]", "[id~=(?i)^(author|byline|autor)$]",
      // a link to the writer's page ("/author/jane-voe/", "/autor/max-muster") and the HTML5 contact block of an article
      // (plain substring tests: a regex would run on every link of every page)
      "a[href*=/author/]", "a[href*=/autor/]", "a[href*=/auteur/]", "article address");

  /**
   * Where other people's names stand: comments, related posts, sidebars, and the site's navigation menus, whose links to
   * writers' pages ("/author/…") name a section or a desk ("News", "Our team"), not the article's writer.
   */
  private static final Evaluator ELSEWHERE = QueryParser.parse(
      "[class~=(?i)(^|\\s)(comments?|comment-\\w+|commentlist|related|related-\\w+|teaser|"
      + "sidebar|widget|site-footer|avatar)(\\s|$)], [id~=(?i)^(comments|respond|sidebar)$], [class*=related], "
      + "nav, [role=navigation], [class~=(?i)(^|\\s)(nav|navbar|navbar-nav|navigation|menu|sub-menu|submenu|dropdown-menu|main-menu|mainmenu)(\\s|$)]");
  /**
   * A picture's caption and credit, whose names are the photographer's: {@code figure}, {@code figcaption}, WordPress's
   * {@code wp-caption} and boxes whose class names a picture's credit, caption, licence or source ("image-credit",
   * "media-license", "photo-caption", "bildnachweis"), unless the picture is itself inside an author's box (a portrait,
   * whose caption names the writer). A box classed only "credits" is not one: pages set "Text: … / Foto: …" in it.
   */
  private static final Evaluator PICTURE_CREDIT = QueryParser.parse(
      "figure, figcaption, [class~=(?i)(^|\\s)(wp-caption|wp-caption-text|bildnachweis|bildquelle|photographer|fotograf|"
          + "[\\w-]*(image|img|photo|foto|bild|media|picture|pic)[-_]*(credits?|captions?|licen[cs]e|copyright|source|quelle)[\\w-]*)(\\s|$)]");
  private static final Evaluator AUTHOR_BOX = QueryParser.parse("[class~=(?i)(author|autor|auteur|byline|verfasser)]");
  private static final Evaluator MARKS = QueryParser.parse(BYLINE_MARKS);
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
      "^[\\s|·•–-]*(?i:(?:(?:geschrieben|verfasst|erstellt|eingestellt|eingetragen|gepostet|written|posted|report(?:ed)?|publié|escrito|publicado|" + AuthorNames.PIECE + "|"
          + AuthorNames.GUEST.replace(" ", "\\s+") + ")\\s+)?"
          + "(?:von|by|par|por)\\s*:?|"
          + "autor(?:in|en)?\\s*:?|author\\s*:|auteur\\s*:|(?:" + AuthorNames.TEXT_WORD + ")\\s*:|redaktion\\s*:|interview\\s*:|door)\\s+\\p{Lu}"
          // a credit line that opens with the writer: "Anna Muster (Text), Erik Beispiel (Fotos)"
          + "|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*\\((?i:" + AuthorNames.TEXT_WORD + ")\\)"
          // a posting line that dates before it names: "Posted on March 12, 2012 by Jane Voe", "Eingestellt am 19.3.2012 von …", "eingetragen am …"
          + "|^(?i:eingestellt|eingetragen|geschrieben|veröffentlicht|erstellt|gepostet|posted|written|published)\\s+(?i:am|on)\\s+[^|·•]{4,30}?\\s+"
          + "(?i:von|by)\\s+\\p{Lu}"
          // a writer's name after a dash, alone on the last line of a report ("– Anna Muster"), after its date line at most
          + "|^(?:" + DATE_LINE + ")?[–—]\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");
  /**
   * An agency's writer on a line of their own, as agency copy is signed under or over the text: "Erika Muster, dpa",
   * "Erika Muster (AFP)"; not "NAME/dpa", a photo credit's form. Matched whole, on short lines only.
   */
  private static final Pattern AGENCY_SIGNED = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*(?:,\\s*|\\(\\s*)" + AuthorNames.AGENCIES + "(?:/\\p{L}{2,4})?\\)?");
  private static final int AGENCY_SIGNED_MAX = 60;

  /** Sites that name a byline through Twitter's label/data pairs ("Written by" / "Jane Voe"). */
  private static @Nullable String twitterLabelled(MetaTags meta) {
    for (int i = 1; i <= 4; i++) {
      String label = meta.first("twitter:label" + i);
      if (label != null && label.toLowerCase(Locale.ROOT).matches("written by|author|autor|verfasst von|geschrieben von")) {
        return meta.first("twitter:data" + i);
      }
    }
    return null;
  }

  /**
   * {@code value} without the parts that name the publisher ("Diario Ejemplo - Ana Pérez"), or null when nothing else is left.
   * What is left must be a person's name of {@value #MIN_NAME_WORDS} to four words: a single word beside the publisher's
   * name is its desk or section ("University of X, Communications", "Zeitung – Meinung"), not a writer.
   */
  private static @Nullable String withoutOrganisation(@Nullable String value, @Nullable String site, @Nullable String host) {
    if (value == null) {
      return null;
    }
    if (!isOrganisation(value, site, host)) {
      return value;
    }
    for (String part : value.split("\\s+[-–|·]\\s+|,\\s+")) {
      int words = part.strip().split("\\s+").length;
      if (!part.isBlank() && !isOrganisation(part, site, host) && words >= MIN_NAME_WORDS && words <= 4 && Bylines.cleanNames(part).isPresent()) {
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
      // a person's own site is named after them: "Jane Voe" on jane.example
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
    // no person named anywhere: the publisher that signs as author is the author, under the site's own name too
    if (!publishers.isEmpty()) {
      return Optional.of(publishers.get(0));
    }
    for (String name : META) {
      String value = AuthorNames.clean(meta.first(name), null);
      if (value != null) {
        return Optional.of(new Found(value, "meta:" + name));
      }
    }
    if (ldOrganisation[0] != null) {
      return Optional.of(ldOrganisation[0]);
    }
    // a one-person site often names its writer only in its copyright notice
    String owner = holder == null ? null : AuthorNames.clean(holder, null);
    if (owner != null && owner.split("\\s+").length <= 4 && Bylines.cleanNames(owner).isPresent()) {
      return Optional.of(new Found(owner, "copyright"));
    }
    return Optional.empty();
  }

  /** The fewest words of a writer's name that {@link #withoutOrganisation} keeps beside the publisher's: given name and surname. */
  private static final int MIN_NAME_WORDS = 2;

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
      List<String> cleaned = ld.authors().stream().map(n -> AuthorNames.clean(n, knownSite)).filter(n -> n != null).distinct().toList();
      // an author typed as an organisation is the publisher's desk or brand, whatever its name: a byline may name the writer
      List<String> names = ld.organisationAuthor() ? List.of() : cleaned.stream().filter(n -> !isOrganisation(n, knownSite, host)).toList();
      if (names.size() > 1) {
        names = LdAuthorsShown.writers(names, page.body() == null ? "" : page.body().text(), bylineText(page));
      }
      if (!names.isEmpty()) {
        return Optional.of(new Found(String.join("; ", names), "json-ld"));
      }
      cleaned.stream().findFirst().ifPresent(n -> ldOrganisation[0] = new Found(n, "json-ld"));
    }
    for (String name : META) {
      String value = AuthorNames.clean(meta.first(name), site);
      value = withoutOrganisation(value, site, host);
      if (value != null && publisher != null && HtmlTitles.key(value).equals(HtmlTitles.key(publisher))) {
        value = null;
      }
      if (value != null && (isHolder(value, holder) || isAgency(value) || isNewsroom(value) || Webmasters.isOne(value, webmasters)
          || ld.organisationAuthor())) {
        publishers.add(new Found(value, "meta:" + name)); // a wire's name in the meta tag: a byline may name the reporter
      } else if (value != null) {
        return Optional.of(new Found(withRepeated(meta, name, value, site), "meta:" + name));
      }
    }
    Optional<Found> marked = fromBylineMarks(page, site, host, holder, publishers);
    if (marked.isPresent()) {
      return marked;
    }
    String labelled = withoutOrganisation(AuthorNames.clean(twitterLabelled(meta), site), site, host);
    if (labelled != null) {
      return Optional.of(new Found(labelled, "meta:twitter:data1"));
    }
    String siteName = site;
    Optional<Found> cell = LabelledCells.author(page).map(name -> AuthorNames.clean(name, siteName)).filter(name -> !isNewsroom(name))
        .map(name -> new Found(name, "labelled-cell"));
    if (cell.isPresent()) {
      return cell;
    }
    Optional<Found> text = fromTextBylines(blocks, site, host, publishers, headline(page));
    if (text.isPresent()) {
      return text;
    }
    Optional<Found> credit = page.body() == null ? Optional.empty()
        : EndCredits.author(page.body(), site).filter(name -> !isOrganisation(name, siteName, host)).map(name -> new Found(name, "credit-line"));
    if (credit.isPresent()) {
      return credit;
    }
    Optional<Found> box = AuthorBoxes.author(page).map(name -> AuthorNames.clean(name, siteName))
        .filter(name -> !isOrganisation(name, siteName, host) && !isNewsroom(name)).map(name -> new Found(name, "author-box"));
    if (box.isPresent() || page.body() == null) {
      return box;
    }
    return ClosingSignatures.author(page.body(), site).filter(name -> !isOrganisation(name, siteName, host) && !isNewsroom(name))
        .map(name -> new Found(name, "signature"));
  }

  /**
   * The first person named by an element marked as byline or author (outside the article's other parts, or beside its
   * headline); the organisations, holders and agencies such marks name go to {@code publishers}, since a later mark may
   * name the writer.
   */
  private static Optional<Found> fromBylineMarks(Document page, @Nullable String site, @Nullable String host,
      @Nullable String holder, List<Found> publishers) {
    Element headline = headline(page);
    for (Element mark : page.select(MARKS)) {
      if (elsewhere(mark) && !besideHeadline(mark, headline) || inCaption(mark)) {
        continue;
      }
      String text = mark.hasAttr("content") ? mark.attr("content") : MarkText.of(mark);
      if (text.isBlank()) {
        text = portraitName(mark); // a link to the writer's page around their photo: the name is the photo's alt text
      }
      String value = firstLineName(mark, site).orElse(AuthorNames.clean(text, site));
      if (value != null && (isOrganisation(value, site, host) || isHolder(value, holder) || isAgency(value) || isNewsroom(value))) {
        publishers.add(new Found(value, "byline")); // a later mark may name the writer
      } else if (value != null) {
        return Optional.of(new Found(value, "byline"));
      }
    }
    return Optional.empty();
  }

  /**
   * The text of the page's byline marks that stand where the article's own byline does. A mark that is a link to one writer
   * stands for the line around it: "Von <a rel=author>Jane Voe</a> und Sam Quist" links the first writer's page only, and
   * the second, with no page of their own, is named in plain text beside it.
   */
  private static String bylineText(Document page) {
    Element headline = headline(page);
    StringBuilder text = new StringBuilder();
    for (Element mark : page.select(MARKS)) {
      if (!elsewhere(mark) || besideHeadline(mark, headline)) {
        Element line = linkLine(mark);
        text.append(line != mark ? MarkText.of(line) : mark.hasAttr("content") ? mark.attr("content") : MarkText.of(mark)).append('\n');
      }
    }
    return text.toString();
  }

  /** The longest line around a writer's link that is read as its byline: a sentence of names, not a paragraph. */
  private static final int LINK_LINE = 120;

  /** The element a link mark stands in, when that is a short line of text ({@value #LINK_LINE} characters at most); else the mark. */
  private static Element linkLine(Element mark) {
    Element parent = mark.parent();
    return mark.normalName().equals("a") && parent != null && parent.text().length() <= LINK_LINE ? parent : mark;
  }

  /** A short paragraph that is only a byline: "von Max Muster", "Autoren Anna Muster und Erik Beispiel", or in Han script. */
  private static Optional<Found> fromTextBylines(List<ShortBlocks.Block> blocks, @Nullable String site, @Nullable String host,
      List<Found> publishers, @Nullable Element headline) {
    for (ShortBlocks.Block block : blocks) {
      String text = bylinePart(block);
      Optional<String> dated = DatedNameLine.name(text);
      if (dated.isEmpty() && LineShape.hasDigit(text)) {
        dated = DatedNameLine.nameOfItems(items(block.element()));
      }
      if (dated.isPresent() && besideHeadline(block.element(), headline) && !elsewhere(block.element())) {
        String value = AuthorNames.clean(dated.get(), site);
        if (value != null && !isNewsroom(value) && !isAgency(value) && !isOrganisation(value, site, host)) {
          return Optional.of(new Found(value, "text"));
        }
      }
      boolean signed = text.length() < AGENCY_SIGNED_MAX && AGENCY_SIGNED.matcher(text).matches() && !inCaption(block.element());
      if (text.length() < 120 && (signed || TEXT_BYLINE.matcher(text).find()) && !elsewhere(block.element()) && !inCaption(block.element())) {
        String value = AuthorNames.clean(text, site);
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

  /**
   * The texts of {@code element}'s two or three child elements when it holds nothing else but blank text, else none; none
   * either when an item is a link or is classed as a category, a tag or a sender: a line of a section and a date ("Local
   * news" · "14 Mar 2022"), or of the office that sent a release, is no byline, and a writer's link is a byline mark.
   */
  private static List<String> items(Element element) {
    if (element.childrenSize() < 2 || element.childrenSize() > 3
        || element.textNodes().stream().anyMatch(node -> !node.isBlank())) {
      return List.of();
    }
    for (Element item : element.children()) {
      if (item.normalName().equals("a") || item.selectFirst("a") != null || NOT_A_WRITER_ITEM.matcher(item.className()).find()) {
        return List.of();
      }
    }
    return element.children().stream().map(Element::text).toList();
  }

  private static final Pattern NOT_A_WRITER_ITEM = Pattern.compile("(?i)tag|categor|section|rubri|ressort|kicker|topic|sender|source|quelle");

  /**
   * Whether {@code element} is part of a picture's caption or credit, whose names and agencies are the photographer's
   * (not when the picture is a portrait in an author's box).
   */
  static boolean inCaption(Element element) {
    Element picture = element.closest(PICTURE_CREDIT);
    return picture != null && (picture.parent() == null || picture.parent().closest(AUTHOR_BOX) == null);
  }

  /** The site's own header box in older templates, named by its id, which holds the site's name as an {@code <h1>}. */
  private static final Evaluator SITE_BOX = QueryParser.parse("[id~=(?i)^(header|kopf|kopfzeile|masthead|site-header|branding)$]");

  /**
   * The article's headline, beside which its byline stands: the first {@code <h1>}, unless the page's only {@code <h1>}s
   * name the site (a logo's heading, a heading in the site's header box); then the first {@code <h2>} that does not, as
   * club and parish templates set the article's headline under the site's {@code <h1>}.
   */
  private static @Nullable Element headline(Document page) {
    Element first = page.selectFirst("h1");
    if (first == null || !namesSite(first)) {
      return first;
    }
    for (Element h1 : page.select("h1")) {
      if (!namesSite(h1)) {
        return h1;
      }
    }
    for (Element h2 : page.select("h2")) {
      if (!namesSite(h2) && !h2.text().isBlank()) {
        return h2;
      }
    }
    return first;
  }

  private static boolean namesSite(Element heading) {
    return SiteHeadings.isSite(heading) || heading.closest(SITE_BOX) != null;
  }

  /**
   * The newsroom as a whole, which a CMS names where no writer signs: "Redaktion", "Die Redaktion", "Online-Redaktion"; and an
   * office that signs for its organisation ("Pfarrbüro", "Pressestelle", "Press Office": {@link AuthorNames#OFFICE}).
   */
  private static final Pattern NEWSROOM = Pattern.compile(
      "(?iu:(?:die\\s+)?(?:online-?|lokal-?)?redaktion|newsroom|editorial\\s+(?:team|staff))|" + AuthorNames.OFFICE);

  /** Whether {@code name} names the newsroom or an office, not a writer: a later byline may name the person. */
  static boolean isNewsroom(String name) {
    return NEWSROOM.matcher(name.strip()).matches();
  }

  /**
   * The name on the first line of a byline mark whose next line gives the writer's job ("By Jane Voe<br>Staff Writer"):
   * the line break separates them as a comma would. Empty when the mark has no line break or its first line is no name
   * of two words or more.
   */
  private static Optional<String> firstLineName(Element mark, @Nullable String site) {
    Element lineBreak = mark.selectFirst("br");
    if (lineBreak == null || lineBreak.parent() != mark) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder();
    for (Node node : mark.childNodes()) {
      if (node == lineBreak) {
        break;
      }
      line.append(node instanceof Element element ? element.text() : node instanceof TextNode textNode ? textNode.text() : "");
    }
    String name = AuthorNames.clean(line.toString(), site);
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
    List<String> names = all.stream().map(value -> AuthorNames.clean(value, site)).filter(value -> value != null).distinct().toList();
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

  /** The separators of a meta line's items: "Published 4 March 2024 · Guest post by Jane Voe · 5 min read". */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s[·|•]\\s");

  /** A block's byline part ({@link #bylinePart(String)}), or else its closing line when that is a signature. */
  private static String bylinePart(ShortBlocks.Block block) {
    String text = bylinePart(block.text());
    return TEXT_BYLINE.matcher(text).find() ? text : lastLineByline(block.element()).orElse(text);
  }

  /**
   * The last line of a paragraph, after its last line break, when it is a byline: a club's or a school's report signs off
   * in its closing paragraph ("Go team!<br>– Report by Jane Voe, Club Secretary"). A line that opens with a date is an
   * item of a list of events ("22.06.2024 – Event"), not a signature.
   */
  private static Optional<String> lastLineByline(Element element) {
    Element lastBreak = element.select("br").last();
    if (lastBreak == null) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder();
    for (Node node = lastBreak.nextSibling(); node != null; node = node.nextSibling()) {
      line.append(node instanceof Element e ? e.text() : node instanceof TextNode t ? t.text() : "");
    }
    String text = line.toString().strip();
    boolean signature = !text.isEmpty() && !Character.isDigit(text.codePointAt(0)) && text.length() < 120;
    return signature && TEXT_BYLINE.matcher(text).find() ? Optional.of(text) : Optional.empty();
  }

  /**
   * The item of a meta line that is a byline, when the line opens with another item (its date): "Published 4 March 2024 ·
   * Guest post by Jane Voe · 5 min read" → "Guest post by Jane Voe"; else the whole line.
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
    // a date line that goes on with the byline, separated by a dash or a line break: "Mo., 24.08.2009 - Text: Anna Muster"
    return DatedNameLine.afterOpeningDate(text).filter(rest -> TEXT_BYLINE.matcher(rest).find()).orElse(text);
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
}
