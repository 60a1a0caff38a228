package org.doppel.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.meta.HtmlMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  /** Parses the page (charset from its BOM or meta tag, else UTF-8) and extracts its article. */
  public static ExtractedArticle extract(byte[] html, String url) {
    return extract(parse(html, url), url);
  }

  /** Parses page bytes with jsoup, taking the charset from a BOM or meta tag and falling back to UTF-8. */
  public static Document parse(byte[] html, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on an in-memory stream
    }
  }

  /**
   * Extracts the article from a parsed page. The page is changed (non-text elements are removed); parse
   * it again to use it for something else.
   */
  public static ExtractedArticle extract(Document page, String url) {
    ArticleMetadata metadata = metadata(page, url);
    List<String> paragraphs = paragraphs(page, metadata.title(), description(page));
    return ExtractedArticle.of(paragraphs, metadata);
  }

  /** The body paragraphs only; {@code title}, when given, is kept out of them. The page is changed. */
  static List<String> paragraphs(Document page, String title, String description) {
    Element body = page.body();
    PageCleaner.removeNonText(body);
    List<TextBlock> allBlocks = BlockWalker.blocks(body, Set.of());
    List<TextBlock> chosen = BylineLines.dropLeading(body(body, allBlocks, title));
    List<String> out = new ArrayList<>(chosen.size() + 1);
    LeadFinder.lead(allBlocks, chosen, description).ifPresent(lead -> out.add(lead.text()));
    for (TextBlock block : chosen) {
      out.add(block.text());
    }
    return out;
  }

  private static List<TextBlock> body(Element body, List<TextBlock> allBlocks, String title) {
    List<TextBlock> best = List.of();
    for (Pass pass : Pass.values()) {
      List<TextBlock> blocks = pass.skipUnlikely ? BlockWalker.blocks(body, PageCleaner.unlikelyContainers(body)) : allBlocks;
      ContentRootFinder.Result found = ContentRootFinder.find(blocks, pass.weighClasses);
      List<TextBlock> paragraphs = found.roots().isEmpty() ? List.of()
          : ParagraphCollector.collect(blocks, found, title, pass.weighClasses, pass.cleanConditionally);
      if (length(paragraphs) >= MIN_BODY_CHARS) {
        return paragraphs;
      }
      if (length(paragraphs) > length(best)) {
        best = paragraphs;
      }
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

  private static String description(Document page) {
    Element meta = page.selectFirst("meta[property=og:description], meta[name=description], meta[name=twitter:description]");
    return meta == null ? null : meta.attr("content");
  }

  /** Read before the page is cleaned: dates, bylines and credits live in the parts cleaning removes. */
  private static ArticleMetadata metadata(Document page, String url) {
    return HtmlMetadata.extract(page, url == null || url.isEmpty() ? null : url);
  }
}
