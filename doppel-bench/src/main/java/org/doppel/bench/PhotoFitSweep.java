package org.doppel.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.doppel.bench.PhotoBenchmark.Copy;

/**
 * The fit sweep of {@code bench-photos --sweep}: how the photo matcher's thresholds trade recall for false pairs, read on
 * the fit half only, so that thresholds chosen from it can be checked on the validation half.
 *
 * @param truth the set's edited copies
 * @param groups each picture's group: pictures of one group are copies of each other
 * @param hashed the set's pictures, hashed, in the order they are matched
 * @param splitOf the split of a picture ("fit", "validation" or "negative")
 */
record PhotoFitSweep(List<Copy> truth, Map<String, String> groups, List<PhotoBenchmark.Hashed> hashed, UnaryOperator<String> splitOf) {
  /**
   * For each comparison kind and threshold, recall per edit kind on the fit half and the number of
   * false pairs touching the fit half, from the distances of every pair of pictures under each kind
   * (computed directly, as the matcher compares them: the later picture's probes against the earlier).
   */
  String table() {
    int max = 80;
    Distances distances = distances(max);
    List<String> edits = truth.stream().map(Copy::edit).distinct().sorted().toList();
    StringBuilder out = new StringBuilder();
    out.append("| comparison | max bits | false pairs (fit) | ").append(String.join(" | ", edits)).append(" |\n");
    out.append("|---|---:|---:|").append("---:|".repeat(edits.size())).append('\n');
    for (int c = 0; c < ComparisonDistances.CLASSES.length; c++) {
      for (int t = 32; t <= 76; t += 4) {
        long fp = 0;
        for (int x = 0; x <= t; x++) {
          fp += distances.negatives()[c][x];
        }
        out.append("| ").append(ComparisonDistances.CLASSES[c]).append(" | ").append(t).append(" | ").append(fp).append(" | ");
        for (String edit : edits) {
          out.append(String.format("%.3f | ", fitRecall(edit, c, t, distances.truth())));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The distances the sweep reads, per comparison class.
   *
   * @param negatives how many pairs of different groups with a fit side lie at each distance up to the maximum
   * @param truth the distances of each true copy, keyed "original TAB copy"
   */
  private record Distances(long[][] negatives, Map<String, int[]> truth) {}

  /** Compares every pair of photos once, in parallel over the later photo. */
  private Distances distances(int max) {
    long[][] negatives = new long[ComparisonDistances.CLASSES.length][max + 1];
    Map<String, int[]> truthDistances = new ConcurrentHashMap<>();
    Set<String> truthKeys = new HashSet<>();
    truth.forEach(c -> truthKeys.add(c.original() + "\t" + c.copy()));
    IntStream.range(0, hashed.size()).parallel().forEach(j -> {
      long[][] local = new long[ComparisonDistances.CLASSES.length][max + 1];
      PhotoBenchmark.Hashed later = hashed.get(j);
      for (int i = 0; i < j; i++) {
        PhotoBenchmark.Hashed earlier = hashed.get(i);
        int[] d = ComparisonDistances.between(earlier.hashes(), later.hashes());
        boolean same = groups.get(earlier.id()).equals(groups.get(later.id()));
        if (same) {
          String key = truthKeys.contains(earlier.id() + "\t" + later.id()) ? earlier.id() + "\t" + later.id() : later.id() + "\t" + earlier.id();
          if (truthKeys.contains(key)) {
            truthDistances.put(key, d);
          }
        } else if ("fit".equals(splitOf.apply(earlier.id())) || "fit".equals(splitOf.apply(later.id()))) {
          for (int c = 0; c < ComparisonDistances.CLASSES.length; c++) {
            if (d[c] <= max) {
              local[c][d[c]]++;
            }
          }
        }
      }
      synchronized (negatives) {
        for (int c = 0; c < ComparisonDistances.CLASSES.length; c++) {
          for (int t = 0; t <= max; t++) {
            negatives[c][t] += local[c][t];
          }
        }
      }
    });
    return new Distances(negatives, truthDistances);
  }

  /** The share of the fit part's copies made by {@code edit} that comparison class {@code c} finds within {@code t} bits. */
  private double fitRecall(String edit, int c, int t, Map<String, int[]> truthDistances) {
    int found = 0;
    int all = 0;
    for (Copy copy : truth) {
      if (copy.edit().equals(edit) && "fit".equals(copy.split())) {
        all++;
        int[] d = truthDistances.get(copy.original() + "\t" + copy.copy());
        found += d != null && d[c] <= t ? 1 : 0;
      }
    }
    return found / (double) Math.max(1, all);
  }
}
