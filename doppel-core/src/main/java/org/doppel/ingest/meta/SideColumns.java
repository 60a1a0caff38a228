package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
      Element row = cell.parent();
      if (row != null && sideCellsOf(row, outline).contains(cell)) {
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
    return of(body, SideColumns::textLength);
  }

  /**
   * {@link #of(Element)} with each cell's text measured by {@code textLength}, which a test counts: each row's cells are
   * measured once, and a cell is listed if no cell around it is, by a walk up its parents, not by a look at each cell
   * listed before (a page of many thousands of cells in one row took seconds).
   */
  static List<Element> of(Element body, ToIntFunction<Element> textLength) {
    List<Element> cells = new ArrayList<>();
    Set<Element> listed = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Element, Set<Element>> rows = new IdentityHashMap<>();
    for (Element cell : body.select("td")) {
      Element row = cell.parent();
      if (row != null && rows.computeIfAbsent(row, r -> sideCellsOf(r, textLength)).contains(cell)
          && cell.parents().stream().noneMatch(listed::contains)) {
        cells.add(cell);
        listed.add(cell);
      }
    }
    return cells;
  }

  private static Set<Element> sideCellsOf(Element row, @Nullable PageOutline outline) {
    Function<Element, Set<Element>> sides = r -> sideCellsOf(r, SideColumns::textLength);
    return outline == null ? sides.apply(row) : outline.sideCellsOf(row, sides);
  }

  /**
   * The cells of {@code row} that are side columns: each has another cell of the row beside it whose text is at least
   * {@value #MAIN_CELL_TEXT} characters and {@value #MAIN_CELL_RATIO} times its own. Each cell's text is measured once
   * and each cell is held to the longest of the others (the longest of all, or the second longest for the longest
   * itself), so a row of many cells costs its cells' text once, not once per pair of cells.
   */
  private static Set<Element> sideCellsOf(Element row, ToIntFunction<Element> textLength) {
    if (!row.normalName().equals("tr") || row.childrenSize() < 2) {
      return Set.of();
    }
    List<Element> cells = row.children().stream().filter(child -> child.normalName().equals("td")).toList();
    int[] lengths = new int[cells.size()];
    int longest = -1;
    int secondLength = -1;
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = textLength.applyAsInt(cells.get(i));
      if (longest < 0 || lengths[i] > lengths[longest]) {
        secondLength = longest < 0 ? -1 : lengths[longest];
        longest = i;
      } else if (lengths[i] > secondLength) {
        secondLength = lengths[i];
      }
    }
    Set<Element> sides = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < lengths.length; i++) {
      int main = i == longest ? secondLength : lengths[longest];
      if (main >= MAIN_CELL_TEXT && main >= MAIN_CELL_RATIO * lengths[i]) {
        sides.add(cells.get(i));
      }
    }
    return sides;
  }

  private static int textLength(Element cell) {
    return cell.text().length();
  }
}
