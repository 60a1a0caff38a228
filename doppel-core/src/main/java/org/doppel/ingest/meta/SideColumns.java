package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The side columns of a table layout, for {@link DatesElsewhere} and {@link HeadlineByPosition}: as pages laid out before
 * style sheets set their menus, event lists, weather and visitor counters, a cell of a row whose other cell holds the
 * article. A date there is an event's, or the counter's start, not the article's; a paragraph there is not the article's
 * prose.
 */
final class SideColumns {
  private SideColumns() {}

  /**
   * Whether {@code element} stands in a side column of a table layout, as pages laid out before style sheets set their
   * menus, event lists, weather and visitor counters: a cell of a row whose other cell holds the article, at least
   * {@value SideCells#MAIN_CELL_TEXT} characters and {@value SideCells#MAIN_CELL_RATIO} times the side cell's text. A date there is an
   * event's, or the counter's start ("Besucher seit 1.1.2003"), not the article's.
   */
  static boolean inSideColumn(Element element) {
    Element innermost = element.closest("td");
    if (innermost == null) {
      return false;
    }
    SideCells sides = sideCellsOf(innermost);
    for (Element cell = innermost; cell != null; cell = cell.parent() == null ? null : cell.parent().closest("td")) {
      Element row = cell.parent();
      if (row != null && sides.of(row).contains(cell)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The side columns of a layout of boxes, as German CMS templates (TYPO3's, older hand-made ones) name them by their place:
   * {@code id="links"}, {@code "rechts"}, {@code "spalte_rechts"}, {@code "randspalte"}. Their appointments ("Termine"),
   * "most read" lists and news boxes date other things. The article's own column is named the same way ({@code
   * id="spalte_links"} beside {@code "spalte_rechts"}), so a column that holds a headline ({@code <h1>} or {@code <h2>}) is
   * not a side column.
   */
  static final String NAMED_COLUMN_QUERY = "[id~=(?i)^(?:links|rechts|spalte[_-]?(?:links|rechts)|randspalte|marginalspalte)$]";
  static final Evaluator NAMED_COLUMN = QueryParser.parse(NAMED_COLUMN_QUERY);

  /** Whether {@code element} stands in a side column of a layout of boxes ({@link #NAMED_COLUMN}). */
  static boolean inNamedColumn(Element element) {
    Element column = element.closest(NAMED_COLUMN);
    return column != null && isNamedSideColumn(column);
  }

  /** Whether {@code column}, named as a column ({@link #NAMED_COLUMN}), holds no headline. */
  static boolean isNamedSideColumn(Element column) {
    return column.selectFirst("h1, h2") == null;
  }

  /** The side columns of {@code body}'s table layouts ({@link #inSideColumn}), outermost first. */
  static List<Element> of(Element body) {
    return of(body, sideCellsOf(body));
  }

  /**
   * {@link #of(Element)} with each cell's text measured by {@code textLength}, which a test counts: each row's cells are
   * measured once, the rows from the inside out ({@link SideCells}), and a cell is listed if no cell around it is, by a
   * walk up its parents, not by a look at each cell listed before (a page of many thousands of cells in one row took
   * seconds).
   */
  static List<Element> of(Element body, ToIntFunction<Element> textLength) {
    return of(body, new SideCells(textLength));
  }

  private static List<Element> of(Element body, SideCells sides) {
    List<Element> cells = body.select("td");
    // a row's rows inside it come after it in the page: asked about last to first, each row has its inner rows' lengths
    Set<Element> rows = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> inPageOrder = new ArrayList<>();
    for (Element cell : cells) {
      Element row = cell.parent();
      if (row != null && rows.add(row)) {
        inPageOrder.add(row);
      }
    }
    for (Element row : inPageOrder.reversed()) {
      sides.of(row);
    }
    List<Element> listed = new ArrayList<>();
    Set<Element> isListed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element cell : cells) {
      Element row = cell.parent();
      if (row != null && sides.of(row).contains(cell) && cell.parents().stream().noneMatch(isListed::contains)) {
        listed.add(cell);
        isListed.add(cell);
      }
    }
    return listed;
  }

  /** The side cells of {@code element}'s page: those its kept outline holds ({@link PageOutline#enter}), else fresh ones for this question. */
  private static SideCells sideCellsOf(Element element) {
    PageOutline outline = PageOutline.kept(element);
    return outline == null ? new SideCells(SideColumns::textLength) : outline.sideCells(SideColumns::textLength);
  }

  private static int textLength(Element cell) {
    return cell.text().length();
  }
}
