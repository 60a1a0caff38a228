package org.doppel.ingest.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a page laid out before style sheets, and the font size they are set in. Such pages set the headline as a
 * bold line in a large {@code <font size="4">} or {@code "5"} and, right under it after a line break, a subline in the
 * text's size ({@code <font size="2"><b>…</b></font>}): both are bold lines of their own, and readers tell the headline by
 * its size, as they tell a heading from the bold standfirst under it.
 */
final class FontLines {
  /** The size browsers give text outside any {@code <font size>}, and the base of a relative one ("+1", "-1"). */
  private static final int DEFAULT_SIZE = 3;
  private static final int MAX_SIZE = 7;

  private FontLines() {}

  /** The outermost element that holds nothing but {@code element}'s line: {@code <p><font><b>…</b></font></p>} for the {@code <b>}. */
  static Element line(Element element) {
    Element line = element;
    while (line.parent() != null && !line.parent().normalName().equals("body") && contentNodes(line.parent()) == 1) {
      line = line.parent();
    }
    return line;
  }

  /** Whether {@code line} stands right under {@code above}, with nothing but line breaks between them, in a smaller font. */
  static boolean isSublineOf(Element line, Element above) {
    Node before = line.previousSibling();
    while (before != null && (isBlank(before) || before instanceof Element br && br.normalName().equals("br"))) {
      before = before.previousSibling();
    }
    return before == above && size(above) > size(line);
  }

  /** The size of the innermost {@code <font size>} around the line's text, 1 to 7, or the default 3 outside any. */
  static int size(Element line) {
    Element inner = line;
    while (contentNodes(inner) == 1 && inner.childrenSize() == 1) {
      inner = inner.child(0);
    }
    for (Element at = inner; at != null; at = at.parent()) {
      if (at.normalName().equals("font")) {
        Integer size = parse(at.attr("size").strip());
        if (size != null) {
          return size;
        }
      }
    }
    return DEFAULT_SIZE;
  }

  /** A {@code size} attribute's value: "4", or "+1" and "-1" from the default; null when it is none. */
  private static @Nullable Integer parse(String size) {
    if (!size.matches("[+-]?[1-7]")) {
      return null;
    }
    int value = Integer.parseInt(size.replace("+", ""));
    int absolute = size.startsWith("+") || size.startsWith("-") ? DEFAULT_SIZE + value : value;
    return Math.max(1, Math.min(MAX_SIZE, absolute));
  }

  private static long contentNodes(Element element) {
    return element.childNodes().stream().filter(node -> !isBlank(node)).count();
  }

  private static boolean isBlank(Node node) {
    return node instanceof TextNode text && text.isBlank();
  }
}
