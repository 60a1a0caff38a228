package org.doppel.ingest.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The headline of a page that declares none: older and plainer sites (table layouts, early CMS templates, e-paper
 * article views, hand-made pages) give a {@code <title>} that is only the site's name or the CMS's "Artikel anzeigen",
 * no {@code <h1>}, and show the headline as the heading right above the article's text — an {@code <h2>} or {@code <h3>},
 * a cell or box whose class names a title ({@code td.contentheading}, {@code div.titel}, {@code div.ueberschrift}), or a
 * paragraph set in bold or a large font. Readers find it by its position and its size: the last such heading before the
 * first paragraph of prose (or run of prose set straight in a cell between line breaks), a heading by tag or class before a paragraph that is only bold (which is then the
 * standfirst), a bold line before a bold line set smaller right under it (its subline, {@link FontLines}). Navigation, side boxes
 * and columns, mastheads and footers are skipped, and so are kickers and subtitles by their class,
 * dates and bylines by their form, and headings of fewer than three words (a column's "Termine", "Aktuelles").
 */
final class HeadlineByPosition {
  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 30;
  /** A paragraph of prose: this long at least, with a sentence's end inside, and mostly not links. */
  private static final int MIN_PROSE = 120;
  private static final double MAX_PROSE_LINKS = 0.3;
  /** Elements whose class names the headline: "contentheading", "titel", "post_title", "ueberschrift", "headline". */
  private static final Pattern HEADLINE_CLASS = Pattern.compile("(?i)title|titel|ueberschrift|überschrift|heading|headline|schlagzeile");
  /** Class words of what stands beside a headline and is not it: subtitles, kickers, the site's and the section's names. */
  private static final Pattern NOT_HEADLINE_CLASS = Pattern.compile(
      "(?i)sub|unter|site|page-?title|section|rubrik|ressort|categor|dach|kicker|overline|topline|widget|module|teaser|caption|legende");
  /** Where no article's headline stands: navigation, side columns, mastheads, footers, lists, boxes of other items. */
  private static final Evaluator FURNITURE = QueryParser.parse("nav, aside, footer, header, ul, ol, a, form, select, "
      + "[id~=(?i)^(nav|navi|navigation|menu|menue|left|right|links|rechts|leftcol|rightcol|leftnav|sidebar.*|header|kopf|top|footer|fuss|"
      + "crumbs|breadcrumbs?|pfad|sie-sind-hier)$], [class~=(?i)(^|\\s)(nav|navi|navigation|menu|sidebar|block|kasten|box|related|"
      + "comments?|teaser|breadcrumbs?|pfad|footer|fuss|kalender|calendar|links|rechts|widget|moduletable)(\\s|$)], "
      + "[id*=cookie], [class*=cookie]");

  private HeadlineByPosition() {}

  /** The headline shown right above the article's first paragraph of prose, or null when none stands there. */
  static @Nullable String of(@Nullable Element body) {
    if (body == null) {
      return null;
    }
    String strong = null;
    String weak = null;
    Element weakLine = null;
    for (Element element : body.getAllElements()) {
      if (isProse(element) || opensWithProse(element)) {
        return strong != null ? strong : weak;
      }
      Kind kind = kind(element);
      if (kind == Kind.NONE) {
        continue;
      }
      String text = headlineText(element);
      if (text == null) {
        continue;
      }
      if (kind == Kind.STRONG) {
        strong = text;
        weak = null; // a bold paragraph after the heading is its standfirst
      } else if (strong == null) {
        Element line = FontLines.line(element);
        if (weakLine != null && line != weakLine && FontLines.isSublineOf(line, weakLine)) {
          continue; // a smaller bold line right under a line set larger is its subline, as under a heading
        }
        weak = text;
        weakLine = line;
      }
    }
    return null;
  }

  private enum Kind { NONE, STRONG, WEAK }

  /** A heading by tag or class (strong), a paragraph or cell set only in bold or a large font (weak), or neither. */
  private static Kind kind(Element element) {
    String tag = element.normalName();
    if (tag.matches("h[1-4]")) {
      return Kind.STRONG;
    }
    if ((tag.equals("div") || tag.equals("td") || tag.equals("span") || tag.equals("p")) && hasHeadlineClass(element)) {
      return Kind.STRONG;
    }
    if ((tag.equals("p") || tag.equals("td") || tag.equals("div")) && isEmphasisedOnly(element)) {
      return Kind.WEAK;
    }
    if ((tag.equals("b") || tag.equals("strong") || tag.equals("font")) && isEmphasis(element) && isLineOfItsOwn(element)) {
      return Kind.WEAK; // table layouts set the headline as a bold line between line breaks of the cell that holds the text
    }
    return Kind.NONE;
  }

  /**
   * Whether an inline element, with the inline elements it alone fills ({@code <font size="4"><b>…</b></font>}), is a line of
   * its own inside a block: nothing but a line break, a block or the block's edge before it and after it.
   */
  private static boolean isLineOfItsOwn(Element element) {
    Element line = element;
    while (line.parent() != null && !line.parent().isBlock() && line.parent().childNodes().stream().filter(HeadlineByPosition::isContent).count() == 1) {
      line = line.parent();
    }
    Element block = line.parent();
    while (block != null && isFontWrapper(block)) {
      block = block.parent();
    }
    return block != null && block.isBlock() && endsLine(lineEdge(line, -1)) && endsLine(lineEdge(line, 1));
  }

  /**
   * Whether {@code element} is a {@code <font>} that wraps a cell's lines: table layouts set the whole text of the article's
   * cell in one {@code <font face=… size=…>}, so that its lines stand in an inline element, not in the block.
   */
  private static boolean isFontWrapper(Element element) {
    return element.normalName().equals("font");
  }

  /**
   * The node that ends {@code node}'s line in {@code step}'s direction ({@link #neighbour}); at the edge of a {@code <font>}
   * that wraps the cell's lines, the node beyond the wrapper's edge, as a reader sees no edge there.
   */
  private static @Nullable Node lineEdge(Node node, int step) {
    Node edge = neighbour(node, step);
    Node at = node;
    while (edge == null && at.parent() instanceof Element wrapper && isFontWrapper(wrapper)) {
      at = wrapper;
      edge = neighbour(at, step);
    }
    return edge;
  }

  /** The nearest sibling node of {@code node} in {@code step}'s direction that is not blank text, or null. */
  private static @Nullable Node neighbour(Node node, int step) {
    Node sibling = step < 0 ? node.previousSibling() : node.nextSibling();
    while (sibling != null && !isContent(sibling)) {
      sibling = step < 0 ? sibling.previousSibling() : sibling.nextSibling();
    }
    return sibling;
  }

  private static boolean isContent(Node node) {
    return !(node instanceof TextNode text) || !text.text().isBlank();
  }

  /** Whether {@code node} ends a line: none (the edge of the block), a line break or a block. */
  private static boolean endsLine(@Nullable Node node) {
    return node == null || node instanceof Element element && (element.normalName().equals("br") || element.isBlock());
  }

  private static boolean hasHeadlineClass(Element element) {
    for (String name : element.classNames()) {
      if (HEADLINE_CLASS.matcher(name).find() && !NOT_HEADLINE_CLASS.matcher(name).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether all of the element's text stands inside {@code <b>}, {@code <strong>} or a {@code <font size>} of 4 and up. */
  private static boolean isEmphasisedOnly(Element element) {
    if (element.childrenSize() == 0 || element.childrenSize() > 3 || element.text().isBlank()) {
      return false;
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return false;
      }
      if (child instanceof Element inner && !inner.normalName().equals("br") && !isEmphasis(inner)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEmphasis(Element element) {
    String tag = element.normalName();
    if (tag.equals("b") || tag.equals("strong")) {
      return true;
    }
    if (tag.equals("font")) {
      String size = element.attr("size").strip();
      return size.matches("\\+?[4-7]") || isEmphasisedOnly(element);
    }
    return false;
  }

  /** The element's text as a headline, or null when it is not one by place or form. */
  private static @Nullable String headlineText(Element element) {
    if (element.closest(FURNITURE) != null || element.closest(PageHeadings.HIDDEN) != null || SiteHeadings.isSite(element)) {
      return null;
    }
    Element copy = element.clone();
    copy.select("[class~=(?i)datum|date|kicker|dachzeile]").remove(); // "Headline (18.11.2013)": the entry's date beside it
    String text = copy.text().replaceAll("\\s*\\([^()]*\\d{4}\\)$", "").strip();
    int words = HtmlTitles.words(text);
    if (words < MIN_WORDS || words > MAX_WORDS || text.length() > HtmlTitles.MAX_LENGTH || text.endsWith(":")) {
      return null;
    }
    if (DateText.locate(text, false).isPresent() || BYLINE.matcher(text).find()) {
      return null; // a dateline or a byline set in bold
    }
    return text;
  }

  /** Whether a block element stands below {@code element}, also inside an inline wrapper ({@code <font>} around paragraphs). */
  private static boolean holdsBlock(Element element) {
    for (Element child : element.children()) {
      if (child.isBlock() && !child.normalName().equals("br") || holdsBlock(child)) {
        return true;
      }
    }
    return false;
  }

  /** A sentence's end inside or at the end of a text. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"“”»«']?(?:\\s|$)");

  /** A byline's opening: "Von …", "By …", "Text: …", "Autor: …". */
  private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:von|by|text|autor(?:in)?|author|door|di)\\b");

  /**
   * Whether {@code element} is the first element after a run of the article's prose set straight in a block that also holds
   * other blocks: table layouts write the text as bare lines between {@code <br>}s in the cell (or its {@code <font>}) that
   * also holds a rule ({@code <hr>}) or a table of further reports, so that no element is a paragraph of its own
   * ({@link #isProse}), and the headline is the bold line above that text. The run is the text between the element and the
   * element before it, as a reader sees it: {@value #MIN_PROSE} characters at least with a sentence's end, in a block of the
   * same kinds as {@link #isProse}'s, outside navigation, side boxes and side columns.
   */
  private static boolean opensWithProse(Element element) {
    StringBuilder run = new StringBuilder();
    Element parent = element.parent();
    for (Node before = element.previousSibling(); before instanceof TextNode text; before = before.previousSibling()) {
      run.insert(0, text.text());
    }
    String text = run.toString().strip();
    if (parent == null || text.length() < MIN_PROSE || !SENTENCE_END.matcher(text).find() || !holdsBlock(parent)) {
      return false;
    }
    String tag = parent.normalName();
    return (tag.equals("p") || tag.equals("div") || tag.equals("td") || tag.equals("font")) && parent.closest(FURNITURE) == null
        && !SideColumns.inSideColumn(parent);
  }

  /**
   * Whether the element is a paragraph of the article's prose: a block of running text with no block inside it, outside
   * a table layout's side column ({@link SideColumns#inSideColumn}), whose list of dated events
   * may come before the article's cell in the source and read like sentences ("3.5. Maibaumfest").
   */
  private static boolean isProse(Element element) {
    String tag = element.normalName();
    if (!(tag.equals("p") || tag.equals("div") || tag.equals("td") || tag.equals("font"))) {
      return false;
    }
    if (holdsBlock(element)) {
      return false;
    }
    String text = element.text();
    if (text.length() < MIN_PROSE || !SENTENCE_END.matcher(text).find()) {
      return false;
    }
    int links = 0;
    for (Element link : element.select("a")) {
      links += link.text().length();
    }
    return links <= text.length() * MAX_PROSE_LINKS && element.closest(FURNITURE) == null && !SideColumns.inSideColumn(element);
  }
}
