package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Lists whose items each link elsewhere beside a date ({@link #inListOfDatedLinks}), for {@link DatesElsewhere}: a list
 * of events or other articles, whose dates are the entries', not the page's.
 */
final class DatedLinkLists {
  /** The lists whose dated items {@link DatesElsewhere#textOutside} leaves out ({@link #datedItems}). */
  static final Evaluator LISTS = QueryParser.parse("ul, ol");

  /** How far above a date its item of a list set as boxes may be: the date's own element, its box, the box's wrapper. */
  private static final int LIST_ITEM_LEVELS = 3;
  /** How many other dated links a plain box ({@link #isPlain}) needs beside it to be an item of a list. */
  private static final int PLAIN_SIBLINGS = 2;

  private DatedLinkLists() {}

  /**
   * A dated link among a list's items: its list's position among the lists selected ({@link #LISTS}) and its own among
   * the list's children, so that the same item is found in a clone of the page.
   */
  record DatedItem(int list, int child) {
    /** This item among {@code lists}, selected as the positions were. */
    Element in(List<Element> lists) {
      return lists.get(list).child(child);
    }
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
  static boolean inListOfDatedLinks(Element element) {
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

  /**
   * The dated links among {@code lists}' items ({@link #isDatedLink}), each as its list's position in {@code lists} and
   * its own among the list's children, from lists that hold two or more.
   */
  static List<DatedItem> datedItems(List<Element> lists) {
    List<DatedItem> datedItems = new ArrayList<>();
    for (int i = 0; i < lists.size(); i++) {
      List<DatedItem> dated = new ArrayList<>();
      Elements items = lists.get(i).children();
      for (int j = 0; j < items.size(); j++) {
        if (items.get(j).normalName().equals("li") && isDatedLink(items.get(j))) {
          dated.add(new DatedItem(i, j));
        }
      }
      if (dated.size() > 1) {
        datedItems.addAll(dated); // one dated item is not enough: a byline in a list of facts has the same form
      }
    }
    return datedItems;
  }

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
