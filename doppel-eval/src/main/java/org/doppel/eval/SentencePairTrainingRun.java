package org.doppel.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.doppel.match.sentence.TrainingRecord;

/**
 * One training of the sentence-pair model ({@code doppel pairs --train}): the labelled files and every setting, the
 * {@link SentencePairTraining} they make, and the {@link TrainingRecord} the model file carries, which says how to make
 * the same model again.
 *
 * @param inputs the labelled TSV files, in the order given
 * @param modelName the model file's name (not its folder), as the record's command names it
 * @param threshold the probability from which a pair is called the same, when given; 0.5 otherwise
 * @param setWeights how much more a set (a file name without {@code .tsv}) weighs in the fit, in the order given
 */
public record SentencePairTrainingRun(List<Path> inputs, String modelName, int rounds, int depth, double learningRate,
    int folds, long seed, OptionalDouble threshold, Map<String, Double> setWeights) {
  /** The threshold when none is given: a pair is called the same from an even chance. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  public SentencePairTrainingRun {
    inputs = List.copyOf(inputs);
    // in the order given, which the record's command repeats
    setWeights = Collections.unmodifiableMap(new LinkedHashMap<>(setWeights));
  }

  /** The threshold the cross-validation scores at and the record keeps. */
  public double cut() {
    return threshold.orElse(DEFAULT_THRESHOLD);
  }

  /** The cross-validation and fit these settings make ({@link BoostedTreesTrainer#DEFAULTS}' L2 and leaf weight). */
  public SentencePairTraining training() {
    BoostedTreesTrainer trainer = new BoostedTreesTrainer(rounds, depth, learningRate,
        BoostedTreesTrainer.DEFAULTS.l2(), BoostedTreesTrainer.DEFAULTS.minLeafWeight());
    return new SentencePairTraining(trainer, folds, seed, cut(), setWeights);
  }

  /**
   * How the model fitted on {@code sets} is made: the data files by name and checksum, the features' checksum, every
   * parameter (each set's weight included), the seed and the command, none of which depends on where the files lay,
   * so the same command on the same files writes the same bytes.
   */
  public TrainingRecord record(List<SentencePairTraining.LabelledSet> sets) throws IOException {
    List<TrainingRecord.DataFile> data = new ArrayList<>();
    for (Path input : inputs) {
      data.add(new TrainingRecord.DataFile(input.getFileName().toString(), sha256(input)));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("rounds", Integer.toString(rounds));
    parameters.put("depth", Integer.toString(depth));
    parameters.put("learning_rate", Double.toString(learningRate));
    parameters.put("l2", Double.toString(BoostedTreesTrainer.DEFAULTS.l2()));
    parameters.put("min_leaf_weight", Double.toString(BoostedTreesTrainer.DEFAULTS.minLeafWeight()));
    parameters.put("folds", Integer.toString(folds));
    parameters.put("threshold", Double.toString(cut()));
    parameters.put("mismatched_pairs", "a quarter of each file's rows");
    for (SentencePairTraining.LabelledSet set : sets) {
      parameters.put("weight:" + set.name(), Double.toString(setWeights.getOrDefault(set.name(), 1.0)));
    }
    return new TrainingRecord(data, SentencePairTraining.featuresChecksum(sets), parameters, seed, command(data));
  }

  /** The command that trains this model again, on files of these names in the working folder. */
  private String command(List<TrainingRecord.DataFile> data) {
    StringBuilder command = new StringBuilder("doppel pairs --train ").append(modelName)
        .append(" --folds ").append(folds).append(" --seed ").append(seed).append(" --rounds ").append(rounds)
        .append(" --depth ").append(depth).append(" --learning-rate ").append(learningRate);
    if (threshold.isPresent()) {
      command.append(" --threshold ").append(threshold.getAsDouble());
    }
    setWeights.forEach((name, weight) -> command.append(" --set-weight ").append(name).append('=').append(weight));
    data.forEach(file -> command.append(' ').append(file.name()));
    return command.toString();
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
