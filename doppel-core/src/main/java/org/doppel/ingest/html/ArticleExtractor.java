package org.doppel.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.meta.HtmlMetadata;
import org.doppel.ingest.meta.TextMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the article out of a web page: its body as paragraphs, without navigation, ads, comments,
 * footers, cookie notices, related-article lists or share buttons, and its metadata.
 *
 * <pre>{@code
 * ExtractedArticle article = ArticleExtractor.extract(htmlBytes, "https://example.org/news/1");
 * article.paragraphs();  // ["First paragraph …", "A subheading", …]
 * }</pre>
 *
 * <p>The body is found in two passes, as Readability does: a strict one that skips containers named
 * like boilerplate and weighs class names, then, when that yields fewer than {@value #MIN_BODY_CHARS}
 * characters, a lenient one without either; the longer result wins. Stateless and thread-safe.
 */
public final class ArticleExtractor {
  static final int MIN_BODY_CHARS = 500;

  private ArticleExtractor() {}

  /** Parses the page (UTF-8 when its bytes are, else the charset of its BOM or meta tag, else UTF-8) and extracts its article. */
  public static ExtractedArticle extract(byte[] html, @Nullable String url) {
    return extract(parse(html, url), url);
  }

  /**
   * As {@link #extract(byte[], String)}, for a page fetched on a known day: no publication date after
   * {@code latest} is believed.
   */
  public static ExtractedArticle extract(byte[] html, @Nullable String url, LocalDate latest) {
    return extract(parse(html, url), url, latest);
  }

  /**
   * As {@link #extract(byte[], String, LocalDate)}, for a page whose charset is known before parsing ({@code charset},
   * or null to read it from the page as {@link #parse(byte[], String)} does).
   */
  public static ExtractedArticle extract(byte[] html, @Nullable Charset charset, @Nullable String url, LocalDate latest) {
    return extract(parse(html, charset, url), url, latest);
  }

  /** Parses page bytes with jsoup, taking the charset from a BOM or meta tag and falling back to UTF-8. */
  public static Document parse(byte[] html, @Nullable String url) {
    return parse(html, null, url);
  }

  /**
   * Parses page bytes with jsoup in {@code charset} (a byte-order mark still wins, as in a browser), or, when it is
   * null, as UTF-8 when the bytes are UTF-8 whatever the meta tag declares ({@link Utf8Pages}), else in the charset of
   * the page's BOM or meta tag, else UTF-8.
   */
  public static Document parse(byte[] html, @Nullable Charset charset, @Nullable String url) {
    try {
      String name = charset != null ? charset.name() : Utf8Pages.isUtf8(html) ? "UTF-8" : null;
      return Jsoup.parse(new ByteArrayInputStream(html), name, url == null ? "" : url);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on an in-memory stream
    }
  }

  /**
   * Extracts the article from a parsed page. The page is changed (non-text elements are removed); parse
   * it again to use it for something else.
   */
  public static ExtractedArticle extract(Document page, @Nullable String url) {
    return extract(page, url, HtmlMetadata.latestPublicationDay());
  }

  /**
   * Extracts the article from a parsed page fetched no earlier than {@code latest}. The metadata comes
   * from the page's markup ({@link HtmlMetadata}), else from the article's text ({@link TextMetadata}:
   * bylines, datelines, credit and attribution lines). The page is changed.
   */
  public static ExtractedArticle extract(Document page, @Nullable String url, LocalDate latest) {
    ArticleMetadata fromMarkup = HtmlMetadata.extract(page, url == null || url.isEmpty() ? null : url, latest);
    String description = description(page);
    String title = fromMarkup.title();
    List<String> paragraphs = paragraphs(page, title, description);
    ExtractedArticle article = ExtractedArticle.of(paragraphs, fromMarkup);
    if (fromMarkup.title() != null && fromMarkup.author() != null && fromMarkup.date() != null) {
      return article; // reading the text for what the markup already gave costs a sixth of the extraction time
    }
    ArticleMetadata fromText = TextMetadata.extract(title == null ? article.body() : title + "\n\n" + article.body());
    return new ExtractedArticle(article.body(), paragraphs, fromMarkup.orElse(fromText));
  }

  /** The body paragraphs only; {@code title}, when given, is kept out of them. The page is changed. */
  static List<String> paragraphs(Document page, @Nullable String title, @Nullable String description) {
    Element body = page.body();
    PageCleaner.removeNonText(body);
    List<TextBlock> allBlocks = BlockWalker.blocks(body, Set.of());
    PageStats stats = PageStats.measure(body);
    List<TextBlock> chosen = TrailingNotices.drop(BylineLines.dropLeading(body(body, allBlocks, stats, title)));
    List<String> out = new ArrayList<>(chosen.size() + 1);
    LeadFinder.leads(allBlocks, chosen, description).forEach(lead -> out.add(lead.text()));
    for (TextBlock block : chosen) {
      out.add(block.text());
    }
    return out;
  }

  private static List<TextBlock> body(Element body, List<TextBlock> allBlocks, PageStats stats, @Nullable String title) {
    List<TextBlock> best = List.of();
    for (Pass pass : Pass.values()) {
      List<TextBlock> blocks = pass.skipUnlikely ? BlockWalker.blocks(body, PageCleaner.unlikelyContainers(body)) : allBlocks;
      ContentRootFinder.Result found = ContentRootFinder.find(blocks, stats, pass.weighClasses);
      List<TextBlock> paragraphs = found.roots().isEmpty() ? List.of()
          : ParagraphCollector.collect(blocks, found, stats, title, pass.weighClasses, pass.cleanConditionally);
      if (length(paragraphs) >= MIN_BODY_CHARS) {
        return paragraphs;
      }
      if (length(paragraphs) > length(best)) {
        best = paragraphs;
      }
    }
    if (best.isEmpty()) {
      // no paragraph long enough to score (a stub page): all of its text that is not links or labels
      best = allBlocks.stream()
          .filter(block -> block.linkDensity() <= 0.5 && !BoilerplateText.isBoilerplate(block.text()))
          .toList();
    }
    return best;
  }

  /**
   * Readability's passes, from strict to lenient; the first that finds {@value #MIN_BODY_CHARS}
   * characters wins, else the longest.
   */
  private enum Pass {
    STRICT(true, true, true),
    KEEP_UNLIKELY(false, true, true),
    IGNORE_CLASSES(false, false, true),
    KEEP_ALL(false, false, false);

    final boolean skipUnlikely;
    final boolean weighClasses;
    final boolean cleanConditionally;

    Pass(boolean skipUnlikely, boolean weighClasses, boolean cleanConditionally) {
      this.skipUnlikely = skipUnlikely;
      this.weighClasses = weighClasses;
      this.cleanConditionally = cleanConditionally;
    }
  }

  private static int length(List<TextBlock> paragraphs) {
    int length = 0;
    for (TextBlock paragraph : paragraphs) {
      length += paragraph.chars();
    }
    return length;
  }

  private static @Nullable String description(Document page) {
    Element meta = page.selectFirst("meta[property=og:description], meta[name=description], meta[name=twitter:description]");
    return meta == null ? null : meta.attr("content");
  }

}
