package org.doppel.match.photo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.doppel.ingest.image.PagePlace;

/**
 * A site's furniture: pictures that recur on many pages of one site (its logo, social icons, a subscribe
 * banner, author portraits, a sponsor badge, a default share image), learned from the pictures read,
 * as boilerplate text is learned from the corpus. A picture is furniture when it is on at least
 * {@link #MIN_PAGES} pages of its site: its own page and the pages of the same site holding a picture
 * that matches it. Two pictures of one site are not reported as a shared photo when either is furniture;
 * a picture shared across sites stays reuse, however often one site shows it (a site that takes another's
 * photo for its banner took it), and so does a photo one site uses on fewer pages (a file photo used in
 * two articles is used, and licensed, twice). {@code photos}, {@code scan}, the standing index and the
 * Spark job all decide here.
 */
public final class SiteFurniture {
  /**
   * The pages of one site a picture must be on to be furniture. Three: a picture on every page of a site
   * is on all of them, however few of the site's pages a corpus holds, so a small count is what lets a
   * corpus of three or four pages of a site see its logo; a photo one site reuses is on two pages (a file
   * photo used twice), which must stay reported. See docs/parameters.md.
   */
  public static final int MIN_PAGES = 3;

  private SiteFurniture() {}

  /** Whether a picture on this many pages of its site (its own counted) is furniture. */
  public static boolean isFurniture(int pagesOfItsSite) {
    return pagesOfItsSite >= MIN_PAGES;
  }

  /** Whether a matched pair is furniture and not reuse: both on one site, and either picture furniture there. */
  public static boolean setsAside(PagePlace a, PagePlace b, boolean aIsFurniture, boolean bIsFurniture) {
    return a.sameSite(b) && (aIsFurniture || bIsFurniture);
  }

  /**
   * The pairs kept as reuse, and the pictures set aside as furniture (those of the pairs, by id).
   *
   * @param pairs every matched pair among the pictures read (a picture's matches are all its pairs)
   * @param placeOf where each picture id of {@code pairs} is
   */
  public static Sorted sort(List<PhotoPair> pairs, Function<String, PagePlace> placeOf) {
    Map<String, Set<String>> pages = new HashMap<>();
    for (PhotoPair pair : pairs) {
      PagePlace a = placeOf.apply(pair.a());
      PagePlace b = placeOf.apply(pair.b());
      if (a.sameSite(b)) {
        pages.computeIfAbsent(pair.a(), id -> new HashSet<>(Set.of(a.page()))).add(b.page());
        pages.computeIfAbsent(pair.b(), id -> new HashSet<>(Set.of(b.page()))).add(a.page());
      }
    }
    Set<String> furniture = new HashSet<>();
    pages.forEach((id, on) -> {
      if (isFurniture(on.size())) {
        furniture.add(id);
      }
    });
    List<PhotoPair> kept = new ArrayList<>();
    int setAside = 0;
    for (PhotoPair pair : pairs) {
      if (setsAside(placeOf.apply(pair.a()), placeOf.apply(pair.b()), furniture.contains(pair.a()), furniture.contains(pair.b()))) {
        setAside++;
      } else {
        kept.add(pair);
      }
    }
    return new Sorted(kept, furniture, setAside);
  }

  /**
   * What {@link #sort} found.
   *
   * @param kept the pairs that are reuse, in the order given
   * @param furniture the ids of the pictures that are their site's furniture
   * @param pairsSetAside how many pairs were left out as furniture
   */
  public record Sorted(List<PhotoPair> kept, Set<String> furniture, int pairsSetAside) {}
}
