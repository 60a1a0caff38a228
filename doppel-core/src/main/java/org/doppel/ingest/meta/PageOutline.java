package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatesElsewhere} asks of one page again for each of its date candidates, worked out once: the page's
 * headline and the boxes around it, the site's top bar that each box is or is not, and which table cells are side
 * columns. {@link HtmlDates} reads a page's dates between {@link #enter} and {@link #leave}, which keeps one outline for the page; a call
 * outside it gets a fresh outline for that call alone. The page must not change while its outline is kept: date
 * extraction only reads it (what it removes, it removes from copies).
 */
final class PageOutline {
  private static final ThreadLocal<@Nullable PageOutline> CURRENT = new ThreadLocal<>();

  private final Document page;
  private final @Nullable Element headline;
  private @Nullable Set<Element> aroundHeadline;
  // Kept in lists searched by identity, not in hash maps: hashing an element gives it its identity hash, and the
  // order of the body extractor's identity maps (ContentRootFinder's ties) follows the order hashes are handed out on
  // the thread, so a new hashed element here would move a later page's body. Few boxes and cells are asked about.
  private final List<Element> boxes = new ArrayList<>();
  private final List<@Nullable Element> topBars = new ArrayList<>();
  private final List<Element> cells = new ArrayList<>();
  private final List<Boolean> sideCells = new ArrayList<>();

  private PageOutline(Document page) {
    this.page = page;
    this.headline = page.selectFirst("h1");
  }

  /**
   * Keeps an outline of {@code page} for every question asked of it until {@link #leave}, which is handed what this
   * returns. No lambda: linking one hands out identity hashes on the thread (see the lists above).
   */
  static @Nullable PageOutline enter(Document page) {
    PageOutline outer = CURRENT.get();
    CURRENT.set(new PageOutline(page));
    return outer;
  }

  /** Ends what {@link #enter} began: {@code outer} is what it returned. */
  static void leave(@Nullable PageOutline outer) {
    CURRENT.set(outer);
  }

  /** The outline of {@code element}'s page: the one kept for it, else a fresh one; null for an element in no document. */
  static @Nullable PageOutline of(Element element) {
    Document page = element.ownerDocument();
    if (page == null) {
      return null;
    }
    PageOutline current = CURRENT.get();
    return current != null && current.page == page ? current : new PageOutline(page);
  }

  /** The page's first {@code <h1>}, or null. */
  @Nullable Element headline() {
    return headline;
  }

  /** The headline and every element around it; empty without a headline. Made when first asked, as it was before. */
  Set<Element> aroundHeadline() {
    if (aroundHeadline == null) {
      Set<Element> around = new HashSet<>();
      if (headline != null) {
        around.addAll(headline.parents());
        around.add(headline);
      }
      aroundHeadline = around;
    }
    return aroundHeadline;
  }

  /** Whether {@code box}'s answer as the site's top bar is known ({@link #siteTop}). */
  boolean knowsSiteTop(Element box) {
    return indexOf(boxes, box) >= 0;
  }

  /** {@code box} if it is the site's top bar, else null, as {@link #rememberSiteTop} was told. */
  @Nullable Element siteTop(Element box) {
    return topBars.get(indexOf(boxes, box));
  }

  void rememberSiteTop(Element box, @Nullable Element topBar) {
    boxes.add(box);
    topBars.add(topBar);
  }

  /** Whether {@code cell} is a side column, as {@link #rememberSideCell} was told, or null if not yet. */
  @Nullable Boolean sideCell(Element cell) {
    int at = indexOf(cells, cell);
    return at < 0 ? null : sideCells.get(at);
  }

  void rememberSideCell(Element cell, boolean side) {
    cells.add(cell);
    sideCells.add(side);
  }

  private static int indexOf(List<Element> elements, Element element) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) == element) {
        return i;
      }
    }
    return -1;
  }
}
