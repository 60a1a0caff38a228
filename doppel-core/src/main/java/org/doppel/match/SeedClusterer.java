package org.doppel.match;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.TokenSequence;

/**
 * Groups seeds into passages, in the manner of the PAN text-alignment systems (Sanchez-Perez et al.
 * 2014): a seed joins a passage when it lies within {@code maxGap} words of the passage's extent in
 * both documents, so small edits, inserted or dropped words and clauses moved inside a sentence do not
 * split a passage; then passages whose extents touch are merged until none do. A passage never
 * stretches across a break (a metadata line set aside), so a copied title and a copied body stay two
 * passages and the header between them is not reported as shared.
 */
final class SeedClusterer {
  private final int maxGap;

  SeedClusterer(int maxGap) {
    this.maxGap = maxGap;
  }

  /** A passage's extent: inclusive word ranges in both documents. */
  static final class Box {
    int aMin;
    int aMax;
    int bMin;
    int bMax;
    int seeds;

    Box(int a, int b, int length) {
      aMin = a;
      aMax = a + length - 1;
      bMin = b;
      bMax = b + length - 1;
      seeds = 1;
    }

    /** True when a seed of {@code length} words at (a, b) lies inside the box in both documents. */
    boolean holds(int a, int b, int length) {
      return a >= aMin && a + length - 1 <= aMax && b >= bMin && b + length - 1 <= bMax;
    }

    long distance(int a, int b, int gap) {
      long da = a < aMin ? aMin - a : Math.max(0, a - aMax - 1);
      long db = b < bMin ? bMin - b : Math.max(0, b - bMax - 1);
      return (da > gap || db > gap) ? -1 : da + db;
    }

    void include(int a, int b, int length) {
      aMin = Math.min(aMin, a);
      aMax = Math.max(aMax, a + length - 1);
      bMin = Math.min(bMin, b);
      bMax = Math.max(bMax, b + length - 1);
      seeds++;
    }

    boolean touches(Box o, int gap) {
      return o.aMin <= aMax + gap + 1 && aMin <= o.aMax + gap + 1 && o.bMin <= bMax + gap + 1 && bMin <= o.bMax + gap + 1;
    }

    void absorb(Box o) {
      aMin = Math.min(aMin, o.aMin);
      aMax = Math.max(aMax, o.aMax);
      bMin = Math.min(bMin, o.bMin);
      bMax = Math.max(bMax, o.bMax);
      seeds += o.seeds;
    }
  }

  /** Number of breaks at or before each word, to tell in O(1) whether a break lies between two words. */
  private static int[] breakCounts(TokenSequence words) {
    int[] counts = new int[words.size()];
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.isBreakBefore(i)) {
        n++;
      }
      counts[i] = n;
    }
    return counts;
  }

  private static boolean breakBetween(int[] counts, int min, int max, int position) {
    if (position > max) {
      return counts[position] != counts[max];
    }
    if (position < min) {
      return counts[min] != counts[position];
    }
    return false;
  }

  List<Box> cluster(Seeds seeds, TokenSequence wordsA, TokenSequence wordsB) {
    int[] breaksA = breakCounts(wordsA);
    int[] breaksB = breakCounts(wordsB);
    List<Box> open = new ArrayList<>();
    List<Box> all = new ArrayList<>();
    for (int s = 0; s < seeds.count; s++) {
      if (!seeds.distinctive[s]) {
        continue;
      }
      int a = seeds.a[s];
      int b = seeds.b[s];
      Box best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int o = open.size() - 1; o >= 0; o--) {
        Box box = open.get(o);
        if (box.bMax + maxGap + 1 < b) {
          open.remove(o); // seeds come in order of b, so this box can never grow again
          continue;
        }
        long d = box.distance(a, b, maxGap);
        if (d >= 0 && d < bestDistance && !breakBetween(breaksA, box.aMin, box.aMax, a)
            && !breakBetween(breaksB, box.bMin, box.bMax, b)) {
          best = box;
          bestDistance = d;
        }
      }
      if (best == null) {
        Box box = new Box(a, b, seeds.length);
        open.add(box);
        all.add(box);
      } else {
        best.include(a, b, seeds.length);
      }
    }
    extendWithRepeatedSeeds(all, seeds, breaksA, breaksB);
    return mergeTouching(all, breaksA, breaksB);
  }

  /**
   * Lets seeds of repeated phrases grow a passage only where they continue it directly (within one
   * word in both documents), forwards and then backwards, so "of North Korea" at the end of a copied
   * title extends the title's passage but cannot pull in an occurrence elsewhere in the text.
   */
  private static void extendWithRepeatedSeeds(List<Box> boxes, Seeds seeds, int[] breaksA, int[] breaksB) {
    for (int pass = 0; pass < 2; pass++) {
      for (int t = 0; t < seeds.count; t++) {
        int s = pass == 0 ? t : seeds.count - 1 - t;
        if (seeds.distinctive[s]) {
          continue;
        }
        int a = seeds.a[s];
        int b = seeds.b[s];
        for (Box box : boxes) {
          if (!box.holds(a, b, seeds.length) && box.distance(a, b, 1) >= 0
              && !breakBetween(breaksA, box.aMin, box.aMax, a) && !breakBetween(breaksB, box.bMin, box.bMax, b)
              && !breakBetween(breaksA, box.aMin, box.aMax, a + seeds.length - 1)
              && !breakBetween(breaksB, box.bMin, box.bMax, b + seeds.length - 1)) {
            box.include(a, b, seeds.length);
            break;
          }
        }
      }
    }
  }

  private static boolean sameSegment(int[] counts, int x, int y) {
    return counts[x] == counts[y];
  }

  private List<Box> mergeTouching(List<Box> boxes, int[] breaksA, int[] breaksB) {
    List<Box> merged = new ArrayList<>(boxes);
    boolean changed = true;
    while (changed) {
      changed = false;
      merged.sort((x, y) -> Integer.compare(x.aMin, y.aMin));
      List<Box> out = new ArrayList<>();
      for (Box box : merged) {
        Box into = null;
        for (int i = out.size() - 1; i >= 0 && into == null; i--) {
          Box other = out.get(i);
          if (other.touches(box, maxGap) && sameSegment(breaksA, other.aMin, box.aMin) && sameSegment(breaksA, other.aMax, box.aMax)
              && sameSegment(breaksB, other.bMin, box.bMin) && sameSegment(breaksB, other.bMax, box.bMax)) {
            into = other;
          }
        }
        if (into == null) {
          out.add(box);
        } else {
          into.absorb(box);
          changed = true;
        }
      }
      merged = out;
    }
    return merged;
  }
}
