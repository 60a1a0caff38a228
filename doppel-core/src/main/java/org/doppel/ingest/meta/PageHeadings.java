package org.doppel.ingest.meta;

import static org.doppel.ingest.meta.HtmlTitles.MAX_LENGTH;
import static org.doppel.ingest.meta.HtmlTitles.key;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The headings a page shows, for {@link HtmlTitles}: the article's visible headline (its {@code <h1>}, or an entry's or
 * post's title), that heading with its kicker, whether it is the page's only {@code <h1>}, and the keys of the page's
 * headings that are not the site's. What readers see, against which the titles the page declares are weighed.
 */
final class PageHeadings {
  /**
   * An element hidden from sight by its class (text for screen readers, a collapsed box): its heading is not the one
   * readers see.
   */
  static final Evaluator HIDDEN = QueryParser.parse("[class~=(?i)hide|hidden|sr-only|screen-reader|visually-hidden|invisible]");
  private static final int MAX_HEADINGS = 40;
  private static final String KICKERS = "[class~=(?i)dachzeile|kicker|overline|topline|eyebrow|subtitle|subline|roofline|"
      + "rubrik|spitzmarke|sr-only|screen-reader|visually-hidden], small";

  private PageHeadings() {}

  /** The keys of the page's h1 to h3 headings that are not the site's. */
  static List<String> keys(Document page) {
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

  /**
   * The article's visible headline: an h1 that is not the site's name (a blog's h1 is often its
   * title, linked to the home page), else an entry or post title; kicker and subtitle spans
   * inside it are left out.
   */
  static @Nullable String h1(Document page) {
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

  /**
   * A heading's own class that names it the section's or category's label ("article-category-title", "section-title",
   * "ressort"): a template's h1 over the article, above the headline. Only the heading's own class counts (an
   * article's container is often named after its category), and only where another h1 follows: design systems also
   * call a page's one headline "section-title".
   */
  private static final Pattern SECTION_HEADING_CLASS = Pattern.compile("(?i)categor|section-?(?:title|name|heading)|ressort");

  /** The chosen heading's whole text, kicker included, for comparison with the meta titles. */
  static @Nullable String h1WithKicker(Document page, String h1) {
    for (Element h : page.select("h1, h2")) {
      if (h.text().contains(h1) && h.text().length() > h1.length()) {
        return h.text().strip();
      }
    }
    return null;
  }

  /** Whether the page has exactly one non-empty {@code <h1>}: the headline readers see, however the meta titles word it. */
  static boolean isSoleH1(Document page) {
    int count = 0;
    for (Element h : page.select("h1")) {
      if (!h.text().isBlank() && ++count > 1) {
        return false;
      }
    }
    return count == 1;
  }
}
