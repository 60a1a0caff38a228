package org.doppel.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.doppel.ingest.Counted;

/**
 * Adds what shared photos say to the pairs found by text: two documents that share a photo but no text
 * become a {@link Relation#SHARED_PHOTO} pair, scored by their best photo match.
 */
public final class PhotoRelations {
  private PhotoRelations() {}

  /** An ordered pair of document ids, the key of {@code photos}. */
  public static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\n" + b : b + "\n" + a;
  }

  /**
   * The text pairs followed by a {@link Relation#SHARED_PHOTO} pair for each document pair in
   * {@code photos} (keyed by {@link #key}, sides in id order) that no text pair covers.
   */
  public static List<RelatedPair> withPhotoOnlyPairs(List<RelatedPair> textPairs, Map<String, List<SharedPhoto>> photos) {
    List<RelatedPair> out = new ArrayList<>(textPairs);
    if (photos.isEmpty()) {
      return out; // the usual text corpus: no key made for each of its pairs
    }
    Set<String> covered = new HashSet<>();
    textPairs.forEach(pair -> covered.add(key(pair.a(), pair.b())));
    List<String> keys = new ArrayList<>(photos.keySet());
    keys.sort(Comparator.naturalOrder());
    for (String key : keys) {
      if (covered.contains(key)) {
        continue;
      }
      String[] ids = key.split("\n", 2);
      List<SharedPhoto> shared = Objects.requireNonNull(photos.get(key));
      double best = shared.stream().mapToDouble(SharedPhoto::score).max().orElse(0);
      String reason = String.format(Locale.ROOT, "no shared text; %s (best match %.2f)",
          Counted.of(shared.size(), "shared photo"), best);
      out.add(new RelatedPair(ids[0], ids[1], new Verdict(Relation.SHARED_PHOTO, best, reason), null, List.of()));
    }
    return out;
  }
}
