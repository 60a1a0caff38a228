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
 *
 * <p>This class weighs the candidates against each other; its parts read the page: {@link DeclaredTitles} (what the page
 * declares), {@link PageHeadings} (the headings it shows), {@link TitleSiteNames} (a declared title's parts that name the
 * site), {@link SiteHeadings}, {@link HeadlinesUnderSection}, {@link HeadlineByPosition}, {@link BareTitles} and {@link
 * TitlePartShownAlone} (where a page's headline is found past its declared titles and its {@code <h1>}).
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
    String h1 = PageHeadings.h1(page);
    List<String> headings = PageHeadings.keys(page);
    List<Found> candidates = DeclaredTitles.of(page, ld, meta);
    CleanedTitles titles = CleanedTitles.of(candidates, SiteHeadings.keysOf(page), site, host, h1, headings);
    List<Found> cleaned = titles.cleaned();
    List<Found> cutByHeading = titles.cutByHeading();
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
      Found shownPart = TitlePartShownAlone.find(page, cleaned.get(0));
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
   * The declared titles without the site's name, section and separators ({@code cleaned}, in their order, those that
   * were nothing but the site left out), and the ones among them that a heading of the page shows shorter than declared:
   * cut at a separator or after a kicker ({@code cutByHeading}).
   */
  private record CleanedTitles(List<Found> cleaned, List<Found> cutByHeading) {
    static CleanedTitles of(List<Found> candidates, List<String> siteHeadings, @Nullable String site, @Nullable String host,
        @Nullable String h1, List<String> headings) {
      List<Found> cleaned = new ArrayList<>();
      List<Found> cutByHeading = new ArrayList<>();
      for (Found candidate : candidates) {
        String title = TitleSiteNames.withoutSite(SiteHeadings.without(TitleSiteNames.stripRepeatedName(candidate.title()), siteHeadings), site, host, h1, headings);
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
      return new CleanedTitles(cleaned, cutByHeading);
    }
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
    String withKicker = PageHeadings.h1WithKicker(page, h1);
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
    if (PageHeadings.isSoleH1(page) && words(h1) >= 2 && !namesSite(h1, site, host, candidates)) {
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
