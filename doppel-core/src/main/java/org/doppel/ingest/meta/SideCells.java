package org.doppel.ingest.meta;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jsoup.nodes.Element;

/**
 * The side columns among each table row's cells ({@link SideColumns#inSideColumn}), worked out once a row, for one page.
 * A cell's text is at least as long as the text of any cell inside it (the inner text is the outer's, less at most a
 * space before it), so each row asked about tells the cell around it how long it is at least; a row's one cell known to
 * be that much longer than all the others is then not measured: in tables nested n deep, the article's cell at each
 * level held the rest of the page, and measuring it anew at each level cost the page's text n times over. Rows asked
 * about from the inside out (as {@link SideColumns#inSideColumn} walks, as {@link SideColumns#of} asks) pass their
 * lengths outward; a row asked about first is measured as before, with the same answer either way.
 */
final class SideCells {
  /** The least text of a table layout's main cell, the article's. */
  static final int MAIN_CELL_TEXT = 400;
  /** How many times the side column's text the main cell holds at least. */
  static final int MAIN_CELL_RATIO = 3;

  private final ToIntFunction<Element> textLength;
  private final Map<Element, Set<Element>> sides = new IdentityHashMap<>();
  /** The longest text known to lie inside each cell (a cell inside it measured, or bounded): its own text is no shorter. */
  private final Map<Element, Integer> atLeast = new IdentityHashMap<>();

  /** @param textLength the length of a cell's text ({@code text()}, or a test's count of it): the bounds hold for it */
  SideCells(ToIntFunction<Element> textLength) {
    this.textLength = textLength;
  }

  /** The cells of {@code row} that are side columns, worked out when first asked. */
  Set<Element> of(Element row) {
    Set<Element> known = sides.get(row);
    if (known == null) {
      known = workOut(row);
      sides.put(row, known);
    }
    return known;
  }

  /**
   * Each cell of {@code row} that has another cell of the row beside it whose text is at least {@value #MAIN_CELL_TEXT}
   * characters and {@value #MAIN_CELL_RATIO} times its own. Each cell's text is measured once and held to the longest of
   * the others (the longest of all, or the second longest for the longest itself), so a row of many cells costs its
   * cells' text once, not once per pair of cells; the cell known longest is not measured if it is known long enough.
   */
  private Set<Element> workOut(Element row) {
    List<Element> cells = row.children().stream().filter(child -> child.normalName().equals("td")).toList();
    int[] lengths = new int[cells.size()];
    int bounded = -1;
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = atLeast(cells.get(i));
      if (bounded < 0 || lengths[i] > lengths[bounded]) {
        bounded = i;
      }
    }
    if (!row.normalName().equals("tr") || row.childrenSize() < 2 || cells.size() < 2) {
      passOutward(row, lengths);
      return Set.of();
    }
    int othersLongest = 0;
    for (int i = 0; i < lengths.length; i++) {
      if (i != bounded) {
        lengths[i] = textLength.applyAsInt(cells.get(i));
        othersLongest = Math.max(othersLongest, lengths[i]);
      }
    }
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    if (lengths[bounded] >= Math.max(MAIN_CELL_TEXT, MAIN_CELL_RATIO * othersLongest)) {
      // the known longest is, unmeasured, the main cell of every other; none of them is its main cell
      for (int i = 0; i < lengths.length; i++) {
        if (i != bounded) {
          found.add(cells.get(i));
        }
      }
    } else {
      lengths[bounded] = textLength.applyAsInt(cells.get(bounded));
      found.addAll(sidesByLength(cells, lengths));
    }
    passOutward(row, lengths);
    return found;
  }

  /** The side cells by their measured lengths. */
  private static Set<Element> sidesByLength(List<Element> cells, int[] lengths) {
    int longest = -1;
    int secondLength = -1;
    for (int i = 0; i < lengths.length; i++) {
      if (longest < 0 || lengths[i] > lengths[longest]) {
        secondLength = longest < 0 ? -1 : lengths[longest];
        longest = i;
      } else if (lengths[i] > secondLength) {
        secondLength = lengths[i];
      }
    }
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < lengths.length; i++) {
      int main = i == longest ? secondLength : lengths[longest];
      if (main >= MAIN_CELL_TEXT && main >= MAIN_CELL_RATIO * lengths[i]) {
        found.add(cells.get(i));
      }
    }
    return found;
  }

  private int atLeast(Element cell) {
    return atLeast.getOrDefault(cell, 0);
  }

  /** Tells the cell around {@code row} that its text is at least as long as the longest of the row's cells. */
  private void passOutward(Element row, int[] lengths) {
    Element around = row.parent() == null ? null : row.parent().closest("td");
    if (around != null) {
      int longest = 0;
      for (int length : lengths) {
        longest = Math.max(longest, length);
      }
      atLeast.merge(around, longest, Math::max);
    }
  }
}
