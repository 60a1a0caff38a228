package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Places in a page's tree, for {@link DatesElsewhere#textOutside}, which removes places from a clone of the body and
 * so must find each place the body's tree holds again in the clone's.
 */
final class TreePlaces {
  private TreePlaces() {}

  /** Whether {@code ancestor} holds {@code element}, at any depth (an element does not hold itself). */
  static boolean isInside(Element element, Element ancestor) {
    for (Element up = element.parent(); up != null; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The elements of {@code copy} (a clone of {@code body}) at the places of {@code originals} in {@code body}, in their order:
   * both trees list their elements in the same order, so each original's position among {@code body}'s elements is its
   * copy's. The positions are looked up in one map of the tree, not by a search of it for each original (a page with many
   * dated lists made that quadratic).
   */
  static List<Element> copiesOf(List<Element> originals, Element body, Element copy) {
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
}
