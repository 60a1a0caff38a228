package org.doppel.ingest.meta;

import static org.doppel.ingest.meta.HtmlTitles.MAX_LENGTH;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.meta.HtmlTitles.Found;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The titles a page declares for {@link HtmlTitles}, in the order they are trusted: the JSON-LD headline, the
 * microdata headline, {@code og:title}, {@code twitter:title}, a meta title and {@code <title>}, each with entities
 * decoded and white space collapsed, blank or overlong ones left out. Each names where it was found.
 */
final class DeclaredTitles {
  private DeclaredTitles() {}

  /** The titles the page declares, in the order they are trusted. */
  static List<Found> of(Document page, JsonLd.Facts ld, MetaTags meta) {
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

  /** The page's {@code <title>}, also when broken markup before the head put it into the body. */
  private static @Nullable String htmlTitle(Document page) {
    String title = page.title();
    if (!title.isBlank()) {
      return title;
    }
    Element anywhere = page.selectFirst("title:not(svg title)");
    return anywhere == null ? null : anywhere.text();
  }

  private static void add(List<Found> candidates, @Nullable String title, String where) {
    if (title != null && !title.isBlank() && title.strip().length() <= MAX_LENGTH) {
      candidates.add(new Found(Parser.unescapeEntities(title.strip(), false).replaceAll("\\s+", " "), where));
    }
  }
}
