package org.doppel.ingest.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Where on a page a byline stands, and where the names are other people's: the article's headline, beside which its
 * byline stands; comments, related posts, side boxes and menus; a picture's caption and credit. Read by
 * {@link HtmlAuthors} and the readers it asks ({@link BylineMarks}, {@link TextBylines}, {@link LabelledCells},
 * {@link EndCredits}, {@link AuthorBoxes}, {@link ClosingSignatures}).
 */
final class BylinePlaces {
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

  private BylinePlaces() {}

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
  static @Nullable Element headline(Document page) {
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
