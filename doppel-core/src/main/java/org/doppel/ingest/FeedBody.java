package org.doppel.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doppel.ingest.html.ArticleExtractor;
import org.doppel.ingest.html.ExtractedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The article of a feed item's body, read by the page reader's extractor ({@link ArticleExtractor}) so that an item
 * and the page it syndicates give the same paragraphs: the first of the full text ({@code content:encoded}, Atom's
 * {@code content}) and the summary ({@code description}, {@code summary}) that holds any. The body is HTML whether the
 * feed escaped it ({@code &lt;p&gt;}), wrapped it in CDATA, or wrote it as elements (Atom's {@code type="xhtml"}, or a
 * sloppy feed's bare {@code <p>}); a body with no tag at all (Atom's {@code type="text"}, a plain description) is plain
 * text, its blank lines cutting paragraphs.
 */
final class FeedBody {
  private static final List<FeedName> RSS_BODIES = List.of(FeedName.CONTENT_ENCODED, FeedName.own("description"));
  private static final List<FeedName> ATOM_BODIES = List.of(FeedName.own("content"), FeedName.own("summary"));
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  private FeedBody() {}

  /** What an item without text is said to lack. */
  static String describe(FeedRoot.Kind kind) {
    List<FeedName> bodies = bodies(kind);
    return "its <" + bodies.get(0).written() + "> and <" + bodies.get(1).written() + "> are";
  }

  private static List<FeedName> bodies(FeedRoot.Kind kind) {
    return kind == FeedRoot.Kind.ATOM ? ATOM_BODIES : RSS_BODIES;
  }

  /** The article of the first body of {@code item} that holds text, or empty when none does. */
  static Optional<ExtractedArticle> article(Element item, FeedRoot.Kind kind, @Nullable String url) {
    for (FeedName name : bodies(kind)) {
      Element body = FeedItem.child(item, name, kind);
      String html = body == null ? null : html(body);
      if (html == null || html.isBlank()) {
        continue;
      }
      ExtractedArticle article = ArticleExtractor.extract(Jsoup.parseBodyFragment(html, url == null ? "" : url), url);
      if (!article.body().isBlank()) {
        return Optional.of(article);
      }
    }
    return Optional.empty();
  }

  /**
   * A body as HTML, or null for one that holds no text (Atom's {@code src} pointing elsewhere, a picture's bytes): its
   * elements as written, its text when that is (escaped or CDATA) HTML, or its plain text made paragraphs.
   */
  private static @Nullable String html(Element body) {
    String type = body.attr("type").toLowerCase(Locale.ROOT);
    if (body.hasAttr("src") || type.contains("/") && !type.startsWith("text/") && !type.contains("html") && !type.contains("xml")) {
      return null;
    }
    if (!body.children().isEmpty()) {
      unprefixXhtml(body);
      return body.html();
    }
    String text = body.wholeText();
    return type.equals("text") || type.equals("text/plain") || text.indexOf('<') < 0 ? paragraphs(text) : text;
  }

  /**
   * Writes Atom's XHTML content bound to a prefix ({@code <xh:p>}) as HTML's own names ({@code <p>}), which the extractor
   * knows; the item is dropped once read, so renaming its elements in place costs nothing else.
   */
  private static void unprefixXhtml(Element body) {
    for (Element element : body.getAllElements()) {
      if (!element.tag().prefix().isEmpty() && element.tag().namespace().equals(Parser.NamespaceHtml)) {
        element.tagName(element.tag().localName());
      }
    }
  }

  /** Plain text as HTML paragraphs, one for each run of lines between blank lines. */
  private static String paragraphs(String text) {
    StringBuilder html = new StringBuilder(text.length() + 32);
    for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
      html.append("<p>").append(Entities.escape(paragraph)).append("</p>");
    }
    return html.toString();
  }

  /** A title's text: markup an Atom {@code type="html"} title or an over-escaped RSS one carries read as a page's is. */
  static @Nullable String plainText(@Nullable Element title) {
    String text = FeedItem.textOf(title);
    if (title == null || text == null) {
      return null;
    }
    boolean elements = !title.children().isEmpty();
    if (!elements && text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    String read = Jsoup.parseBodyFragment(elements ? title.html() : text).text().strip();
    return read.isEmpty() ? null : read;
  }
}
