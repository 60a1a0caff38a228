package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The side columns of a table layout, for {@link DatesElsewhere} and {@link HeadlineByPosition}: as pages laid out before
 * style sheets set their menus, event lists, weather and visitor counters, a cell of a row whose other cell holds the
 * article. A date there is an event's, or the counter's start, not the article's; a paragraph there is not the article's
 * prose.
 */
final class SideColumns {
  /** The least text of a table layout's main cell, the article's. */
  private static final int MAIN_CELL_TEXT = 400;
  /** How many times the side column's text the main cell holds at least. */
  private static final int MAIN_CELL_RATIO = 3;

  private SideColumns() {}

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
    List<Element> cells = new ArrayList<>();
    for (Element cell : body.select("td")) { // each cell once: no outline needed
      if (isSideCell(cell) && cells.stream().noneMatch(outer -> TreePlaces.isInside(cell, outer))) {
        cells.add(cell);
      }
    }
    return cells;
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
}
