package org.doppel.ingest.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, as Readability reads them: names like "article-body"
 * or "entry-content" mark content, names like "sidebar", "share" or "related" mark boilerplate. The
 * words are English because page templates are written in it whatever the page's language.
 */
final class ClassWeight {
  /** Containers that are boilerplate on almost every site: removed before scoring (first pass only). */
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|\\bads?\\b|ad-?slot|adsense|advert|ai2html|banner|breadcrumb|combx|comment|community|consent|cookie|"
          + "cover-wrap|disqus|extra|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
          + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|"
          + "newsletter|subscri|share|sharing|teaser|recommend|outbrain|taboola|navbar|"
          + "\\bnav\\b|navigation|masthead|toolbar|signup|sign-up|paywall|promo|trending|most-?popular|"
          + "more-?stories|read-?more|read-?next|print-?only|skip-?link|visually-?hidden|sr-only|screen-?reader",
      Pattern.CASE_INSENSITIVE);

  /** Names that save a container from {@link #UNLIKELY}: "article-header-comments" may hold the article. */
  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post-?text",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose|rich-?text",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|"
          + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|"
          + "widget|teaser|recommend|newsletter|byline|author|caption|credit|breadcrumb|social|subscribe",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern UNLIKELY_ROLE = Pattern.compile(
      "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search", Pattern.CASE_INSENSITIVE);

  private ClassWeight() {}

  /** +25 for a content-like class, +25 for a content-like id, -25 for each boilerplate-like one. */
  static int of(Element element) {
    int weight = 0;
    String className = element.className();
    if (!className.isEmpty()) {
      if (NEGATIVE.matcher(className).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(className).find()) {
        weight += 25;
      }
    }
    String id = element.id();
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        weight += 25;
      }
    }
    return weight;
  }

  /** Whether the element's names or ARIA role mark it as boilerplate however much text it holds. */
  static boolean isUnlikelyContainer(Element element) {
    String role = element.attr("role");
    if (!role.isEmpty() && UNLIKELY_ROLE.matcher(role).matches()) {
      return true;
    }
    String names = element.className() + " " + element.id();
    if (names.length() < 2) {
      return false;
    }
    return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
  }

  static boolean isNegative(Element element) {
    String names = element.className() + " " + element.id();
    return names.length() > 1 && NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
  }
}
