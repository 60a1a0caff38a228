package org.doppel.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's author: JSON-LD author names, author meta tags, then the page's own byline
 * marks ({@code itemprop=author}, {@code rel=author}, elements classed "author" or "byline").
 * Each value is cleaned ("By", "Von", dates, job titles removed) and rejected when it is a URL,
 * a handle, too long for a name, or the site's own name.
 */
final class HtmlAuthors {
  private static final String[] META = {"author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
      "parsely-author", "citation_author", "og:article:author", "book:author", "creator", "authors"};
  private static final String BYLINE_MARKS = String.join(", ",
      "[itemprop~=(?i)^author$] [itemprop=name]", "[itemprop~=(?i)^author$]", "a[rel~=(?i)^author$]", "[rel~=(?i)^author$]",
      "[class~=(?i)^(author|byline|by-line|author-name|authorname|post-author|entry-author|article-author|autor|author-link|"
          + "fn|vcard|meta-author|story-byline|c-byline|byline__name|author__name|td-post-author-name)$]",
      "[class~=(?i)(^|[-_])(author|autor|byline)([-_]name|[-_]link)?$]", "[id~=(?i)^(author|byline|autor)$]");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i)https?:|www\\.|@|\\.com|\\.de\\b|\\d{3,}|^(?:admin|administrator|redaktion|editor|unknown|anonymous|guest|staff|"
          + "posted|published|kommentar\\w*|comments?|about|home|menu|profile|share|view all posts.*)$");
  private static final Pattern LEAD = Pattern.compile(
      "^(?i:(?:written |posted |reported |text |story |words |photos? )?by|von|autor(?:in)?|author|verfasst von|geschrieben von|"
          + "ein beitrag von|text|par|por|di)\\s*:?\\s+");
  private static final int MAX_WORDS = 12;

  private HtmlAuthors() {}

  record Found(String author, String where) {}

  static Optional<Found> find(Document page, JsonLd.Facts ld, MetaTags meta, String site) {
    if (!ld.authors().isEmpty()) {
      List<String> names = ld.authors().stream().map(n -> clean(n, site)).filter(n -> n != null).distinct().toList();
      if (!names.isEmpty()) {
        return Optional.of(new Found(String.join(", ", names), "json-ld"));
      }
    }
    for (String name : META) {
      String value = clean(meta.first(name), site);
      if (value != null) {
        return Optional.of(new Found(value, "meta:" + name));
      }
    }
    for (Element mark : page.select(BYLINE_MARKS)) {
      if (mark.closest("[class~=(?i)comment|related|teaser|sidebar|widget|footer|avatar]") != null || mark.closest("footer") != null) {
        continue;
      }
      String text = mark.hasAttr("content") ? mark.attr("content") : mark.text();
      String value = clean(text, site);
      if (value != null) {
        return Optional.of(new Found(value, "byline"));
      }
    }
    return Optional.empty();
  }

  /** A name cleaned of lead words, dates and roles, or null when it cannot be a person's name. */
  static String clean(String raw, String site) {
    if (raw == null) {
      return null;
    }
    String text = raw.replaceAll("\\s+", " ").strip();
    text = LEAD.matcher(text).replaceFirst("");
    var date = DateText.locate(text, false);
    if (date.isPresent()) {
      text = text.substring(0, date.get().start());
    }
    text = text.replaceAll("(?i)\\s*(?:\\||•|·|—|–|-|,)?\\s*(?:am|on|published|veröffentlicht|updated)\\s*:?\\s*$", "");
    text = text.replaceAll("^[\\s,;:|·•–-]+|[\\s,;:|·•–-]+$", "").strip();
    if (text.isEmpty() || text.length() < 2 || text.split("\\s+").length > MAX_WORDS || NOT_A_NAME.matcher(text).find()
        || !Character.isLetter(text.codePointAt(0))) {
      return null;
    }
    if (site != null && HtmlTitles.key(text).equals(HtmlTitles.key(site))) {
      return null;
    }
    return text.toLowerCase(Locale.ROOT).equals(text) && text.contains(" ") && text.split(" ").length > 4 ? null : text;
  }
}
