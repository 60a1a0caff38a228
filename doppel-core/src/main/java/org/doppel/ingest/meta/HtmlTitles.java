package org.doppel.ingest.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Picks a page's headline. Candidates, best first: the JSON-LD headline, {@code og:title},
 * {@code twitter:title}, the page's only {@code <h1>} (or the first inside the article), and
 * {@code <title>}. Each loses a " | Site" or " - Site" part when that part is the site's name (or
 * the host name, also as hosts spell it: "Süddeutsche" on sueddeutsche.example), and a candidate
 * that the visible {@code <h1>} confirms wins outright: the headline people see is the one they
 * quote. A candidate that the {@code <h1>} shows after a kicker or label ("Patch Notes Version 2.3")
 * is the headline without it; the page's one {@code <h1>}, when it does not name the site, wins over
 * meta titles worded for search engines. A title part that the site's own heading repeats is the site; a
 * page whose {@code <h1>} is its section's name ("Aktuelles") has its headline in the dated entry's {@code <h2>}.
 */
final class HtmlTitles {
  /** " | ", " - ", " » ", " • ", " › ", " // ", " :: ", and runs of two such marks (" // » "). */
  static final Pattern SEPARATOR = Pattern.compile(
      "\\s+(?:[|–—»«·•›‹:/\\\\-]{1,2})(?:\\s+[|–—»«·•›‹/\\\\-]{1,2})?\\s+|\\s*\\|\\s*");
  static final int MAX_LENGTH = 400;

  private HtmlTitles() {}

  record Found(String title, String where) {}

  static @Nullable Found find(Document page, JsonLd.Facts ld, MetaTags meta, @Nullable String site, @Nullable String host) {
    Found found = findWithLabels(page, ld, meta, site, host);
    if (found == null) {
      return null;
    }
    Matcher code = DESK_CODE.matcher(found.title());
    return code.lookingAt() && found.title().substring(code.end()).split("\\s+").length >= 3
        ? new Found(found.title().substring(code.end()), found.where() + "-desk-code") : found;
  }

  /**
   * The code of the issuing office that press portals put before the headline of an authority's release ("POL-HN: ",
   * "FW-M: ", "BPOL-FL: "): capitals, a hyphen and an abbreviation, then a colon. It files the release; it is not
   * part of the headline that the release's page shows.
   */
  private static final Pattern DESK_CODE = Pattern.compile("\\p{Lu}{2,5}(?:-\\p{Lu}[\\p{Lu}\\d]{0,5})+:\\s+");

  private static @Nullable Found findWithLabels(Document page, JsonLd.Facts ld, MetaTags meta, @Nullable String site,
      @Nullable String host) {
    String h1 = h1(page);
    List<String> headings = headings(page);
    List<Found> candidates = declaredTitles(page, ld, meta);
    List<String> siteHeadings = SiteHeadings.keysOf(page);
    List<Found> cleaned = new ArrayList<>();
    List<Found> cutByHeading = new ArrayList<>();
    for (Found candidate : candidates) {
      String title = withoutSite(SiteHeadings.without(TitleSiteNames.stripRepeatedName(candidate.title()), siteHeadings), site, host, h1, headings);
      if (title != null) {
        cleaned.add(new Found(title, candidate.where()));
        if (!title.equals(candidate.title()) && headings.contains(key(title))) {
          cutByHeading.add(new Found(title, candidate.where() + "+heading"));
        }
        String afterKicker = headingAfterKicker(title, headings);
        if (afterKicker != null) {
          cutByHeading.add(new Found(afterKicker, candidate.where() + "+heading-after-kicker"));
        }
      }
    }
    Found underSection = HeadlinesUnderSection.underSectionName(page, h1, cleaned);
    if (underSection != null) {
      return underSection;
    }
    Found shownUnderH1 = HeadlinesUnderSection.declaredUnderH1(page, h1, cleaned);
    if (shownUnderH1 != null) {
      return shownUnderH1;
    }
    Found positional = byPosition(page, h1, candidates, cleaned, site, host);
    if (positional != null) {
      return positional;
    }
    if (h1 != null) {
      Found byH1 = matchH1(page, h1, cleaned, candidates, site, host);
      if (byH1 != null) {
        return byH1;
      }
    }
    // a title part that a heading of the page repeats is the headline ("Site - Section » Headline" over <h2>Headline</h2>)
    if (!cutByHeading.isEmpty()) {
      return cutByHeading.get(0);
    }
    // a bare "Site - Section - Headline" <title> over a page without headings, whose headline is a line of bold text
    if (h1 == null && !cleaned.isEmpty() && cleaned.get(0).where().equals("html-title")) {
      Found shownPart = partShownAlone(page, cleaned.get(0));
      if (shownPart != null) {
        return shownPart;
      }
    }
    // and over a bare <title>, which is as often the site's or the section's name
    if (h1 != null && cleaned.get(0).where().equals("html-title")) {
      Found overBare = h1OverBareTitle(page, h1, cleaned.get(0), headings, candidates, site, host);
      if (overBare != null) {
        return overBare;
      }
    }
    if (!cleaned.isEmpty()) {
      return cleaned.get(0);
    }
    return h1 == null ? null : new Found(h1, "h1");
  }

  /**
   * The end of {@code title} that a heading of the page shows after a kicker the title puts before it ("Fußball: Derby
   * gedreht" over {@code <h2>Derby gedreht</h2>}): the heading readers see is the headline, the kicker a label
   * ({@link #endsWithAfterKicker}: at most a few words before it, the heading three words or more).
   */
  private static @Nullable String headingAfterKicker(String title, List<String> headings) {
    String key = key(title);
    for (String heading : headings) {
      if (endsWithAfterKicker(key, heading) && title.length() >= heading.length()) {
        String shown = title.substring(title.length() - heading.length()).strip();
        if (key(shown).equals(heading)) {
          return shown;
        }
      }
    }
    return null;
  }

  /**
   * The boxes in which a page shows its own name: its header or banner and its logo. A {@code <title>} part shown alone
   * there is the site's name ("Club - Section"), not the headline.
   */
  private static final Evaluator SITE_SHOWN = QueryParser.parse(
      "header, [role=banner], [id~=(?i)^(header|kopf|kopfzeile|masthead|site-header|branding)$], [id~=(?i)logo], [class~=(?i)logo]");

  /**
   * The part of a {@code <title>} that the page shows as a text of its own, outside links: older templates without
   * headings title a page "Site - Section - Headline" and print the headline as a line of large bold text
   * ({@code <font size="5"><b>Headline</b></font>}); the section before it is a label. Parts of three words or more
   * only, so that a section's or a site's name shown in the navigation is not taken. A part that opens with the
   * section's name and a colon ("Site - Sport: Headline", {@link #SECTION_LABEL}) counts with the name cut off, also when
   * it is the title's only part: the page shows the headline without it. Null when no part is shown alone.
   */
  private static @Nullable Found partShownAlone(Document page, Found title) {
    String[] parts = SEPARATOR.split(title.title());
    if (page.body() == null) {
      return null;
    }
    Set<String> keys = new HashSet<>();
    Set<String> afterLabel = new HashSet<>();
    for (String part : parts) {
      if (parts.length >= 2 && words(part) >= 3) {
        keys.add(key(part));
      }
      Matcher labelled = SECTION_LABEL.matcher(part.strip());
      if (labelled.matches() && words(labelled.group(2)) >= 3) {
        afterLabel.add(key(labelled.group(2)));
      }
    }
    if (keys.isEmpty() && afterLabel.isEmpty()) {
      return null;
    }
    for (TextNode node : allTextNodes(page.body())) {
      String text = node.text().strip();
      if (text.length() > 10 && (keys.contains(key(text)) || afterLabel.contains(key(text))) && node.parent() instanceof Element parent
          && parent.closest("a") == null && parent.closest(SITE_SHOWN) == null) {
        return new Found(text, keys.contains(key(text)) ? "html-title+shown" : "html-title+shown-after-label");
      }
    }
    return null;
  }

  /**
   * A section's name before the headline in a title part, one word glued to a colon ("Lokales: Headline", "Fußball:
   * Headline"): table-layout sites put their section before every article's title and show the headline alone. A topic
   * of two words or more before a colon ("Altes Hallenbad: …") is more often part of the headline, so it is not cut.
   */
  private static final Pattern SECTION_LABEL = Pattern.compile("([\\p{L}-]+):\\s+(.+)");

  private static List<TextNode> allTextNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text && !text.isBlank()) {
        out.add(text);
      }
    }, root);
    return out;
  }

  /** The titles the page declares, in the order they are trusted. */
  private static List<Found> declaredTitles(Document page, JsonLd.Facts ld, MetaTags meta) {
    List<Found> candidates = new ArrayList<>();
    add(candidates, ld.headline(), "json-ld");
    add(candidates, microdataHeadline(page), "microdata");
    add(candidates, meta.first("og:title"), "og:title");
    add(candidates, meta.first("twitter:title"), "twitter:title");
    add(candidates, meta.first("dc.title", "title", "headline"), "meta:title");
    add(candidates, htmlTitle(page), "html-title");
    return candidates;
  }

  /**
   * The headline that schema.org microdata declares inside the page's article item ({@code itemprop=headline} under an
   * {@code itemtype} of an Article, a NewsArticle, a BlogPosting or a Report), as its text or its {@code content}; null when
   * there is none. Teasers marked up as items of their own are not the page's item: only the first article item counts.
   */
  private static @Nullable String microdataHeadline(Document page) {
    Element item = page.selectFirst("[itemtype~=(?i)schema.org/(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle)$]");
    Element headline = item == null ? null : item.selectFirst("[itemprop~=(?i)(^|\\s)headline(\\s|$)]");
    if (headline == null) {
      return null;
    }
    return headline.hasAttr("content") ? headline.attr("content") : headline.text();
  }

  /** The title with the site's name, section and separators cut off; null when nothing but the site is left. */
  private static @Nullable String withoutSite(String declared, @Nullable String site, @Nullable String host, @Nullable String h1,
      List<String> headings) {
    if (DANGLING_SEPARATOR.matcher(declared).find()
        && TitleSiteNames.isSitePart(declared.replaceAll("[\\s|–—»·•›‹:/\\\\-]+$", ""), site, host)) {
      return null; // "Demo Tidings -" on demotidings.example: the site's name with the headline left out
    }
    String title = stripHanSite(TitleSiteNames.stripGluedSite(TitleSiteNames.stripSite(TitleSiteNames.stripRepeatedName(declared), site, host, h1, headings), site))
        .replaceAll("[\\s|–—»«·•›‹:/\\\\-]+$", "");
    // the site's name alone ("Valley Post", or "Valley Post - " once a section was cut) is no headline
    return title.isEmpty() || (site != null && key(title).equals(key(site))) ? null : title;
  }

  /** Where a page that declares nothing but a {@code <title>} names its article: the {@code <title>} and the meta title. */
  private static final Set<String> BARE_TITLES = Set.of("html-title", "meta:title");
  /** At most this share of the shorter's words in common between a bare title and the heading above the text. */
  private static final double MAX_BARE_TITLE_OVERLAP = 0.25;

  /**
   * The headline shown right above the article's text ({@link HeadlineByPosition}), on a page with no {@code <h1>} of its
   * own (none, or one naming the site) that declares only a {@code <title>}, when that title names only the site or a
   * page of the CMS ({@link BareTitles}: "Artikel anzeigen", "Aktuelles – Gemeinde Ulmenwalden") and shares hardly a word
   * with the heading (a quarter of the shorter's at most: a site's name may share one, "Bäckerhandwerk").
   */
  private static @Nullable Found byPosition(Document page, @Nullable String h1, List<Found> candidates, List<Found> cleaned,
      @Nullable String site, @Nullable String host) {
    if (candidates.stream().anyMatch(c -> !BARE_TITLES.contains(c.where())) || h1 != null && !namesSite(h1, site, host, candidates)) {
      return null;
    }
    if (!cleaned.isEmpty() && !BareTitles.saysNothing(cleaned.get(0).title(), page, site, host)) {
      return null;
    }
    String shown = HeadlineByPosition.of(page.body());
    if (shown == null || !cleaned.isEmpty() && overlap(shown, cleaned.get(0).title()) > MAX_BARE_TITLE_OVERLAP) {
      return null;
    }
    return new Found(shown, "position");
  }

  /** The page's first heading, when a declared title agrees with it or it can stand against them. */
  private static @Nullable Found matchH1(Document page, String h1, List<Found> cleaned, List<Found> candidates, @Nullable String site,
      @Nullable String host) {
    // the most trusted declared title that the heading confirms, with its kicker or without it: og:title over <title>
    String withKicker = h1WithKicker(page, h1);
    String key = key(h1);
    for (Found candidate : cleaned) {
      if (withKicker != null && key(candidate.title()).equals(key(withKicker))) {
        return new Found(withKicker, candidate.where() + "+h1");
      }
      if (key(candidate.title()).equals(key)) {
        return new Found(h1, candidate.where() + "+h1");
      }
    }
    for (Found candidate : cleaned) {
      if (endsWithAfterKicker(key, key(candidate.title()))) {
        return new Found(candidate.title(), candidate.where() + "+h1-end");
      }
    }
    // the visible headline wins over a differently worded SEO title only when they are about the same words
    if (cleaned.isEmpty() || overlap(h1, cleaned.get(0).title()) >= 0.6) {
      return new Found(h1, "h1");
    }
    // and over any SEO title when it is the page's one headline and names no site
    if (isSoleH1(page) && words(h1) >= 2 && !namesSite(h1, site, host, candidates)) {
      return new Found(h1, "h1-sole");
    }
    return null;
  }

  private static @Nullable Found h1OverBareTitle(Document page, String h1, Found bare, List<String> headings, List<Found> candidates,
      @Nullable String site, @Nullable String host) {
    // unless the heading is only a headline-classed h2 and another heading of the page repeats the <title> whole
    if (headings.contains(key(bare.title())) && page.select("h1").stream().noneMatch(h -> h.text().contains(h1))) {
      return new Found(bare.title(), "html-title+heading");
    }
    if (!namesSite(h1, site, host, candidates)) {
      return new Found(h1, "h1");
    }
    return null;
  }

  /** Whether the page has exactly one non-empty {@code <h1>}: the headline readers see, however the meta titles word it. */
  private static boolean isSoleH1(Document page) {
    int count = 0;
    for (Element h : page.select("h1")) {
      if (!h.text().isBlank() && ++count > 1) {
        return false;
      }
    }
    return count == 1;
  }

  /**
   * Whether a heading names the site: it is the site's name or host, or it starts with a title part
   * that is (a blog's "Site Name – tagline" heading over "Post | Site Name").
   */
  private static boolean namesSite(String heading, @Nullable String site, @Nullable String host, List<Found> candidates) {
    if (TitleSiteNames.isSitePart(heading, site, host)) {
      return true;
    }
    String key = key(heading);
    for (Found candidate : candidates) {
      for (String part : SEPARATOR.split(candidate.title())) {
        if (TitleSiteNames.isSitePart(part, site, host) && key.startsWith(key(part.strip()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words a kicker printed as plain text before the headline may have: "Tunis", "Patch Notes". */
  private static final int MAX_KICKER_WORDS = 4;
  /** Words a label cut off by a separator may have: "Pressemitteilung des Ministeriums für Umwelt : ". */
  private static final int MAX_LABEL_WORDS = 8;

  /**
   * Whether the visible heading {@code h1} is a meta title {@code candidate} with a kicker or label
   * put before it: "Patch Notes Patchnotes 4.4 - Bugfix Build" over the meta title "Patchnotes 4.4 -
   * Bugfix Build", "Pressemitteilung der Direktion : Impfen ist weiter möglich" over "Impfen ist
   * weiter möglich". The page's own metadata leaves the kicker out, so the shorter text is the
   * headline. Both are keys; the candidate needs three words, so that a section name that ends a
   * heading ("… Sport") is not taken.
   */
  static boolean endsWithAfterKicker(String h1, String candidate) {
    if (candidate.length() >= h1.length() || !h1.endsWith(candidate) || words(candidate) < 3) {
      return false;
    }
    String before = h1.substring(0, h1.length() - candidate.length());
    if (!before.endsWith(" ")) {
      return false; // the candidate is the end of a word, not a part
    }
    String label = before.strip();
    Matcher separated = Pattern.compile("^(.*\\S)\\s*[:|–—»·-]$").matcher(label);
    return separated.matches() ? words(separated.group(1)) <= MAX_LABEL_WORDS : words(label) <= MAX_KICKER_WORDS;
  }

  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /** A title that ends in a separator: "Demo Tidings -", "Demo Tidings |". */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\S\\s+[|–—»·:/\\\\-]{1,2}\\s*$");
  /** A Han-script site name glued to the end of a headline: "标题-新华网", "标题_某某网". */
  private static final Pattern HAN_SITE_SUFFIX = Pattern.compile("^(.*\\p{IsHan}.{3,}?)\\s*[-_|｜—]\\s*[\\p{IsHan}\\p{Alnum}]{2,8}\\s*$");
  private static final int MAX_HEADINGS = 40;

  /**
   * A headline in Han script without the short site name that Chinese and Japanese pages glue to it
   * with a dash or an underscore and no spaces; there is no capital letter or host name to go by.
   */
  static String stripHanSite(String title) {
    Matcher m = HAN_SITE_SUFFIX.matcher(title);
    return m.matches() && title.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 6
        ? m.group(1).strip() : title;
  }

  /** The page's {@code <title>}, also when broken markup before the head put it into the body. */
  private static @Nullable String htmlTitle(Document page) {
    String title = page.title();
    if (!title.isBlank()) {
      return title;
    }
    Element anywhere = page.selectFirst("title:not(svg title)");
    return anywhere == null ? null : anywhere.text();
  }

  /** The keys of the page's h1 to h3 headings that are not the site's. */
  private static List<String> headings(Document page) {
    List<String> keys = new ArrayList<>();
    for (Element h : page.select("h1, h2, h3")) {
      String text = h.text().strip();
      if (!text.isEmpty() && text.length() <= MAX_LENGTH && !SiteHeadings.isSite(h)) {
        keys.add(key(text));
        if (keys.size() == MAX_HEADINGS) {
          break;
        }
      }
    }
    return keys;
  }

  static final Evaluator HIDDEN = QueryParser.parse("[class~=(?i)hide|hidden|sr-only|screen-reader|visually-hidden|invisible]");
  private static final String KICKERS = "[class~=(?i)dachzeile|kicker|overline|topline|eyebrow|subtitle|subline|roofline|"
      + "rubrik|spitzmarke|sr-only|screen-reader|visually-hidden], small";

  /**
   * The article's visible headline: an h1 that is not the site's name (a blog's h1 is often its
   * title, linked to the home page), else an entry or post title; kicker and subtitle spans
   * inside it are left out.
   */
  private static @Nullable String h1(Document page) {
    Element chosen = null;
    boolean severalH1 = page.select("h1").size() > 1;
    for (Element h : page.select("h1, h2[class~=(?i)entry-title|post-title|article-title|headline], h2[itemprop=headline]")) {
      if (h.text().isBlank() || SiteHeadings.isSite(h) || h.closest(HIDDEN) != null
          || severalH1 && SECTION_HEADING_CLASS.matcher(h.className()).find()) {
        continue;
      }
      if (h.tagName().equals("h1") || chosen == null) {
        chosen = h;
        break;
      }
    }
    if (chosen == null) {
      // a class word, as templates give several ("post-title entry-title" on a blog's <h3>)
      chosen = page.selectFirst(POST_TITLE);
    }
    if (chosen == null) {
      return null;
    }
    String full = chosen.text().strip();
    Element copy = chosen.clone();
    copy.select(KICKERS).remove();
    String text = copy.text().strip().replaceAll("^[\\s:|–—-]+", "");
    if (text.isEmpty()) {
      text = full;
    }
    return text.isEmpty() || text.length() > MAX_LENGTH ? null : text;
  }

  /** An element classed as the post's or entry's title (hAtom's {@code entry-title}), among its other classes. */
  private static final Evaluator POST_TITLE = QueryParser.parse("[class~=(?i)(^|\\s)(entry-title|post-title|article-title)(\\s|$)]");

  /** The chosen heading's whole text, kicker included, for comparison with the meta titles. */
  private static @Nullable String h1WithKicker(Document page, String h1) {
    for (Element h : page.select("h1, h2")) {
      if (h.text().contains(h1) && h.text().length() > h1.length()) {
        return h.text().strip();
      }
    }
    return null;
  }

  /**
   * A heading's own class that names it the section's or category's label ("article-category-title", "section-title",
   * "ressort"): a template's h1 over the article, above the headline. Only the heading's own class counts (an
   * article's container is often named after its category), and only where another h1 follows: design systems also
   * call a page's one headline "section-title".
   */
  private static final Pattern SECTION_HEADING_CLASS = Pattern.compile("(?i)categor|section-?(?:title|name|heading)|ressort");

  private static void add(List<Found> candidates, @Nullable String title, String where) {
    if (title != null && !title.isBlank() && title.strip().length() <= MAX_LENGTH) {
      candidates.add(new Found(Parser.unescapeEntities(title.strip(), false).replaceAll("\\s+", " "), where));
    }
  }

  /** Shared words over the words of the shorter text. */
  static double overlap(String a, String b) {
    Set<String> left = new HashSet<>(List.of(key(a).split("[^\\p{L}\\p{N}]+")));
    Set<String> right = new HashSet<>(List.of(key(b).split("[^\\p{L}\\p{N}]+")));
    left.remove("");
    right.remove("");
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    int shorter = Math.min(left.size(), right.size());
    left.retainAll(right);
    return (double) left.size() / shorter;
  }

  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
