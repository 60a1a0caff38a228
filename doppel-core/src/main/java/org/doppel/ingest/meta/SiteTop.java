package org.doppel.ingest.meta;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The site's masthead and top bar, for {@link DatesElsewhere}: the box above a page's headline that every page of the
 * site shows, with its logo and navigation, whose date is the day the page is viewed, not the article's. Found by its
 * markup ({@link #inMasthead}) or by its parts ({@link #inSiteTop}); a page's answers are kept in its
 * {@link PageOutline}.
 */
final class SiteTop {
  private SiteTop() {}

  /**
   * Whether {@code element} stands in the site's masthead: a {@code <header>} (or {@code role="banner"}) outside any
   * {@code <article>} that holds no {@code <h1>}. A date there is the day the page is viewed ("Freitag, 5. Mai
   * 2023 | Abo"), often beside the weather ("Ulmenwalden 18 °C · Fr., 05.05.2023"), whatever its box is named; an
   * article's own header, which holds its headline and dateline, is not the masthead.
   */
  static boolean inMasthead(Element element) {
    Element header = element.closest(MASTHEAD);
    return header != null && isMasthead(header) || inStripAboveMasthead(element) || inSiteTop(element);
  }

  /** Whether {@code header}, a {@code <header>} or banner, is the site's masthead: outside any article, with no {@code <h1>}. */
  private static boolean isMasthead(Element header) {
    return header.selectFirst("h1") == null && header.closest("article") == null;
  }

  /**
   * Whether {@code element} stands in a strip of a few words right above the site's masthead (a box whose next element is
   * the masthead's {@code <header>}): the line with the day of viewing and the subscription and login links that sites
   * set over their logo ("Friday 24 August 2018 · Subscribe · Sign in", "Dienstag, 10. Jänner 2023"), outside the header's
   * markup.
   */
  private static boolean inStripAboveMasthead(Element element) {
    Element box = element;
    for (int level = 0; level < STRIP_DEPTH && box != null && !box.normalName().equals("body"); level++, box = box.parent()) {
      Element next = box.nextElementSibling();
      if (next != null && next.is(MASTHEAD) && isMasthead(next)) {
        return box.text().length() <= TOP_STRIP_TEXT; // only here is a box's text read: a date candidate is asked this often
      }
    }
    return false;
  }

  /** How deep in the strip a date may stand: the strip, a span of its own, a link or a mark inside that. */
  private static final int STRIP_DEPTH = 4;

  /**
   * Whether {@code element} stands in the site's top bar as its parts make it one, whatever its box is named ("masthead"
   * as a class, "top" as an id): the largest box around the element that does not hold the page's {@code <h1>}, standing
   * before the {@code <h1>} and outside any {@code <article>}, that holds the site's logo (a link to the home page with a
   * picture, or a link or its parent classed as a logo) and its navigation (at least {@value #MENU_LINKS} links more). A
   * date there is the day of viewing ("Dienstag, 4. März 2025 | 7 °C"), shown on every page of the site.
   */
  static boolean inSiteTop(Element element) {
    return siteTop(element) != null;
  }

  /** The site's top bar around {@code element} ({@link #inSiteTop}), or null. */
  private static @Nullable Element siteTop(Element element) {
    PageOutline outline = PageOutline.of(element);
    if (outline == null) {
      return null; // no document, no headline
    }
    Element headline = outline.headline();
    if (headline == null || element.closest("article") != null) {
      return null;
    }
    Set<Element> aroundHeadline = outline.aroundHeadline();
    if (aroundHeadline.contains(element)) {
      return null;
    }
    Element box = element;
    while (box.parent() != null && !aroundHeadline.contains(box.parent())) {
      box = box.parent();
    }
    if (!outline.knowsSiteTop(box)) {
      outline.rememberSiteTop(box, topBarOrNull(box, headline));
    }
    return outline.siteTop(box);
  }

  /**
   * {@code box} if it is the site's top bar ({@link #inSiteTop}), else null: the largest box around some element that
   * does not hold {@code headline}, the page's {@code <h1>}.
   */
  private static @Nullable Element topBarOrNull(Element box, Element headline) {
    Element common = box.parent();
    if (common == null || box.normalName().equals("body") || box.normalName().equals("html")) {
      return null;
    }
    // the box stands before the headline's branch under their common parent
    Element headlineBranch = headline;
    while (headlineBranch != null && headlineBranch.parent() != common) {
      headlineBranch = headlineBranch.parent();
    }
    if (headlineBranch == null || box.elementSiblingIndex() > headlineBranch.elementSiblingIndex()) {
      return null;
    }
    boolean logo = false;
    int others = 0;
    for (Element link : box.select("a[href]")) {
      if (isLogo(link)) {
        logo = true;
      } else {
        others++;
      }
    }
    return logo && others >= MENU_LINKS ? box : null;
  }

  /** The most text of a strip above the masthead: a date and a few links, not a teaser or a notice. */
  private static final int TOP_STRIP_TEXT = 120;

  /** The site's top bar of {@code body} ({@link #inSiteTop}): the one around its first logo, or null. */
  static @Nullable Element siteTopOf(Element body) {
    for (Element link : body.select("a[href]")) {
      if (isLogo(link)) {
        return siteTop(link);
      }
    }
    return null;
  }

  /** Whether {@code link} is the site's logo: it leads home and holds a picture, or it or its parent is classed as a logo. */
  private static boolean isLogo(Element link) {
    return isHome(link) && (link.selectFirst("img, svg") != null || link.is(LOGO) || link.parent() != null && link.parent().is(LOGO));
  }

  /** The least links beside the logo that make a site's navigation. */
  private static final int MENU_LINKS = 4;
  private static final Evaluator LOGO = QueryParser.parse("[class~=(?i)logo], [id~=(?i)logo]");
  private static final Pattern HOME = Pattern.compile("(?i)^(?:https?://[^/?#]+)?(?:\\.?/?|/?index\\.\\w{2,4})$");

  /** Whether {@code link} leads to the site's home page: "/", "./", "index.php", "https://host/". */
  private static boolean isHome(Element link) {
    return HOME.matcher(link.attr("href").strip()).matches();
  }

  /** The masthead: HTML5's {@code <header>}, ARIA's banner, and the box that older templates name so by its id. */
  private static final Evaluator MASTHEAD = QueryParser.parse("header, [role=banner], [id~=(?i)^(header|kopf|kopfzeile|masthead|site-header)$]");
}
