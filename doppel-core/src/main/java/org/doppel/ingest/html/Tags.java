package org.doppel.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** The HTML element names the extraction treats alike. */
final class Tags {
  /** Elements that start a new paragraph of text; everything else is read as running text. */
  static final Set<String> BLOCK = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "noscript", "picture", "video", "audio");

  /**
   * Elements never read: code, styling, media and form controls, and ruby annotations ({@code rt},
   * {@code rp}): the reading aids printed above Japanese or Chinese characters would otherwise be spliced
   * into the sentence between the characters they annotate.
   */
  static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
      "embed", "applet", "map", "link", "meta", "input", "select", "textarea", "button", "option", "optgroup", "datalist",
      "frame", "frameset", "math", "dialog", "rt", "rp");

  static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private Tags() {}

  static boolean isBlock(Element element) {
    return BLOCK.contains(element.normalName());
  }

  static boolean isHeading(Element element) {
    return HEADING.contains(element.normalName());
  }
}
