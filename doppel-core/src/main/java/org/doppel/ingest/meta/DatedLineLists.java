package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lists of dated links set as lines, not as list items, for {@link DatesElsewhere#textOutside}: two or more lines between
 * {@code <br>}s that each hold a link and a date ("14.10.2009 - <a>Older news</a><br>12.10.2009 - <a>…</a>"), as table
 * layouts list other articles; their dates are the entries', as a list's are.
 */
final class DatedLineLists {
  /** The longest line of a list of dated links: a date, a headline and a little more. */
  private static final int LINE_LENGTH = 300;

  private DatedLineLists() {}

  /** The elements of {@code body} that hold a list of dated links set as lines, in document order. */
  static List<Element> of(Element body) {
    List<Element> lists = new ArrayList<>();
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element br : body.getElementsByTag("br")) {
      Element parent = br.parent();
      if (parent != null && seen.add(parent) && datedLines(parent).size() > 1) {
        lists.add(parent);
      }
    }
    return lists;
  }

  /** The lines of {@code element}'s children between {@code <br>}s that each hold a link and a date, with the break after each. */
  static List<List<Node>> datedLines(Element element) {
    List<List<Node>> dated = new ArrayList<>();
    List<Node> line = new ArrayList<>();
    for (Node child : element.childNodes()) {
      line.add(child);
      if (child instanceof Element tag && tag.normalName().equals("br")) {
        if (isDatedLine(line)) {
          dated.add(line);
        }
        line = new ArrayList<>();
      }
    }
    if (isDatedLine(line)) {
      dated.add(line);
    }
    return dated;
  }

  private static boolean isDatedLine(List<Node> line) {
    boolean linked = false;
    StringBuilder text = new StringBuilder();
    for (Node node : line) {
      if (node instanceof Element tag) {
        linked |= tag.normalName().equals("a") && tag.hasAttr("href") || tag.selectFirst("a[href]") != null;
        text.append(tag.text()).append(' ');
      } else if (node instanceof TextNode plain) {
        text.append(plain.text()).append(' ');
      }
    }
    return linked && text.length() < LINE_LENGTH && DateText.locate(text.toString(), false).isPresent();
  }
}
