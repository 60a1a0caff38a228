package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The places of a page whose dates are not its own, for {@link HtmlDates}: side boxes, comments and teasers, the
 * site's masthead ({@link SiteTop}), a box that shows the day the page is viewed ({@link TodaysDate}), and lists whose
 * items each link elsewhere beside a date.
 */
final class DatesElsewhere {
  private static final Evaluator ELSEWHERE = QueryParser.parse("[class~=(?i)comment|related|sidebar|widget|teaser]");

  private DatesElsewhere() {}

  /**
   * Whether a date in {@code element} is some other page's or day's: it stands in a side box, a comment or a teaser (a
   * box so named that holds the page's headline is the layout's wrapper, "blog-sidebar-position-right", not a side
   * box), in a box of today's date, in the masthead or in a list of dated links.
   */
  static boolean isElsewhere(Element element) {
    Element box = element.closest(ELSEWHERE);
    return box != null && box.selectFirst("h1") == null || TodaysDate.isTodaysDate(element) || SiteTop.inMasthead(element)
        || inAsideOrNavigation(element) || inListOfDatedLinks(element) || inSideColumn(element);
  }

  /** The least text of a table layout's main cell, the article's. */
  private static final int MAIN_CELL_TEXT = 400;
  /** How many times the side column's text the main cell holds at least. */
  private static final int MAIN_CELL_RATIO = 3;

  /**
   * Whether {@code element} stands in a side column of a table layout, as pages laid out before style sheets set their
   * menus, event lists, weather and visitor counters: a cell of a row whose other cell holds the article, at least
   * {@value #MAIN_CELL_TEXT} characters and {@value #MAIN_CELL_RATIO} times the side cell's text. A date there is an
   * event's, or the counter's start ("Besucher seit 1.1.2003"), not the article's.
   */
  static boolean inSideColumn(Element element) {
    Element innermost = element.closest("td");
    if (innermost == null) {
      return false;
    }
    PageOutline outline = PageOutline.of(innermost);
    for (Element cell = innermost; cell != null; cell = cell.parent() == null ? null : cell.parent().closest("td")) {
      if (isSideCell(cell, outline)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSideCell(Element cell, @Nullable PageOutline outline) {
    Boolean known = outline == null ? null : outline.sideCell(cell);
    if (known != null) {
      return known;
    }
    boolean side = isSideCell(cell);
    if (outline != null) {
      outline.rememberSideCell(cell, side);
    }
    return side;
  }

  private static boolean isSideCell(Element cell) {
    Element row = cell.parent();
    if (row == null || !row.normalName().equals("tr") || row.childrenSize() < 2) {
      return false;
    }
    int own = cell.text().length();
    for (Element other : row.children()) {
      if (other != cell && other.normalName().equals("td")) {
        int main = other.text().length();
        if (main >= MAIN_CELL_TEXT && main >= MAIN_CELL_RATIO * own) {
          return true;
        }
      }
    }
    return false;
  }

  /** The side columns of {@code body}'s table layouts ({@link #inSideColumn}), outermost first. */
  private static List<Element> sideColumns(Element body) {
    List<Element> cells = new ArrayList<>();
    for (Element cell : body.select("td")) { // each cell once: no outline needed
      if (isSideCell(cell) && cells.stream().noneMatch(outer -> isInside(cell, outer))) {
        cells.add(cell);
      }
    }
    return cells;
  }

  /**
   * HTML5's and ARIA's marks of what is not the page's main content: {@code <aside>} and {@code <nav>} (with their roles
   * {@code complementary} and {@code navigation}), which templates use for "most read" boxes, teaser columns and
   * archives whatever their class names say. One that holds the page's {@code <h1>} is a layout's wrapper, and one inside
   * an {@code <article>} is often the article's own facts ("aside class=meta" with its date).
   */
  private static final Evaluator ASIDE = QueryParser.parse("aside, nav, [role=complementary], [role=navigation]");

  private static boolean inAsideOrNavigation(Element element) {
    Element box = element.closest(ASIDE);
    return box != null && box.selectFirst("h1") == null && box.closest("article") == null;
  }

  /**
   * The text of {@code body} without the places whose dates are other things' ({@link #isElsewhere}) and without the
   * headline: what the first date of a page's text is looked for in. A teaser column's or a "most read" box's date may
   * stand before the article's in the source, or be the only date a page shows beside an undated article; a date in
   * the headline is most often the day of the event it announces ("Konzert am 20.03.2022"), which
   * {@link HtmlDates} reads only when the rest of the text shows none.
   */
  static String textOutside(Element body) {
    List<Integer> away = otherPlaces(body.select(AWAY));
    List<int[]> datedItems = datedListItems(body.select(LISTS));
    Element headline = body.selectFirst("h1");
    Element top = SiteTop.siteTopOf(body);
    List<Element> sides = sideColumns(body);
    List<Element> lineLists = listsOfDatedLines(body);
    if (away.isEmpty() && datedItems.isEmpty() && headline == null && sides.isEmpty() && lineLists.isEmpty()) {
      return body.text();
    }
    // a copy's elements are selected in the same order as the body's: the i-th is the same place in the tree
    Element copy = body.clone();
    List<Element> copiedLists = copy.select(LISTS);
    List<Element> copiedItems = new ArrayList<>();
    for (int[] item : datedItems) {
      copiedItems.add(copiedLists.get(item[0]).child(item[1]));
    }
    List<Element> copies = copy.select(AWAY);
    Element copiedHeadline = copy.selectFirst("h1");
    List<Element> placed = new ArrayList<>(sides);
    placed.addAll(lineLists);
    if (top != null) {
      placed.add(top);
    }
    List<Element> copied = copiesOf(placed, body, copy);
    List<Element> copiedSides = copied.subList(0, sides.size());
    List<Element> copiedLineLists = copied.subList(sides.size(), sides.size() + lineLists.size());
    Element copiedTop = top == null ? null : copied.get(copied.size() - 1);
    for (int i : away) {
      copies.get(i).remove();
    }
    copiedItems.forEach(Element::remove);
    for (Element list : copiedLineLists) {
      datedLines(list).forEach(line -> line.forEach(Node::remove));
    }
    if (copiedTop != null && copiedTop.parent() != null) {
      copiedTop.remove(); // unless a place removed above held it
    }
    for (Element side : copiedSides) {
      if (side.parent() != null) {
        side.remove();
      }
    }
    if (copiedHeadline != null) {
      copiedHeadline.remove();
    }
    return copy.text();
  }

  /**
   * The positions in {@code candidates} ({@link #AWAY}, in document order) of the places {@link #textOutside} leaves
   * out ({@link #isOtherPlace}), each outermost: a candidate inside a place already taken goes with it.
   */
  private static List<Integer> otherPlaces(List<Element> candidates) {
    List<Integer> away = new ArrayList<>();
    Element lastAway = null;
    for (int i = 0; i < candidates.size(); i++) {
      Element candidate = candidates.get(i);
      if (lastAway != null && isInside(candidate, lastAway)) {
        continue; // goes with the place around it (select lists a place before what it holds)
      }
      if (isOtherPlace(candidate)) {
        away.add(i);
        lastAway = candidate;
      }
    }
    return away;
  }

  /**
   * The dated links among {@code lists}' items ({@link #isDatedLink}), each as its list's position in {@code lists} and
   * its own among the list's children, from lists that hold two or more.
   */
  private static List<int[]> datedListItems(List<Element> lists) {
    List<int[]> datedItems = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      List<int[]> dated = new ArrayList<>();
      Elements items = lists.get(i).children();
      for (int j = 0; j < items.size(); j++) {
        if (items.get(j).normalName().equals("li") && isDatedLink(items.get(j))) {
          dated.add(new int[] {i, j});
        }
      }
      if (dated.size() > 1) {
        datedItems.addAll(dated); // one dated item is not enough: a byline in a list of facts has the same form
      }
    }
    return datedItems;
  }

  /**
   * The elements of {@code copy} (a clone of {@code body}) at the places of {@code originals} in {@code body}, in their order:
   * both trees list their elements in the same order, so each original's position among {@code body}'s elements is its
   * copy's. The positions are looked up in one map of the tree, not by a search of it for each original (a page with many
   * dated lists made that quadratic).
   */
  private static List<Element> copiesOf(List<Element> originals, Element body, Element copy) {
    if (originals.isEmpty()) {
      return List.of();
    }
    Elements all = body.getAllElements();
    Map<Element, Integer> positions = new IdentityHashMap<>(all.size() * 2);
    for (int i = 0; i < all.size(); i++) {
      positions.put(all.get(i), i);
    }
    Elements copiedAll = copy.getAllElements();
    List<Element> copies = new ArrayList<>(originals.size());
    for (Element original : originals) {
      copies.add(copiedAll.get(Objects.requireNonNull(positions.get(original), "an element of the body")));
    }
    return copies;
  }

  /**
   * The elements that hold a list of dated links set as lines, not as list items: two or more lines between
   * {@code <br>}s that each hold a link and a date ("14.10.2009 - <a>Older news</a><br>12.10.2009 - <a>…</a>"), as table
   * layouts list other articles; their dates are the entries', as a list's are ({@link #textOutside}).
   */
  private static List<Element> listsOfDatedLines(Element body) {
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
  private static List<List<Node>> datedLines(Element element) {
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

  /** The longest line of a list of dated links: a date, a headline and a little more. */
  private static final int LINE_LENGTH = 300;

  private static boolean isInside(Element element, Element ancestor) {
    for (Element up = element.parent(); up != null; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static final Evaluator LISTS = QueryParser.parse("ul, ol");

  /**
   * The elements that may be a place of other things' dates: boxes named for comments, related links and side columns,
   * mastheads, asides and navigation (lists of dated links are looked at apart). A box named "teaser" is not among them:
   * templates also name the article's own first line so ("blog_teaser_firstline").
   */
  private static final Evaluator AWAY = QueryParser.parse(
      "[class~=(?i)comment|related|sidebar|widget], header, [role=banner], [id~=(?i)^(header|kopf|kopfzeile|masthead|site-header)$],"
          + " aside, nav, [role=complementary], [role=navigation]");
  private static final Evaluator BOX = QueryParser.parse("[class~=(?i)comment|related|sidebar|widget]");

  /** Whether {@code element} itself is one of the places {@link #textOutside} leaves out. */
  private static boolean isOtherPlace(Element element) {
    return element.is(BOX) && element.selectFirst("h1") == null || SiteTop.inMasthead(element) || inAsideOrNavigation(element);
  }

  /**
   * Whether {@code element} stands in an item of a list whose items each link elsewhere beside a date: a list of
   * events or other articles ("29.02.2020 18:00 Uhr Weinprobe", "3. März 2022 Older post"), whose dates are the
   * entries'. One dated item is not enough: a byline ("By <a>Jane Voe</a>, 4 March 2022") or a "last edited" line
   * in a list of facts about the page has the same form. Items are {@code <li>}s, or elements of one tag and class side by
   * side, as templates set such lists without list markup; plain boxes with neither class nor id (older templates' side
   * boxes of "<p><span>21.08.2017</span><br><a>Earlier release</a></p>") count when three or more stand side by side, as a
   * page's other plain boxes (a breadcrumb that ends with the article's day, a footer's line) stand beside one such box at most.
   */
  private static boolean inListOfDatedLinks(Element element) {
    Element item = element.closest("li");
    if (item != null) {
      return hasDatedLinkSiblings(item, sibling -> sibling.normalName().equals("li"), 1);
    }
    // a list set as boxes of one class, not as a list: "<div class="news-item"><span>24.02.2010</span> <a>…</a></div>"
    Element up = element;
    for (int level = 0; level < LIST_ITEM_LEVELS && up != null; level++, up = up.parent()) {
      Element box = up;
      boolean plain = isPlain(box);
      if ((plain || !box.className().isBlank()) && hasDatedLinkSiblings(box, sibling -> sibling.normalName().equals(box.normalName())
          && sibling.className().equals(box.className()) && (!plain || isPlain(sibling)), plain ? PLAIN_SIBLINGS : 1)) {
        return true;
      }
    }
    return false;
  }

  /** How far above a date its item of a list set as boxes may be: the date's own element, its box, the box's wrapper. */
  private static final int LIST_ITEM_LEVELS = 3;
  /** How many other dated links a plain box ({@link #isPlain}) needs beside it to be an item of a list. */
  private static final int PLAIN_SIBLINGS = 2;

  /** Whether {@code box} has neither a class nor an id. */
  private static boolean isPlain(Element box) {
    return box.className().isBlank() && box.id().isBlank();
  }

  /** Whether {@code item} is a dated link and so are {@code needed} other children of its parent that {@code sameKind} accepts. */
  private static boolean hasDatedLinkSiblings(Element item, Predicate<Element> sameKind, int needed) {
    Element list = item.parent();
    if (list == null || !isDatedLink(item)) {
      return false;
    }
    int found = 0;
    for (Element sibling : list.children()) {
      if (sibling != item && sameKind.test(sibling) && isDatedLink(sibling) && ++found == needed) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDatedLink(Element item) {
    if (item.selectFirst("a[href]") == null) {
      return false;
    }
    String text = ShortBlocks.boundedText(item);
    return text != null && DateText.locate(text, false).isPresent();
  }
}
