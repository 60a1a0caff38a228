package org.doppel.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts over an element's text in one pass: characters, characters inside links, commas, and the
 * paragraphs below it. The extraction's decisions rest on these numbers, so they are computed the same
 * way everywhere.
 */
record TextStats(int chars, int linkChars, int commas) {

  static TextStats of(Element element) {
    int[] counts = new int[3];
    NodeTraversor.traverse(new NodeVisitor() {
      int insideLink;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String value = text.getWholeText();
          int length = visibleLength(value);
          counts[0] += length;
          if (insideLink > 0) {
            counts[1] += length;
          }
          for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
              counts[2]++;
            }
          }
        } else if (node instanceof Element e && e.nameIs("a")) {
          insideLink++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.nameIs("a")) {
          insideLink--;
        }
      }
    }, element);
    return new TextStats(counts[0], counts[1], counts[2]);
  }

  /** The share of the text that sits inside links, 0 for an element without text. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** The length of the text once runs of whitespace count as one character. */
  static int visibleLength(String text) {
    int length = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean isSpace = Character.isWhitespace(c) || c == '\u00a0';
      if (!isSpace) {
        length++;
      } else if (!space) {
        length++;
      }
      space = isSpace;
    }
    return length;
  }
}
