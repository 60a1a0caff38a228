package org.doppel.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Keeps the text blocks that lie inside the article's containers and reads as article text: not in a
 * nested container that looks like boilerplate (Readability's "clean conditionally"), not mostly link
 * text, not a stock line such as "Advertisement" or "Share this article", not the headline again.
 */
final class ParagraphCollector {
  private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form", "figure",
      "aside", "header", "footer", "dl", "nav", "center");

  private static final Pattern STOCK_LINE = Pattern.compile(
      "(?i)(advertisement|anzeige|publicité|publicidad|werbung|share( this( article| story| post)?)?|"
          + "(share|follow|like) (us )?on \\w+|read more|continue reading|click here.*|print|email|e-mail|"
          + "tweet|comments?|\\d+ comments?|related( articles| stories| posts)?|see also|sign up.*newsletter.*|"
          + "subscribe( now)?|skip to (main )?content|back to top|loading\\.*|image|photo|video|"
          + "artikel teilen|teilen|mehr zum thema|weiterlesen|zum artikel|lesen sie auch:?)[.:!]?");

  private final List<Element> roots;
  private final Map<Element, Boolean> junk = new IdentityHashMap<>();
  private final Map<Element, Element> rootOf = new IdentityHashMap<>();

  private ParagraphCollector(List<Element> roots) {
    this.roots = roots;
    roots.forEach(r -> rootOf.put(r, r));
  }

  /** The paragraphs of the article: text of the blocks under {@code roots}, in order, boilerplate left out. */
  static List<String> collect(List<TextBlock> blocks, List<Element> roots, String title) {
    return new ParagraphCollector(roots).run(blocks, title);
  }

  private List<String> run(List<TextBlock> blocks, String title) {
    String normalisedTitle = title == null ? "" : normalise(title);
    List<String> out = new ArrayList<>();
    boolean titleSeen = false;
    for (TextBlock block : blocks) {
      if (!keptContainer(block.owner())) {
        continue;
      }
      String text = block.text();
      if (block.linkDensity() > 0.5 && block.chars() < 400) {
        continue;
      }
      if (block.chars() < 60 && STOCK_LINE.matcher(text).matches()) {
        continue;
      }
      if (block.isHeading() && !titleSeen && !normalisedTitle.isEmpty() && similarTitle(normalise(text), normalisedTitle)) {
        titleSeen = true;
        continue;
      }
      if (block.isHeading() && ClassWeight.isNegative(block.owner())) {
        continue;
      }
      out.add(text);
    }
    return out;
  }

  private static boolean similarTitle(String heading, String title) {
    return heading.equals(title) || title.startsWith(heading) && heading.length() > 0.6 * title.length()
        || heading.startsWith(title) && title.length() > 0.6 * heading.length();
  }

  /** True when the block's owner lies under a root and no container between them is boilerplate. */
  private boolean keptContainer(Element owner) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (rootOf.containsKey(e)) {
        return true;
      }
      if (CONDITIONAL.contains(e.normalName())) {
        Boolean isJunk = junk.get(e);
        if (isJunk == null) {
          isJunk = looksLikeBoilerplate(e);
          junk.put(e, isJunk);
        }
        if (isJunk) {
          return false;
        }
      }
    }
    return false;
  }

  /** Readability's conditional cleaning of a container inside the article. */
  private static boolean looksLikeBoilerplate(Element e) {
    int weight = ClassWeight.of(e);
    if (weight < 0) {
      return true;
    }
    TextStats stats = TextStats.of(e);
    if (stats.commas() >= 10) {
      return false;
    }
    boolean isList = e.nameIs("ul") || e.nameIs("ol");
    boolean isFigure = e.nameIs("figure");
    int paragraphs = e.getElementsByTag("p").size();
    int images = e.getElementsByTag("img").size();
    int items = e.getElementsByTag("li").size() - 100;
    int inputs = e.getElementsByTag("input").size();
    double linkDensity = stats.linkDensity();
    if (images > 1 && (double) paragraphs / images < 0.5 && !isFigure) {
      return true;
    }
    if (!isList && items > paragraphs) {
      return true;
    }
    if (inputs > paragraphs / 3) {
      return true;
    }
    if (!isList && !isFigure && stats.chars() < 25 && (images == 0 || images > 2)) {
      return true;
    }
    if (!isList && weight < 25 && linkDensity > 0.2 && stats.chars() < 1000) {
      return true;
    }
    if (isList && linkDensity > 0.5) {
      return true;
    }
    return weight >= 25 && linkDensity > 0.5;
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
