package org.doppel.match.sentence;

import java.util.Arrays;
import java.util.List;
import org.doppel.fingerprint.TokenVectors;

/**
 * Evidence from matching two sentences word piece by word piece in a transformer's contextual
 * vectors, as BERTScore does (Zhang et al., 2020): each piece of one sentence takes its best cosine
 * among the pieces of the other. A reworded sentence finds a good match for nearly every piece;
 * a sentence that says something more (the usual MSRP "different" pair: one sentence adds a
 * clause, a figure or a name) leaves a few pieces with no good match, which an average hides, so
 * besides the averages (precision, recall and their F1) the features keep the worst-matched pieces
 * of each side and how many pieces fall under two cut-offs.
 *
 * <p>Each feature is symmetric (a minimum or maximum over the two sides), so the order of the two
 * sentences does not change the score.
 */
public final class TokenMatchFeatures {
  /** Names in vector order, without the model prefix that {@link #names} adds. */
  private static final List<String> SUFFIXES = List.of(
      "f1", "mean_best_min", "mean_best_max", "worst_min", "worst_max", "worst3_min", "worst3_max",
      "under50_share_max", "under70_share_max", "under70_share_min", "under70_count_max", "under70_count_min");
  private static final double WEAK = 0.5;
  private static final double PARTIAL = 0.7;

  private TokenMatchFeatures() {}

  /** The feature names for one model, each starting with {@code prefix}. */
  public static List<String> names(String prefix) {
    return SUFFIXES.stream().map(s -> prefix + s).toList();
  }

  public static int count() {
    return SUFFIXES.size();
  }

  /** The features of two encoded sentences; all zero when either has no word piece. */
  public static double[] of(TokenVectors first, TokenVectors second) {
    if (first.size() == 0 || second.size() == 0) {
      return new double[SUFFIXES.size()];
    }
    Side a = Side.of(bestMatches(first.tokens(), second.tokens()));
    Side b = Side.of(bestMatches(second.tokens(), first.tokens()));
    double precision = a.mean();
    double recall = b.mean();
    double f1 = precision + recall <= 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {
      f1, Math.min(precision, recall), Math.max(precision, recall),
      Math.min(a.worst(), b.worst()), Math.max(a.worst(), b.worst()),
      Math.min(a.worst3(), b.worst3()), Math.max(a.worst3(), b.worst3()),
      Math.max(a.weakShare(), b.weakShare()),
      Math.max(a.partialShare(), b.partialShare()), Math.min(a.partialShare(), b.partialShare()),
      Math.max(a.partialCount(), b.partialCount()), Math.min(a.partialCount(), b.partialCount())
    };
  }

  /** For each vector of {@code from}, its best cosine with a vector of {@code to} (all unit length). */
  private static double[] bestMatches(float[][] from, float[][] to) {
    double[] best = new double[from.length];
    for (int i = 0; i < from.length; i++) {
      double max = -1;
      for (float[] other : to) {
        double dot = 0;
        for (int d = 0; d < other.length; d++) {
          dot += from[i][d] * other[d];
        }
        max = Math.max(max, dot);
      }
      best[i] = max;
    }
    return best;
  }

  private record Side(double mean, double worst, double worst3, double weakShare, double partialShare, int partialCount) {
    static Side of(double[] best) {
      double[] sorted = best.clone();
      Arrays.sort(sorted);
      int lowest = Math.min(3, sorted.length);
      double worst3 = 0;
      for (int i = 0; i < lowest; i++) {
        worst3 += sorted[i];
      }
      int weak = 0;
      int partial = 0;
      double sum = 0;
      for (double x : best) {
        sum += x;
        if (x < WEAK) {
          weak++;
        }
        if (x < PARTIAL) {
          partial++;
        }
      }
      return new Side(sum / best.length, sorted[0], worst3 / lowest, (double) weak / best.length,
          (double) partial / best.length, partial);
    }
  }
}
