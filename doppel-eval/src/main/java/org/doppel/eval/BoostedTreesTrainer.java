package org.doppel.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doppel.match.sentence.BoostedTrees;

/**
 * Fits {@link BoostedTrees} by Newton boosting on the logistic loss: each round fits a tree of at
 * most {@code depth} levels to the gradient and curvature of the loss, and adds its leaves, scaled
 * by {@code learningRate}, to the log-odds. Features are cut into at most 64 quantile bins, so a
 * split costs one pass over the rows. Deterministic: no sampling.
 *
 * <p>Written here rather than taken from Smile (GPL-3.0) or XGBoost4J (37 MB of jars with Scala and native
 * libraries for 800 small trees): the model file must come out byte-identical when retrained from the
 * repository, which this trainer gives (docs/architecture.md, "Own code where a library exists").
 *
 * @param rounds trees to fit; more fit the training rows closer and risk overfitting them
 * @param depth levels per tree; depth 3 lets a split weigh up to three features together
 * @param learningRate shrinkage of each tree, 0 < rate ≤ 1; smaller needs more rounds
 * @param l2 ridge penalty λ on leaf values: leaf = −ΣG / (ΣH + λ)
 * @param minLeafWeight least total curvature (≈ rows × p(1−p)) a leaf may have
 */
public record BoostedTreesTrainer(int rounds, int depth, double learningRate, double l2, double minLeafWeight) {
  /**
   * The settings of the shipped sentence-pair model, chosen by cross-validation on the development
   * pair files: with the token-match features, depth 4 gained 0.005 MSRP accuracy over depth 3,
   * and 800 rounds at 0.03 another 0.002 over 400 at 0.05 (docs/quality.md, "Sentence pairs").
   */
  public static final BoostedTreesTrainer DEFAULTS = new BoostedTreesTrainer(800, 4, 0.03, 1.0, 5.0);
  private static final int BINS = 64;

  public BoostedTreesTrainer {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    if (depth < 1 || depth > 8) {
      throw new IllegalArgumentException("depth must be in 1..8, got " + depth);
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("learningRate must be in (0, 1], got " + learningRate);
    }
    if (!(l2 >= 0)) {
      throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
    }
    if (!(minLeafWeight >= 0)) {
      throw new IllegalArgumentException("minLeafWeight must be >= 0, got " + minLeafWeight);
    }
  }

  /**
   * Fits the trees.
   *
   * @param x one feature vector per row
   * @param y the answers, 0 or 1
   * @param weight the weight of each row (e.g. to make data sets of different sizes count alike)
   */
  public BoostedTrees fit(List<String> featureNames, double[][] x, int[] y, double[] weight, double threshold) {
    int n = x.length;
    int features = featureNames.size();
    if (n == 0 || y.length != n || weight.length != n) {
      throw new IllegalArgumentException("need as many answers and weights as rows, got " + n + " rows, "
          + y.length + " answers, " + weight.length + " weights");
    }
    double[][] cuts = new double[features][];
    byte[][] bins = new byte[features][n];
    for (int f = 0; f < features; f++) {
      cuts[f] = cutPoints(x, f);
      for (int r = 0; r < n; r++) {
        bins[f][r] = (byte) bin(cuts[f], x[r][f]);
      }
    }
    double positive = 0;
    double total = 0;
    for (int r = 0; r < n; r++) {
      positive += weight[r] * y[r];
      total += weight[r];
    }
    double prior = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
    double base = Math.log(prior / (1 - prior));
    double[] logit = new double[n];
    Arrays.fill(logit, base);
    double[] g = new double[n];
    double[] h = new double[n];
    List<BoostedTrees.Tree> trees = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (int r = 0; r < n; r++) {
        double p = 1 / (1 + Math.exp(-logit[r]));
        g[r] = weight[r] * (p - y[r]);
        h[r] = weight[r] * Math.max(p * (1 - p), 1e-6);
      }
      TreeBuilder builder = new TreeBuilder(bins, cuts, g, h);
      int[] all = new int[n];
      for (int r = 0; r < n; r++) {
        all[r] = r;
      }
      builder.grow(all, 0);
      BoostedTrees.Tree tree = builder.build();
      for (int r = 0; r < n; r++) {
        logit[r] += tree.eval(x[r]);
      }
      trees.add(tree);
    }
    return BoostedTrees.of(featureNames, base, threshold, trees);
  }

  private static double[] cutPoints(double[][] x, int f) {
    double[] values = new double[x.length];
    for (int r = 0; r < x.length; r++) {
      values[r] = x[r][f];
    }
    Arrays.sort(values);
    double[] distinct = Arrays.stream(values).distinct().toArray();
    if (distinct.length <= BINS) {
      // cut between consecutive distinct values
      double[] cuts = new double[Math.max(0, distinct.length - 1)];
      for (int i = 0; i < cuts.length; i++) {
        cuts[i] = (distinct[i] + distinct[i + 1]) / 2;
      }
      return cuts;
    }
    double[] cuts = new double[BINS - 1];
    for (int i = 1; i < BINS; i++) {
      cuts[i - 1] = values[(int) ((long) i * values.length / BINS)];
    }
    return Arrays.stream(cuts).distinct().toArray();
  }

  /** The bin of a value: the number of cut points below it (value ≤ cut goes to the lower bin). */
  private static int bin(double[] cuts, double value) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (value <= cuts[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Grows one tree depth-first into growing node arrays. */
  private final class TreeBuilder {
    private final byte[][] bins;
    private final double[][] cuts;
    private final double[] g;
    private final double[] h;
    private final List<int[]> structure = new ArrayList<>(); // {feature, left, right}
    private final List<double[]> numbers = new ArrayList<>(); // {split, value}

    TreeBuilder(byte[][] bins, double[][] cuts, double[] g, double[] h) {
      this.bins = bins;
      this.cuts = cuts;
      this.g = g;
      this.h = h;
    }

    /** Adds the node for {@code rows} and its subtree; returns its index. */
    int grow(int[] rows, int level) {
      double sumG = 0;
      double sumH = 0;
      for (int r : rows) {
        sumG += g[r];
        sumH += h[r];
      }
      int index = structure.size();
      structure.add(new int[] {-1, -1, -1});
      numbers.add(new double[] {0, -learningRate * sumG / (sumH + l2)});
      if (level >= depth) {
        return index;
      }
      Split best = bestSplit(rows, sumG, sumH);
      if (best == null) {
        return index;
      }
      int[][] sides = partition(rows, best);
      int left = grow(sides[0], level + 1);
      int right = grow(sides[1], level + 1);
      structure.set(index, new int[] {best.feature(), left, right});
      numbers.get(index)[0] = cuts[best.feature()][best.bin()];
      return index;
    }

    /** The split of {@code rows} with the largest gain in the loss, or null when none gains or leaves both sides heavy enough. */
    private Split bestSplit(int[] rows, double sumG, double sumH) {
      double parentScore = sumG * sumG / (sumH + l2);
      double bestGain = 1e-9;
      Split best = null;
      double[] histG = new double[BINS];
      double[] histH = new double[BINS];
      for (int f = 0; f < bins.length; f++) {
        if (cuts[f].length == 0) {
          continue;
        }
        Arrays.fill(histG, 0);
        Arrays.fill(histH, 0);
        byte[] column = bins[f];
        for (int r : rows) {
          histG[column[r]] += g[r];
          histH[column[r]] += h[r];
        }
        double leftG = 0;
        double leftH = 0;
        for (int b = 0; b < cuts[f].length; b++) {
          leftG += histG[b];
          leftH += histH[b];
          double rightH = sumH - leftH;
          if (leftH < minLeafWeight || rightH < minLeafWeight) {
            continue;
          }
          double rightG = sumG - leftG;
          double gain = leftG * leftG / (leftH + l2) + rightG * rightG / (rightH + l2) - parentScore;
          if (gain > bestGain) {
            bestGain = gain;
            best = new Split(f, b);
          }
        }
      }
      return best;
    }

    /** The rows at or below the split's bin, then the rows above it, each in their order in {@code rows}. */
    private int[][] partition(int[] rows, Split split) {
      byte[] column = bins[split.feature()];
      int leftCount = 0;
      for (int r : rows) {
        if (column[r] <= split.bin()) {
          leftCount++;
        }
      }
      int[] leftRows = new int[leftCount];
      int[] rightRows = new int[rows.length - leftCount];
      int li = 0;
      int ri = 0;
      for (int r : rows) {
        if (column[r] <= split.bin()) {
          leftRows[li++] = r;
        } else {
          rightRows[ri++] = r;
        }
      }
      return new int[][] {leftRows, rightRows};
    }

    BoostedTrees.Tree build() {
      int n = structure.size();
      int[] feature = new int[n];
      double[] split = new double[n];
      int[] left = new int[n];
      int[] right = new int[n];
      double[] value = new double[n];
      for (int i = 0; i < n; i++) {
        feature[i] = structure.get(i)[0];
        left[i] = structure.get(i)[1];
        right[i] = structure.get(i)[2];
        split[i] = numbers.get(i)[0];
        value[i] = numbers.get(i)[1];
      }
      return new BoostedTrees.Tree(feature, split, left, right, value);
    }
  }

  /** A split of a node: rows whose {@code feature} falls in bins 0..{@code bin} go left. */
  private record Split(int feature, int bin) {}
}
