package org.doppel.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and tag counts of every element of a page, computed in one pass from the leaves up, so that the
 * scoring and cleaning rules can ask about any container in constant time instead of walking its
 * subtree again (which made nested containers cost quadratic time).
 */
final class PageStats {
  /** Counts over one element's subtree. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    int paragraphs;
    /** Divs of running text (no block element or image below): Readability reads them as paragraphs. */
    int textDivs;
    int images;
    /** Images inside a link: the pictures of a teaser list, not of the story. */
    int linkedImages;
    int listItems;
    int inputs;
    /** Whether a block element (or an image) lies below: without one, a div is a paragraph. */
    boolean blocksInside;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    private void add(Counts child) {
      chars += child.chars;
      linkChars += child.linkChars;
      commas += child.commas;
      paragraphs += child.paragraphs;
      textDivs += child.textDivs;
      images += child.images;
      linkedImages += child.linkedImages;
      listItems += child.listItems;
      inputs += child.inputs;
    }
  }

  /** Readability's elements that keep a div from being read as a paragraph of running text. */
  private static final Set<String> PARAGRAPH_BREAKERS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
  private static final Counts NONE = new Counts();
  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private PageStats() {}

  static PageStats measure(Element root) {
    PageStats stats = new PageStats();
    Deque<Counts> open = new ArrayDeque<>();
    int[] insideLink = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          open.push(new Counts());
          if (element.nameIs("a")) {
            insideLink[0]++;
          }
        } else if (node instanceof TextNode text && !open.isEmpty()) {
          String value = text.getWholeText();
          int length = TextStats.visibleLength(value);
          Counts top = open.peek();
          top.chars += length;
          if (insideLink[0] > 0) {
            top.linkChars += length;
          }
          for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
              top.commas++;
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return;
        }
        Counts own = open.pop();
        if (element.nameIs("a")) {
          insideLink[0]--;
        }
        stats.counts.put(element, own);
        Counts parent = open.peek();
        if (parent != null) {
          parent.add(own);
          parent.blocksInside |= own.blocksInside || PARAGRAPH_BREAKERS.contains(element.normalName());
          if (element.nameIs("div") && !own.blocksInside && own.chars > 0) {
            parent.textDivs++;
          }
          switch (element.normalName()) {
            case "p" -> parent.paragraphs++;
            case "img" -> {
              parent.images++;
              if (insideLink[0] > 0) {
                parent.linkedImages++;
              }
            }
            case "li" -> parent.listItems++;
            case "input" -> parent.inputs++;
            default -> { }
          }
        }
      }
    }, root);
    return stats;
  }

  /** The counts of {@code element}'s subtree; zero for an element not under the root. */
  Counts of(Element element) {
    return counts.getOrDefault(element, NONE);
  }
}
