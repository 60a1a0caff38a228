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
    BlockCollector collector = new BlockCollector(root, skipped);
    NodeTraversor.filter(collector, root);
    return collector.finish();
  }

  /** Gathers the running text of one walk, cutting a block where a block element starts or ends. */
  private static final class BlockCollector implements NodeFilter {
    private final Element root;
    private final Set<Element> skipped;
    private final List<TextBlock> out = new ArrayList<>();
    /** The block elements open at this point of the walk, innermost first: the owner of the text gathered. */
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int commas;
    private int insideLink;

    BlockCollector(Element root, Set<Element> skipped) {
      this.root = root;
      this.skipped = skipped;
      owners.push(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText(), insideLink > 0);
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
        insideLink++;
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
          insideLink--;
        }
        if (element != root && Tags.isBlock(element) && owners.peek() == element) {
          flush();
          owners.pop();
        }
      }
      return FilterResult.CONTINUE;
    }

    /** The blocks, with the root's own trailing text. */
    List<TextBlock> finish() {
      if (!text.isEmpty()) {
        String value = text.toString().strip();
        if (!value.isEmpty()) {
          out.add(new TextBlock(owners.peek(), value, Math.min(linkChars, value.length()), commas));
        }
      }
      return out;
    }

    private void append(String value, boolean link) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
            if (link) {
              linkChars++;
            }
          }
        } else if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff') {
          continue; // soft hyphens and zero-width marks only guide line breaking; they would split words
        } else {
          text.append(c);
          if (link) {
            linkChars++;
          }
          if (c == ',' || c == '，' || c == '、' || c == '،') {
            commas++;
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
        out.add(new TextBlock(owners.peek(), text.substring(0, end), Math.min(linkChars, end), commas));
      }
      text.setLength(0);
      linkChars = 0;
      commas = 0;
    }
  }
}
