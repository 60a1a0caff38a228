package org.doppel.eval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.doppel.match.sentence.BoostedTrees;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.SentencePair;
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;

/**
 * Trains the sentence-pair model on labelled pair files and measures it by k-fold
 * cross-validation, so that no reported number comes from a row the model was fitted on.
 *
 * <p>Each file's rows are shuffled with {@code seed} (the PAN file lists all its positives first)
 * and dealt into {@code folds} folds. Fold f's model is fitted on the other folds of every file
 * and predicts fold f's rows; every row is thus predicted exactly once, by a model that never saw
 * it. The shipped model is then fitted on all rows. Files count alike whatever their size: each
 * row weighs {@code total rows / (files × rows of its file)}, so the 4,000 MSRP pairs are not
 * outvoted by the 10,000 PAN pairs.
 */
public final class SentencePairTraining {
  /** The feature vectors and labels of one file. */
  public record LabelledSet(String name, double[][] features, int[] labels) {
    public LabelledSet {
      if (features.length != labels.length) {
        throw new IllegalArgumentException(name + ": " + features.length + " feature rows but " + labels.length + " labels");
      }
    }
  }

  /** Cross-validated scores of one file at the model's threshold. */
  public record SetResult(String name, BinaryScores scores) {}

  private final BoostedTreesTrainer trainer;
  private final int folds;
  private final long seed;
  private final double threshold;
  private final Map<String, Double> setWeights;

  /**
   * @param folds folds of the cross-validation, at least 2
   * @param threshold the probability above which a pair is called a paraphrase
   */
  public SentencePairTraining(BoostedTreesTrainer trainer, int folds, long seed, double threshold) {
    this(trainer, folds, seed, threshold, Map.of());
  }

  /**
   * @param setWeights how much more a set weighs in the fit than the others (by set name; 1 for a
   *     set not named): every set weighs the same whatever its size, times this
   */
  public SentencePairTraining(BoostedTreesTrainer trainer, int folds, long seed, double threshold, Map<String, Double> setWeights) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2, got " + folds);
    }
    for (Map.Entry<String, Double> e : setWeights.entrySet()) {
      if (!(e.getValue() > 0)) {
        throw new IllegalArgumentException("the weight of " + e.getKey() + " must be positive, got " + e.getValue());
      }
    }
    this.trainer = trainer;
    this.folds = folds;
    this.seed = seed;
    this.threshold = threshold;
    this.setWeights = Map.copyOf(setWeights);
  }

  /** Computes the features of a labelled file with the given encoders. */
  public static LabelledSet featuresOf(String name, SentencePairFile file, SentencePairEncoders encoders) {
    return new LabelledSet(name, SentencePairScorer.features(encoders, file.pairs()), file.labels());
  }

  /**
   * Pairs of unrelated sentences, labelled 0: the first sentence of one row with the second of
   * another, drawn at random. None of MSRP, PAWS and PAN pairs two unrelated sentences (their
   * negatives share most of their words), so without these a model learns that little overlap
   * means "paraphrase" — PAN's reworded positives have the least — and calls any two unrelated
   * sentences the same.
   */
  public static List<SentencePair> mismatchedPairs(List<SentencePair> pairs, int count, long seed) {
    if (pairs.size() < 2) {
      throw new IllegalArgumentException("need at least 2 pairs to mismatch, got " + pairs.size());
    }
    Random random = new Random(seed);
    List<SentencePair> out = new ArrayList<>(count);
    while (out.size() < count) {
      int i = random.nextInt(pairs.size());
      int j = random.nextInt(pairs.size());
      SentencePair a = pairs.get(i);
      SentencePair b = pairs.get(j);
      // a sentence may occur in several rows (MSRP reuses some): never pair it with itself
      if (i != j && !a.first().equals(b.first()) && !a.first().equals(b.second()) && !a.second().equals(b.second())) {
        out.add(new SentencePair(a.first(), b.second()));
      }
    }
    return out;
  }

  /** Cross-validated scores, one per set, in input order. */
  public List<SetResult> crossValidate(List<LabelledSet> sets) {
    List<int[]> foldOf = new ArrayList<>();
    for (LabelledSet set : sets) {
      foldOf.add(deal(set.labels().length, new Random(seed ^ set.name().hashCode())));
    }
    List<double[]> predicted = new ArrayList<>();
    for (LabelledSet set : sets) {
      predicted.add(new double[set.labels().length]);
    }
    for (int f = 0; f < folds; f++) {
      int fold = f;
      BoostedTrees model = fit(sets, (s, row) -> foldOf.get(s)[row] != fold);
      for (int s = 0; s < sets.size(); s++) {
        double[][] x = sets.get(s).features();
        for (int row = 0; row < x.length; row++) {
          if (foldOf.get(s)[row] == fold) {
            predicted.get(s)[row] = model.probability(x[row]);
          }
        }
      }
    }
    List<SetResult> results = new ArrayList<>();
    for (int s = 0; s < sets.size(); s++) {
      double[] p = predicted.get(s);
      boolean[] yes = new boolean[p.length];
      for (int i = 0; i < p.length; i++) {
        yes[i] = p[i] >= threshold;
      }
      results.add(new SetResult(sets.get(s).name(), BinaryScores.of(sets.get(s).labels(), yes)));
    }
    return results;
  }

  /**
   * SHA-256 (hex) of the sets' names, features (as IEEE bits) and labels, in order: the same data read by the
   * same sentence models gives the same checksum, whether the features were computed or read from a cache.
   */
  public static String featuresChecksum(List<LabelledSet> sets) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      ByteBuffer buffer = ByteBuffer.allocate(8);
      for (LabelledSet set : sets) {
        digest.update(set.name().getBytes(StandardCharsets.UTF_8));
        for (int row = 0; row < set.labels().length; row++) {
          for (double value : set.features()[row]) {
            digest.update(buffer.clear().putLong(Double.doubleToLongBits(value)).array());
          }
          digest.update((byte) set.labels()[row]);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The model fitted on every row of every set. */
  public BoostedTrees fitAll(List<LabelledSet> sets) {
    return fit(sets, (s, row) -> true);
  }

  private interface RowFilter {
    boolean use(int set, int row);
  }

  private BoostedTrees fit(List<LabelledSet> sets, RowFilter filter) {
    int[] counts = new int[sets.size()];
    int total = 0;
    for (int s = 0; s < sets.size(); s++) {
      for (int row = 0; row < sets.get(s).labels().length; row++) {
        if (filter.use(s, row)) {
          counts[s]++;
        }
      }
      total += counts[s];
    }
    double[][] x = new double[total][];
    int[] y = new int[total];
    double[] w = new double[total];
    int k = 0;
    for (int s = 0; s < sets.size(); s++) {
      double weight = setWeights.getOrDefault(sets.get(s).name(), 1.0) * total / (sets.size() * (double) counts[s]);
      for (int row = 0; row < sets.get(s).labels().length; row++) {
        if (filter.use(s, row)) {
          x[k] = sets.get(s).features()[row];
          y[k] = sets.get(s).labels()[row];
          w[k] = weight;
          k++;
        }
      }
    }
    return trainer.fit(PairFeatures.NAMES, x, y, w, threshold);
  }

  /** Fold numbers for n rows: a shuffled deal, so each fold gets n/folds rows. */
  private int[] deal(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      fold[order[i]] = i % folds;
    }
    return fold;
  }
}
