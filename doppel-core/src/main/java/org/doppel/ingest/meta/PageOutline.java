package org.doppel.ingest.meta;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatesElsewhere} asks of one page again for each of its date candidates, worked out once: the page's
 * headline and the boxes around it, the site's top bar that each box is or is not, and which table cells are side
 * columns. {@link HtmlDates} reads a page's dates inside {@link #during}, which keeps one outline for the page; a call
 * outside it gets a fresh outline for that call alone. The page must not change while its outline is kept: date
 * extraction only reads it (what it removes, it removes from copies).
 */
final class PageOutline {
  private static final ThreadLocal<@Nullable PageOutline> CURRENT = new ThreadLocal<>();

  private final Document page;
  private final @Nullable Element headline;
  private final Set<Element> aroundHeadline = new HashSet<>();
  private final Map<Element, Optional<Element>> siteTopOfBox = new IdentityHashMap<>();
  private final Map<Element, Boolean> sideCells = new IdentityHashMap<>();

  private PageOutline(Document page) {
    this.page = page;
    this.headline = page.selectFirst("h1");
    if (headline != null) {
      aroundHeadline.addAll(headline.parents());
      aroundHeadline.add(headline);
    }
  }

  /** {@code work}'s answer, with one outline of {@code page} kept for every question it asks of the page. */
  static <T> T during(Document page, Supplier<T> work) {
    PageOutline outer = CURRENT.get();
    CURRENT.set(new PageOutline(page));
    try {
      return work.get();
    } finally {
      CURRENT.set(outer);
    }
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

  /** The headline and every element around it; empty without a headline. */
  Set<Element> aroundHeadline() {
    return aroundHeadline;
  }

  /** {@code box} if it is the site's top bar, as {@code topBar} decides once per box; else null. */
  @Nullable Element siteTop(Element box, Function<Element, @Nullable Element> topBar) {
    return siteTopOfBox.computeIfAbsent(box, b -> Optional.ofNullable(topBar.apply(b))).orElse(null);
  }

  /** Whether {@code cell} is a side column, as {@code sideCell} decides once per cell. */
  boolean isSideCell(Element cell, Function<Element, Boolean> sideCell) {
    return sideCells.computeIfAbsent(cell, sideCell);
  }
}
