package org.doppel.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link TextBlock}s: running text is gathered until the next block element starts or
 * ends (or a line break), the way a browser lays out paragraphs. Iterative, so deeply nested markup
 * cannot overflow the stack.
 */
final class BlockWalker {
  private BlockWalker() {}

  /** The text blocks under {@code root} in document order, skipping the subtrees in {@code skipped}. */
  static List<TextBlock> blocks(Element root, Set<Element> skipped) {
    List<TextBlock> out = new ArrayList<>();
    Deque<Element> owners = new ArrayDeque<>();
    owners.push(root);
    StringBuilder text = new StringBuilder();
    int[] counts = new int[2]; // link chars, commas
    int[] insideLink = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          append(t.getWholeText(), insideLink[0] > 0);
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
          return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        }
        if (element != root && skipped.contains(element)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.nameIs("br") || element.nameIs("hr")) {
          flush();
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.nameIs("img") && element != root) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.nameIs("a")) {
          insideLink[0]++;
        }
        if (element != root && Tags.isBlock(element)) {
          flush();
          owners.push(element);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
          if (element.nameIs("a")) {
            insideLink[0]--;
          }
          if (element != root && Tags.isBlock(element) && owners.peek() == element) {
            flush();
            owners.pop();
          }
        }
        return FilterResult.CONTINUE;
      }

      private void append(String value, boolean link) {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (Character.isWhitespace(c) || c == '\u00a0') {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
              text.append(' ');
              if (link) {
                counts[0]++;
              }
            }
          } else if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
            continue; // soft hyphens and zero-width marks only guide line breaking; they would split words
          } else {
            text.append(c);
            if (link) {
              counts[0]++;
            }
            if (c == ',' || c == '，' || c == '、' || c == '،') {
              counts[1]++;
            }
          }
        }
      }

      private void flush() {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == ' ') {
          end--;
        }
        if (end > 0) {
          out.add(new TextBlock(owners.peek(), text.substring(0, end), Math.min(counts[0], end), counts[1]));
        }
        text.setLength(0);
        counts[0] = 0;
        counts[1] = 0;
      }
    }, root);
    // the root's own trailing text
    if (!text.isEmpty()) {
      String value = text.toString().strip();
      if (!value.isEmpty()) {
        out.add(new TextBlock(owners.peek(), value, Math.min(counts[0], value.length()), counts[1]));
      }
    }
    return out;
  }
}
