package org.doppel.ingest.meta;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Facts that older pages set out as a table or a list of label and value: {@code <td>Autor:</td><td>Anna Muster</td>},
 * {@code <dt>Verfasser</dt><dd>…</dd>}. The value stands in the cell after its label.
 */
final class LabelledCells {
  private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)(?:autor(?:in|en)?|verfasser(?:in)?|author|written by|von|by|text)\\s*:?");
  private static final int MAX_VALUE = 120;
  /** More characters other than white space than any label has ("Verfasserin:" has 12): a cell with more is no label. */
  private static final int MAX_LABEL_LETTERS = 16;

  private LabelledCells() {}

  /** The value beside the first cell labelled as the author's, outside comments and side boxes. */
  static Optional<String> author(Document page) {
    List<Element> cells = page.select("td, th, dt");
    Map<Element, Integer> letters = cells.isEmpty() ? Map.of() : lettersUpTo(MAX_LABEL_LETTERS, page);
    for (Element label : cells) {
      if (letters.getOrDefault(label, 0) > MAX_LABEL_LETTERS || !AUTHOR_LABEL.matcher(label.text().strip()).matches()
          || BylinePlaces.elsewhere(label)) {
        continue;
      }
      Element value = label.nextElementSibling();
      if (value != null && (value.normalName().equals("td") || value.normalName().equals("dd"))) {
        String text = value.text().strip();
        if (!text.isEmpty() && text.length() <= MAX_VALUE) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Each element's characters other than white space in its text, counted up to {@code cap} + 1, in one walk of the page:
   * only a cell short enough to be a label has its text built. A fuzzed page's tables nested hundreds deep had each
   * cell's whole text built, the same characters once for every table around them (a second of CPU).
   */
  static Map<Element, Integer> lettersUpTo(int cap, Element root) {
    Map<Element, Integer> letters = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        int count = node instanceof TextNode text ? lettersUpTo(cap, text.getWholeText())
            : node instanceof Element element ? letters.getOrDefault(element, 0) : 0;
        if (count > 0 && node != root && node.parent() instanceof Element parent) {
          letters.merge(parent, count, (a, b) -> Math.min(cap + 1, a + b));
        }
      }
    }, root);
    return letters;
  }

  /** White space here is any that the label pattern's {@code \s} or {@link String#strip} could take, so that no label is skipped. */
  private static int lettersUpTo(int cap, String text) {
    int count = 0;
    for (int i = 0; i < text.length() && count <= cap; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
        count++;
      }
    }
    return count;
  }
}
