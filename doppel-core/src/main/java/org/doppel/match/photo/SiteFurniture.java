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
 * that matches it; or when it is the site's share card ({@link #areShareCards}). Two pictures of one site are not reported as a shared photo when either is furniture;
 * a picture shared across sites stays reuse, however often one site shows it (a site that takes another's
 * photo for its banner took it), unless, in {@code photos} only, both are furniture of their own sites
 * ({@link #withoutFurnitureOfBothSites}); and so does a photo one site uses on fewer pages (a file photo used in
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

  /**
   * Whether two matched pictures are their site's share card: both on pages of one site that name the picture only in
   * their heads and show it nowhere in their bodies ({@link PagePlace#onlyInHead}), however few pages hold it. A photo
   * an article uses is shown to its readers (a figure, an {@code <img>}, a CSS lead); a picture two pages of one site
   * only give to links to them is the site's, as a default share image is, and a card a corpus holds only two pages
   * of would otherwise be reported as a photo the site used twice. Each such picture is furniture of its site.
   */
  public static boolean areShareCards(PagePlace a, PagePlace b) {
    return a.sameSite(b) && a.onlyInHead() && b.onlyInHead();
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
    for (PhotoPair pair : pairs) {
      if (areShareCards(placeOf.apply(pair.a()), placeOf.apply(pair.b()))) {
        furniture.add(pair.a());
        furniture.add(pair.b());
      }
    }
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
    return new Sorted(kept, furniture, setAside, 0);
  }

  /**
   * The kept pairs less those across sites whose two pictures are each furniture of their own site: a stock icon,
   * an RSS or share button, a banner that several sites put on every page. Each such picture pairs with every copy on
   * every page of the other sites, so a corpus of a few hundred pages of eight sites gave {@code photos} 130,000 such
   * pairs over some 300 of reuse. Only {@code photos} leaves them out: its inputs are every {@code <img>} of a page,
   * header and footer included, where {@code scan}, the standing index and the Spark job read a page's figures, and the
   * index could only tell an indexed picture furniture of its own site by a search per picture of another site.
   */
  public static Sorted withoutFurnitureOfBothSites(Sorted sorted) {
    List<PhotoPair> kept = new ArrayList<>();
    for (PhotoPair pair : sorted.kept()) {
      if (!(sorted.furniture().contains(pair.a()) && sorted.furniture().contains(pair.b()))) {
        kept.add(pair);
      }
    }
    return new Sorted(kept, sorted.furniture(), sorted.pairsSetAside(), sorted.kept().size() - kept.size());
  }

  /**
   * What {@link #sort} found.
   *
   * @param kept the pairs that are reuse, in the order given
   * @param furniture the ids of the pictures that are their site's furniture
   * @param pairsSetAside how many pairs of one site were left out as furniture
   * @param pairsAcrossSitesSetAside how many pairs across sites of pictures that are furniture on both were left out
   *     ({@link #withoutFurnitureOfBothSites}; 0 from {@link #sort})
   */
  public record Sorted(List<PhotoPair> kept, Set<String> furniture, int pairsSetAside, int pairsAcrossSitesSetAside) {}
}
