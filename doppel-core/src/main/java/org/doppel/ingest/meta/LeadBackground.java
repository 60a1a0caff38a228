package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article's lead picture when the page shows it as a CSS background ({@code style="background-image:url(…)"} on
 * a hero or lead element, as many themes write it) and not as an {@code <img>}: the first such element inside the
 * article ({@code <article>}, {@code <main>}, {@code role="main"}), or at its head (the element right before it, or
 * inside that element). A background elsewhere on the page (the site's banner in its header, a logo in its
 * navigation, a promotion in a sidebar or footer) is the site's and not the article's, and so is one inside the
 * article's own navigation, aside or footer. Whether a lead picture the site puts on many of its pages is a photo is
 * the furniture rule's, learnt from the corpus as for any figure.
 */
final class LeadBackground {
  private static final String ARTICLE = "article, main, [role=main]";
  private static final String NOT_THE_ARTICLES = "header, nav, footer, aside, [role=banner], [role=navigation], [role=contentinfo]";
  /** A CSS {@code url(…)}, quoted or not, in a {@code background} or {@code background-image} declaration. */
  private static final Pattern BACKGROUND_URL =
      Pattern.compile("(?i)background(?:-image)?\\s*:[^;]*?url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

  private LeadBackground() {}

  /** The article's lead background picture, its URL resolved against the page as an {@code <img>}'s is. */
  static Optional<Lead> of(Document page) {
    for (Element styled : page.select("[style]")) {
      Optional<String> url = url(styled.attr("style"));
      if (url.isPresent() && isTheArticles(styled)) {
        return Optional.of(new Lead(ImgSources.absolute(styled, url.get()), styled));
      }
    }
    return Optional.empty();
  }

  /**
   * A lead picture shown as a background.
   *
   * @param url the picture's URL
   * @param element the element whose background it is
   */
  record Lead(String url, Element element) {
    /**
     * The lead's caption: an element matching {@code captionSelector} inside it, else the element right after it when
     * that is one (a theme writes its hero, then the caption under it, where a figure would hold both).
     */
    @Nullable Element caption(String captionSelector) {
      Element inside = element.selectFirst(captionSelector);
      if (inside != null) {
        return inside;
      }
      Element next = element.nextElementSibling();
      return next != null && next.is(captionSelector) ? next : null;
    }
  }

  /** The picture a {@code style} attribute's background names; a {@code data:} URI is none. */
  static Optional<String> url(String style) {
    Matcher matcher = BACKGROUND_URL.matcher(style);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String url = matcher.group(2).strip();
    return url.isEmpty() || url.regionMatches(true, 0, "data:", 0, 5) ? Optional.empty() : Optional.of(url);
  }

  /** Whether the element is the article's: inside it, or at its head, and not in the site's or the article's furniture. */
  private static boolean isTheArticles(Element element) {
    Element article = element.closest(ARTICLE);
    if (article != null) {
      Element furniture = element.closest(NOT_THE_ARTICLES);
      // the article's own header holds its lead
      return furniture == null || furniture.tagName().equals("header") && furniture.closest(ARTICLE) == article;
    }
    for (Element at = element; at != null && at.parent() != null; at = at.parent()) {
      if (at.is(NOT_THE_ARTICLES)) {
        return false;
      }
      @Nullable Element next = at.nextElementSibling();
      if (next != null && next.is(ARTICLE)) {
        return true;
      }
    }
    return false;
  }
}
