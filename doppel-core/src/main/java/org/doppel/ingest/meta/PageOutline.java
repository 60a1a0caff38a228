package org.doppel.ingest.meta;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
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
  /** Each box asked about, with itself if it is the site's top bar, else null. */
  private final Map<Element, Optional<Element>> topBars = new IdentityHashMap<>();
  /** The side columns among the page's table cells, made when first asked. */
  private @Nullable SideCells sideCells;

  private PageOutline(Document page) {
    this.page = page;
    this.headline = page.selectFirst("h1");
  }

  /** Keeps an outline of {@code page} for every question asked of it until {@link #leave}, which is handed what this returns. */
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

  /** The outline kept for {@code element}'s page ({@link #enter}), or null: none is made for the question. */
  static @Nullable PageOutline kept(Element element) {
    PageOutline current = CURRENT.get();
    return current != null && current.page == element.ownerDocument() ? current : null;
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
    return topBars.containsKey(box);
  }

  /** {@code box} if it is the site's top bar, else null, as {@link #rememberSiteTop} was told. */
  @Nullable Element siteTop(Element box) {
    Optional<Element> topBar = topBars.get(box);
    return topBar == null ? null : topBar.orElse(null);
  }

  void rememberSiteTop(Element box, @Nullable Element topBar) {
    topBars.put(box, Optional.ofNullable(topBar));
  }

  /** The side columns among the page's table cells, each cell's text measured by {@code textLength} (the first asker's). */
  SideCells sideCells(ToIntFunction<Element> textLength) {
    if (sideCells == null) {
      sideCells = new SideCells(textLength);
    }
    return sideCells;
  }
}
