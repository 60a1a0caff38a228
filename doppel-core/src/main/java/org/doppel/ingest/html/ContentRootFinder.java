package org.doppel.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, as Mozilla Readability does: every paragraph of 25 or more
 * characters scores {@code 1 + commas + min(chars / 100, 3)}, given in full to its container, half to
 * the next one up and {@code 1 / (3·level)} to those above; a container starts from its tag and its
 * class weight, and ends multiplied by {@code 1 - link density}. The best container wins, with the
 * siblings that look like more of the same article (scored at least a fifth of it, or long
 * paragraphs with few links).
 */
final class ContentRootFinder {
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  /**
   * The scored containers in the order first scored (document order of their first paragraph): the ranking's ties
   * follow it. The identity map's own order follows the identity hashes the thread handed out before, so a tie was
   * decided by what the thread had hashed earlier: a page could get another body alone than inside a batch.
   */
  private final List<Element> scoredInOrder = new ArrayList<>();
  private final PageStats stats;
  private final boolean weighClasses;

  private ContentRootFinder(PageStats stats, boolean weighClasses) {
    this.stats = stats;
    this.weighClasses = weighClasses;
  }

  /**
   * The elements that hold the article, in document order; empty when no paragraph is long enough.
   *
   * @param blocks the page's text blocks
   * @param weighClasses whether class and id names count (off in the lenient retry)
   */
  static Result find(List<TextBlock> blocks, PageStats stats, boolean weighClasses) {
    ContentRootFinder finder = new ContentRootFinder(stats, weighClasses);
    return new Result(finder.run(blocks), finder.scores);
  }

  /**
   * @param roots the elements that hold the article, in document order
   * @param scores the content score of every container that holds a paragraph
   */
  record Result(List<Element> roots, Map<Element, Double> scores) {
    double score(Element element) {
      return scores.getOrDefault(element, 0.0);
    }
  }

  private List<Element> run(List<TextBlock> blocks) {
    for (TextBlock block : blocks) {
      if (block.chars() < MIN_PARAGRAPH_CHARS || block.isHeading()) {
        continue;
      }
      double score = 1 + block.commas() + Math.min(block.chars() / 100, 3);
      Element container = hasBlockChildren(block.owner()) ? block.owner() : block.owner().parent();
      for (int level = 0; container != null && level < ANCESTOR_LEVELS; level++, container = container.parent()) {
        if (container.nameIs("html")) {
          break;
        }
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        Double old = scores.get(container);
        if (old == null) {
          scoredInOrder.add(container);
        }
        scores.put(container, (old != null ? old : initialScore(container)) + score * share);
      }
    }
    if (scores.isEmpty()) {
      return List.of();
    }
    List<Element> declared = declaredArticleBodies(blocks);
    if (!declared.isEmpty()) {
      return declared;
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Element container : scoredInOrder) {
      double weighed = scores.getOrDefault(container, 0.0) * (1 - stats.of(container).linkDensity());
      scores.put(container, weighed);
      ranked.add(Map.entry(container, weighed));
    }
    // List.sort is stable: equal scores keep document order
    ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    top = liftToCommonAncestor(top, topScore, ranked);
    // a container that is its parent's only child says nothing its parent does not
    while (top.parent() != null && !top.parent().nameIs("body") && !top.parent().nameIs("html")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return withSiblings(top, scores.getOrDefault(top, topScore));
  }

  /**
   * The elements the page itself marks as the article body with schema.org microdata
   * ({@code itemprop="articleBody"}), outermost only, when they hold a real article; sites that split
   * the body into several such sections get all of them, which scoring alone would not find.
   */
  private static List<Element> declaredArticleBodies(List<TextBlock> blocks) {
    if (blocks.isEmpty()) {
      return List.of();
    }
    Element body = blocks.get(0).owner().ownerDocument() == null ? null : blocks.get(0).owner().ownerDocument().body();
    if (body == null) {
      return List.of();
    }
    List<Element> found = new ArrayList<>();
    for (Element e : body.select("[itemprop=articleBody], [itemprop=articlebody]")) {
      boolean nested = false;
      for (Element outer : found) {
        if (isAncestor(outer, e)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        found.add(e);
      }
    }
    int chars = 0;
    for (TextBlock block : blocks) {
      for (Element e = block.owner(); e != null; e = e.parent()) {
        if (found.contains(e)) {
          chars += block.chars();
          break;
        }
      }
    }
    return chars >= ArticleExtractor.MIN_BODY_CHARS ? found : List.of();
  }

  /**
   * Readability's fix for articles split into several scored containers: when three or more of the
   * runners-up (within 75% of the best) sit under one ancestor of the best, that ancestor wins.
   */
  private Element liftToCommonAncestor(Element top, double topScore, List<Map.Entry<Element, Double>> ranked) {
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (ranked.get(i).getValue() >= 0.75 * topScore) {
        close.add(ranked.get(i).getKey());
      }
    }
    if (close.size() < 3) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor.parent()) {
      int inside = 0;
      for (Element other : close) {
        if (isAncestor(ancestor, other)) {
          inside++;
        }
      }
      if (inside >= 3) {
        return ancestor;
      }
    }
    return top;
  }

  private List<Element> withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.nameIs("p")) {
        PageStats.Counts s = stats.of(sibling);
        if (s.chars > 80 && s.linkDensity() < 0.25
            || s.chars > 0 && s.chars <= 80 && s.linkChars == 0 && sibling.text().matches("(?s).*\\.( |$).*")) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private double initialScore(Element element) {
    double score = switch (element.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (element.nameIs("article") || element.nameIs("main") || element.attr("itemprop").equals("articleBody")) {
      score += 10; // the page's own markup says where the article is
    }
    return weighClasses ? score + ClassWeight.of(element) : score;
  }

  static boolean hasBlockChildren(Element element) {
    for (Element child : element.children()) {
      if (Tags.isBlock(child) && !child.nameIs("br")) {
        return true;
      }
    }
    return false;
  }

  static boolean isAncestor(Element ancestor, Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
