package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
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
 * the furniture rule's, learnt from the corpus as for any figure. A lazy loader's background ({@code data-bg},
 * lazysizes' and others' name, {@code data-background-image}, lozad's and others'; lazysizes' responsive {@code data-bgset},
 * its largest candidate), which its script copies into the style once the element is seen, is read as the style's is,
 * before it: the saved page's style holds at most the stand-in
 * (a blur, a grey tile), as an {@code <img>}'s {@code src} does under a lazy loader ({@link ImgSources}).
 */
final class LeadBackground {
  private static final String ARTICLE = "article, main, [role=main]";
  private static final String NOT_THE_ARTICLES = "header, nav, footer, aside, [role=banner], [role=navigation], [role=contentinfo]";
  /** A CSS {@code url(…)}, quoted or not, in a {@code background} or {@code background-image} declaration. */
  private static final Pattern BACKGROUND_URL =
      Pattern.compile("(?i)background(?:-image)?\\s*:[^;]*?url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
  /** A lazy loader's attributes naming an element's background picture: a URL, or a CSS {@code url(…)}. */
  private static final List<String> LAZY_BACKGROUNDS = List.of("data-bg", "data-background-image");
  private static final Pattern CSS_URL = Pattern.compile("(?i)^url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
  /**
   * lazysizes' responsive background: a source set ("lead-800.jpg 800w, lead-1600.jpg 1600w"), or several for the
   * media queries in brackets after each, parted by "|"; its script sets the style to the candidate the screen needs.
   */
  private static final String LAZY_BACKGROUND_SET = "data-bgset";
  /** A media query in a {@code data-bgset}, in brackets after its source set. */
  private static final Pattern MEDIA = Pattern.compile("\\[[^\\]]*\\]");
  private static final String WITH_A_BACKGROUND = "[style], [data-bg], [data-background-image], [data-bgset]";

  private LeadBackground() {}

  /** The article's lead background picture, its URLs resolved against the page as an {@code <img>}'s are. */
  static Optional<Lead> of(Document page) {
    for (Element element : page.select(WITH_A_BACKGROUND)) {
      List<String> urls = urls(element);
      if (!urls.isEmpty() && isTheArticles(element)) {
        List<String> absolute = urls.stream().map(url -> ImgSources.absolute(element, url)).distinct().toList();
        return Optional.of(new Lead(absolute.get(0), absolute.subList(1, absolute.size()), element));
      }
    }
    return Optional.empty();
  }

  /**
   * The background pictures an element names, best first: a lazy loader's, then the candidates of its background set,
   * the largest first (the picture at its fullest, as a figure's is read from the largest file it offers), then its
   * style's (the stand-in).
   */
  static List<String> urls(Element element) {
    List<String> urls = new ArrayList<>();
    for (String attribute : LAZY_BACKGROUNDS) {
      lazyUrl(element.attr(attribute)).ifPresent(urls::add);
    }
    String set = MEDIA.matcher(element.attr(LAZY_BACKGROUND_SET)).replaceAll(" ").replace("|", " , ");
    ImgSources.largestFirst(set).forEach(candidate -> picture(candidate).ifPresent(urls::add));
    url(element.attr("style")).ifPresent(urls::add);
    return urls.stream().distinct().toList();
  }

  /** The picture a lazy loader's attribute names: the value itself, or the URL of a CSS {@code url(…)}; a {@code data:} URI is none. */
  static Optional<String> lazyUrl(String value) {
    Matcher css = CSS_URL.matcher(value.strip());
    return picture(css.find() ? css.group(2) : value);
  }

  /**
   * A lead picture shown as a background.
   *
   * @param url the picture's URL
   * @param others the other pictures the element names, to be read in its place if it cannot be (the style's stand-in
   *     behind a lazy loader's picture)
   * @param element the element whose background it is
   */
  record Lead(String url, List<String> others, Element element) {
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
    return picture(matcher.group(2));
  }

  /** {@code url} stripped, unless it is blank or a {@code data:} URI (an inline stand-in, no picture of the article). */
  private static Optional<String> picture(String url) {
    String stripped = url.strip();
    return stripped.isEmpty() || stripped.regionMatches(true, 0, "data:", 0, 5) ? Optional.empty() : Optional.of(stripped);
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
