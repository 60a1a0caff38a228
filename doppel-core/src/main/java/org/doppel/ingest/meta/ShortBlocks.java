package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * The short text blocks of a page body, collected in one pass: paragraphs, list items, small
 * print, captions, {@code <font>} lines of older pages, the values of a list of facts ({@code <dd>}: "Datum 15.02.2024") and leaf divs or spans whose text is under {@value #MAX_LENGTH} characters.
 * Bylines ("von Max Muster") and attribution lines ("Quelle: dpa") stand in such blocks;
 * reading every element's full text instead would cost time quadratic in the page's depth.
 */
final class ShortBlocks {
  static final int MAX_LENGTH = 200;
  private static final int MAX_CHILDREN = 4;
  private static final Set<String> TAGS = Set.of("p", "li", "small", "em", "cite", "figcaption", "div", "span", "td", "dd", "byline", "address",
      // the blocks of pages laid out before style sheets, whose every line is a <font> in a table cell
      "font");

  /** A block and its whole text. */
  record Block(Element element, String text) {}

  private ShortBlocks() {}

  static List<Block> of(Element body) {
    List<Block> blocks = new ArrayList<>();
    if (body == null) {
      return blocks;
    }
    for (Element element : body.getAllElements()) {
      if (!TAGS.contains(element.normalName()) || element.childrenSize() > MAX_CHILDREN) {
        continue;
      }
      String text = boundedText(element);
      if (text != null && !text.isEmpty()) {
        blocks.add(new Block(element, text));
      }
    }
    return blocks;
  }

  /** The element's text with whitespace collapsed, or null when it is {@value #MAX_LENGTH} characters or longer. */
  static @Nullable String boundedText(Element element) {
    StringBuilder raw = new StringBuilder();
    if (!appendText(element, raw, 0)) {
      return null;
    }
    String text = Whitespace.collapse(raw, Whitespace.Spaces.ASCII_AND_NO_BREAK);
    return text.length() < MAX_LENGTH ? text : null;
  }

  /** Appends the text under {@code node}, its parts separated as {@link MarkText} does; false as soon as it passes {@value #MAX_LENGTH} characters. */
  private static boolean appendText(Node node, StringBuilder out, int depth) {
    return MarkText.append(node, out, MAX_LENGTH * 2);
  }
}
