package org.doppel.ingest.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes out what is never article text (scripts, styles, form controls, hidden elements) and names the
 * containers that are boilerplate on almost every site (navigation, asides, footers, headers, and
 * elements whose class, id or role says menu, sidebar, share, related, comments …). The first are
 * removed from the page; the second are only returned, so that a lenient second pass can still read
 * them when the strict one finds too little.
 */
final class PageCleaner {
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "menu");

  private PageCleaner() {}

  /** Removes the elements under {@code body} that never hold article text. */
  static void removeNonText(Element body) {
    body.select(Tags.NEVER_TEXT).remove();
    for (Element element : body.getAllElements()) {
      if (element == body || element.parent() == null) {
        continue;
      }
      if (element.hasAttr("hidden") || element.hasAttr("style") && HIDDEN_STYLE.matcher(element.attr("style")).find()) {
        element.remove();
      }
    }
  }

  /** The containers under {@code body} that a strict pass skips. */
  static Set<Element> unlikelyContainers(Element body) {
    Set<Element> unlikely = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : body.getAllElements()) {
      if (element == body || element.nameIs("a") || element.nameIs("article") || element.nameIs("main")) {
        continue;
      }
      boolean boilerplate = BOILERPLATE_TAGS.contains(element.normalName()) || ClassWeight.isUnlikelyContainer(element)
          || element.nameIs("header") && !insideContent(element);
      if (boilerplate && !holdsTheArticle(element) && !insideTableOrCode(element)) {
        unlikely.add(element);
      }
    }
    return unlikely;
  }

  private static boolean holdsTheArticle(Element element) {
    return element.childrenSize() > 0 && element.selectFirst("article, main, [itemprop=articleBody]") != null;
  }

  /** A header inside an article or a list item heads that part (title, byline, a section's name). */
  private static boolean insideContent(Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e.nameIs("article") || e.nameIs("main") || e.nameIs("li") || e.nameIs("section")
          || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideTableOrCode(Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e.nameIs("code") || e.nameIs("pre")) {
        return true;
      }
    }
    return false;
  }
}
