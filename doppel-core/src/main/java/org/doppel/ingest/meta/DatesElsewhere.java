package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The places of a page whose dates are not its own, for {@link HtmlDates}: side boxes, comments and teasers, the
 * site's masthead ({@link SiteTop}), a box that shows the day the page is viewed ({@link TodaysDate}), a table layout's
 * side columns ({@link SideColumns}), and lists whose items each link elsewhere beside a date ({@link DatedLinkLists},
 * and {@link DatedLineLists} where they are set as lines).
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
        || inAsideOrNavigation(element) || DatedLinkLists.inListOfDatedLinks(element) || SideColumns.inSideColumn(element)
        || SideColumns.inNamedColumn(element);
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
    PlacesFound places = PlacesFound.in(body);
    return places.none() ? body.text() : places.textOfCopyWithout(body);
  }

  /**
   * The places of a body that {@link #textOutside} leaves out, as found in the body: they are removed from a clone, so
   * that the page's tree stays whole for the readers after it, and each is found again in the clone by its position.
   *
   * @param away the positions of the other places among the body's {@link #AWAY} candidates ({@link #otherPlaces})
   * @param datedItems the dated links of lists ({@link DatedLinkLists#datedItems})
   * @param headline the page's {@code <h1>}, or null
   * @param top the site's top bar ({@link SiteTop#siteTopOf}), or null
   * @param sides the side columns of a table layout ({@link SideColumns#of})
   * @param lineLists the lists of dated links set as lines ({@link DatedLineLists#of})
   */
  private record PlacesFound(List<Integer> away, List<DatedLinkLists.DatedItem> datedItems, @Nullable Element headline,
      @Nullable Element top, List<Element> sides, List<Element> lineLists) {
    static PlacesFound in(Element body) {
      List<Integer> away = otherPlaces(body.select(AWAY));
      List<DatedLinkLists.DatedItem> datedItems = DatedLinkLists.datedItems(body.select(DatedLinkLists.LISTS));
      Element headline = body.selectFirst("h1");
      Element top = SiteTop.siteTopOf(body);
      List<Element> sides = SideColumns.of(body);
      List<Element> lineLists = DatedLineLists.of(body);
      return new PlacesFound(away, datedItems, headline, top, sides, lineLists);
    }

    boolean none() {
      return away.isEmpty() && datedItems.isEmpty() && headline == null && sides.isEmpty() && lineLists.isEmpty();
    }

    /** The text of a clone of {@code body} (the body these places were found in) with the places removed. */
    String textOfCopyWithout(Element body) {
      // a copy's elements are selected in the same order as the body's: the i-th is the same place in the tree
      Element copy = body.clone();
      List<Element> copiedLists = copy.select(DatedLinkLists.LISTS);
      List<Element> copiedItems = new ArrayList<>();
      for (DatedLinkLists.DatedItem item : datedItems) {
        copiedItems.add(item.in(copiedLists));
      }
      List<Element> copies = copy.select(AWAY);
      Element copiedHeadline = copy.selectFirst("h1");
      List<Element> placed = new ArrayList<>(sides);
      placed.addAll(lineLists);
      if (top != null) {
        placed.add(top);
      }
      List<Element> copied = TreePlaces.copiesOf(placed, body, copy);
      List<Element> copiedSides = copied.subList(0, sides.size());
      List<Element> copiedLineLists = copied.subList(sides.size(), sides.size() + lineLists.size());
      Element copiedTop = top == null ? null : copied.get(copied.size() - 1);
      for (int i : away) {
        copies.get(i).remove();
      }
      copiedItems.forEach(Element::remove);
      for (Element list : copiedLineLists) {
        DatedLineLists.datedLines(list).forEach(line -> line.forEach(Node::remove));
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
      if (lastAway != null && TreePlaces.isInside(candidate, lastAway)) {
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
   * The elements that may be a place of other things' dates: boxes named for comments, related links and side columns,
   * mastheads, asides and navigation (lists of dated links are looked at apart). A box named "teaser" is not among them:
   * templates also name the article's own first line so ("blog_teaser_firstline").
   */
  private static final Evaluator AWAY = QueryParser.parse(
      "[class~=(?i)comment|related|sidebar|widget], header, [role=banner], [id~=(?i)^(header|kopf|kopfzeile|masthead|site-header)$],"
          + " aside, nav, [role=complementary], [role=navigation], " + SideColumns.NAMED_COLUMN_QUERY);
  private static final Evaluator BOX = QueryParser.parse("[class~=(?i)comment|related|sidebar|widget]");

  /** Whether {@code element} itself is one of the places {@link #textOutside} leaves out. */
  private static boolean isOtherPlace(Element element) {
    return element.is(BOX) && element.selectFirst("h1") == null || SiteTop.inMasthead(element) || inAsideOrNavigation(element)
        || element.is(SideColumns.NAMED_COLUMN) && SideColumns.isNamedSideColumn(element);
  }
}
