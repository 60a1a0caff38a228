package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The headings of a page that name its site rather than the article: a logo's {@code <h1 class="site-title">}, a
 * heading linked to the home page, headings in navigation, side boxes, teasers and footers. {@link HtmlTitles} skips
 * them as headlines and cuts the name they give from declared titles, however the host spells it.
 */
final class SiteHeadings {
  private static final Evaluator SITE_HEADING = QueryParser.parse(
      "[class~=(?i)(^|\\s)(site-title|site-name|site-logo|logo|brand|navbar-brand|blog-title|blogname|masthead|breadcrumbs?|"
          + "sidebar|widget|teaser)(\\s|$)], [id~=(?i)^(site-title|site-description|logo|blog-title|masthead|branding|header-logo)$], nav, aside, footer, ol, ul");

  private SiteHeadings() {}

  /** Whether {@code heading} names the site: inside site furniture, or a heading whose whole text links home. */
  static boolean isSite(Element heading) {
    if (heading.closest(SITE_HEADING) != null) {
      return true;
    }
    Element link = heading.selectFirst("a[href]");
    if (link != null && link.text().strip().equals(heading.text().strip())) {
      String href = link.attr("href");
      return link.attr("rel").equalsIgnoreCase("home") || href.equals("/") || href.matches("https?://[^/]+/?");
    }
    return false;
  }

  /** The keys of the headings that name the site (a logo's {@code <h1 class="site-title">}, a heading linked home). */
  static List<String> keysOf(Document page) {
    List<String> keys = new ArrayList<>();
    for (Element h : page.select("h1, h2, h3, h4")) {
      String text = h.text().strip();
      if (!text.isEmpty() && HtmlTitles.words(text) <= 8 && isSite(h)) {
        keys.add(HtmlTitles.key(text));
      }
    }
    return keys;
  }

  /**
   * {@code title} without a first or last part that a heading marked as the site's repeats ("Headline - TSV Ulmenwalden
   * 1921 e.V." beside {@code <h1 class="site-title">TSV Ulmenwalden 1921 e.V.</h1>}): the page names its site so,
   * however its host spells it.
   */
  static String without(String title, List<String> siteHeadings) {
    if (siteHeadings.isEmpty()) {
      return title;
    }
    String[] parts = HtmlTitles.SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    String last = parts[parts.length - 1].strip();
    if (siteHeadings.contains(HtmlTitles.key(last))) {
      int at = title.lastIndexOf(last);
      return title.substring(0, at).replaceAll("[\\s|–—»«·•›‹:/\\\\-]+$", "");
    }
    String first = parts[0].strip();
    if (siteHeadings.contains(HtmlTitles.key(first))) {
      int at = title.indexOf(first) + first.length();
      return title.substring(at).replaceAll("^[\\s|–—»«·•›‹:/\\\\-]+", "");
    }
    return title;
  }
}
