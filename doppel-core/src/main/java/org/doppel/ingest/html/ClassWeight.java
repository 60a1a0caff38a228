package org.doppel.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, as Readability reads them: names like "article-body"
 * or "entry-content" mark content, names like "sidebar", "share" or "related" mark boilerplate. The
 * words are English because page templates are written in it whatever the page's language. Matching is
 * by substring ("commentlist" contains "comment"), with a few short words ("ad", "nav") matched only
 * as whole class names; plain {@code indexOf} over a keyword list is several times faster than one
 * large regular expression, and this runs for every element of every page.
 */
final class ClassWeight {
  /** Containers that are boilerplate on almost every site: skipped by the strict pass. */
  private static final String[] UNLIKELY = {
      "-ad-", "adslot", "ad-slot", "adsense", "advert", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
      "consent", "cookie", "cover-wrap", "disqus", "extra", "gdpr", "header", "legends", "menu", "related", "remark",
      "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
      "pagination", "pager", "popup", "yom-remote", "newsletter", "news-letter", "subscri", "share", "sharing", "recommend", "outbrain",
      "taboola", "navbar", "navigation", "masthead", "toolbar", "signup", "sign-up", "paywall", "promo", "trending",
      "mostpopular", "most-popular", "morestories", "more-stories", "readmore", "read-more", "readnext", "read-next",
      "print-only", "skip-link", "skiplink", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader"};
  private static final String[] UNLIKELY_WORDS = {"ad", "ads", "nav"};

  /** Names that save a container from {@link #UNLIKELY}: "article-header-comments" may hold the article. */
  private static final String[] MAYBE = {"and", "article", "body", "column", "content", "main", "shadow", "story", "entry",
      "posttext", "post-text"};

  private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
      "text", "blog", "story", "paragraph", "prose", "richtext", "rich-text"};

  private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot",
      "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
      "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "recommend", "newsletter", "news-letter", "byline", "author",
      "caption", "credit", "breadcrumb", "social", "subscribe"};
  private static final String[] NEGATIVE_WORDS = {"hid"};

  /** Boxes about the writer under an article (a photo, a short biography, links to their other posts). */
  private static final String[] AUTHOR_BOX = {"author-bio", "authorbio", "author-box", "authorbox", "about-author",
      "about-the-author", "author-info", "author-description", "author-profile", "autorenbox", "autoren-box", "autorbox"};

  private static final Pattern UNLIKELY_ROLE = Pattern.compile(
      "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search", Pattern.CASE_INSENSITIVE);

  private ClassWeight() {}

  /** +25 for a content-like class, +25 for a content-like id, -25 for each boilerplate-like one. */
  static int of(Element element) {
    return weigh(lower(element.className())) + weigh(lower(element.id()));
  }

  private static int weigh(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (containsAny(name, NEGATIVE) || hasWord(name, NEGATIVE_WORDS)) {
      weight -= 25;
    }
    if (containsAny(name, POSITIVE)) {
      weight += 25;
    }
    return weight;
  }

  /** Whether the element's names or ARIA role mark it as boilerplate however much text it holds. */
  static boolean isUnlikelyContainer(Element element) {
    String role = element.attr("role");
    if (!role.isEmpty() && UNLIKELY_ROLE.matcher(role).matches()) {
      return true;
    }
    String names = names(element);
    if (names.length() < 2) {
      return false;
    }
    return (containsAny(names, UNLIKELY) || hasWord(names, UNLIKELY_WORDS)) && !containsAny(names, MAYBE);
  }

  /** Whether the element's class or id names a box about the article's writer. */
  static boolean isAuthorBox(Element element) {
    String names = names(element);
    return names.length() > 1 && containsAny(names, AUTHOR_BOX);
  }

  static boolean isNegative(Element element) {
    String names = names(element);
    return names.length() > 1 && (containsAny(names, NEGATIVE) || hasWord(names, NEGATIVE_WORDS)) && !containsAny(names, POSITIVE);
  }

  private static String names(Element element) {
    String className = element.className();
    String id = element.id();
    return lower(className.isEmpty() ? id : id.isEmpty() ? className : className + " " + id);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean containsAny(String names, String[] keywords) {
    for (String keyword : keywords) {
      if (names.contains(keyword)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the space-separated names is exactly one of {@code words}. */
  private static boolean hasWord(String names, String[] words) {
    for (String word : words) {
      int at = names.indexOf(word);
      while (at >= 0) {
        int end = at + word.length();
        if ((at == 0 || names.charAt(at - 1) == ' ') && (end == names.length() || names.charAt(end) == ' ')) {
          return true;
        }
        at = names.indexOf(word, at + 1);
      }
    }
    return false;
  }
}
