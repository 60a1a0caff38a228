package org.doppel.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Basic text extraction from HTML with jsoup: the title, then the text of block elements of the
 * page body in document order, one paragraph each, leaving out scripts, navigation, headers,
 * footers, asides and forms. A dedicated main-content extractor is a later stage; this one is
 * deliberately simple and predictable.
 */
final class HtmlText {
  private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dt, dd, td, th";

  private HtmlText() {}

  static String title(Document page) {
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content").strip();
    }
    String title = page.title().strip();
    return title.isEmpty() ? null : title;
  }

  static String body(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    body.select(DROP).remove();
    StringBuilder out = new StringBuilder();
    Elements blocks = body.select(BLOCKS);
    for (Element block : blocks) {
      if (!block.select(BLOCKS).stream().filter(e -> e != block).findAny().isEmpty()) {
        continue; // the inner blocks carry the text; taking the outer one too would repeat it
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        out.append(text);
      }
    }
    if (out.isEmpty()) {
      out.append(body.text().strip());
    }
    return out.toString();
  }
}
