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
    NodeTraversor.traverse(stats.new Measurer(), root);
    return stats;
  }

  /**
   * Opens a fresh count for each element on the way down, adds text to the innermost open one, and on
   * the way up files the element's count and folds it into its parent's.
   */
  private final class Measurer implements NodeVisitor {
    private final Deque<Counts> open = new ArrayDeque<>();
    /** How many links enclose the current node: text and images inside one count as linked. */
    private int insideLink;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        open.push(new Counts());
        if (element.nameIs("a")) {
          insideLink++;
        }
      } else if (node instanceof TextNode text && !open.isEmpty()) {
        countText(text.getWholeText(), open.peek());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      Counts own = open.pop();
      if (element.nameIs("a")) {
        insideLink--;
      }
      counts.put(element, own);
      Counts parent = open.peek();
      if (parent != null) {
        addToParent(element, own, parent);
      }
    }

    private void countText(String value, Counts top) {
      int length = TextStats.visibleLength(value);
      top.chars += length;
      if (insideLink > 0) {
        top.linkChars += length;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == ',' || c == '，' || c == '、' || c == '،') {
          top.commas++;
        }
      }
    }

    private void addToParent(Element element, Counts own, Counts parent) {
      parent.add(own);
      parent.blocksInside |= own.blocksInside || PARAGRAPH_BREAKERS.contains(element.normalName());
      if (element.nameIs("div") && !own.blocksInside && own.chars > 0) {
        parent.textDivs++;
      }
      switch (element.normalName()) {
        case "p" -> parent.paragraphs++;
        case "img" -> {
          parent.images++;
          if (insideLink > 0) {
            parent.linkedImages++;
          }
        }
        case "li" -> parent.listItems++;
        case "input" -> parent.inputs++;
        default -> { }
      }
    }
  }

  /** The counts of {@code element}'s subtree; zero for an element not under the root. */
  Counts of(Element element) {
    return counts.getOrDefault(element, NONE);
  }
}
