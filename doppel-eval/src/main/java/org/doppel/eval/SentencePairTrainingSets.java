package org.doppel.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.SentencePair;
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;

/**
 * The labelled sets the sentence-pair model is fitted on: one a labelled TSV file (named by the file without
 * {@code .tsv}), and a last one of unrelated pairs drawn from the files, a quarter of each file's rows, labelled 0
 * ({@link #MISMATCHED}). Computed with the sentence models, or read back from the feature cache an earlier run wrote
 * ({@link LabelledSetFile}), so a rerun with other settings runs no sentence model.
 */
public final class SentencePairTrainingSets {
  /** The name of the set of unrelated pairs drawn from the files. */
  public static final String MISMATCHED = "mismatched (unrelated pairs drawn from the files)";

  private SentencePairTrainingSets() {}

  /** The set a labelled file makes is named by its file name without {@code .tsv}. */
  public static String setName(Path input) {
    return input.getFileName().toString().replaceFirst("\\.tsv$", "");
  }

  /**
   * The features of every file's pairs and of the unrelated pairs drawn from them (with {@code seed}).
   *
   * @param notes takes each skipped row of a file and each set's encoding time, as lines for the user
   * @throws EvalInputException when a file cannot be read or has no labelled row
   */
  public static List<SentencePairTraining.LabelledSet> compute(List<Path> inputs, SentencePairEncoders encoders, long seed,
      Consumer<String> notes) throws EvalInputException {
    List<SentencePairTraining.LabelledSet> sets = new ArrayList<>();
    List<SentencePair> mismatched = new ArrayList<>();
    for (Path input : inputs) {
      SentencePairFile file = SentencePairFile.read(input);
      file.problems().forEach(problem -> notes.accept(problem.toString()));
      if (!file.labelled() || file.rows().isEmpty()) {
        throw new EvalInputException(input + ": no labelled rows to train on");
      }
      String name = setName(input);
      long start = System.nanoTime();
      sets.add(SentencePairTraining.featuresOf(name, file, encoders));
      mismatched.addAll(SentencePairTraining.mismatchedPairs(file.pairs(), Math.max(1, file.rows().size() / 4), seed));
      notes.accept(encoded(name, file.rows().size(), start));
    }
    long start = System.nanoTime();
    sets.add(new SentencePairTraining.LabelledSet(MISMATCHED, SentencePairScorer.features(encoders, mismatched),
        new int[mismatched.size()]));
    notes.accept(encoded(MISMATCHED, mismatched.size(), start));
    return sets;
  }

  private static String encoded(String name, int pairs, long start) {
    return String.format(Locale.ROOT, "%s: %,d pairs encoded in %.0f s", name, pairs, (System.nanoTime() - start) / 1e9);
  }

  /**
   * The sets an earlier run wrote to {@code cache} for the same files.
   *
   * @throws EvalInputException when the cache holds the sets of other files (its message says whose)
   * @throws IOException when the cache cannot be read
   */
  public static List<SentencePairTraining.LabelledSet> readCached(Path cache, List<Path> inputs) throws IOException, EvalInputException {
    List<SentencePairTraining.LabelledSet> sets = LabelledSetFile.read(cache, PairFeatures.NAMES);
    List<String> names = sets.stream().map(SentencePairTraining.LabelledSet::name).toList();
    List<String> expected = new ArrayList<>(inputs.stream().map(SentencePairTrainingSets::setName).toList());
    expected.add(MISMATCHED);
    if (!names.equals(expected)) {
      throw new EvalInputException(cache + " holds the features of " + names + ", not of " + expected);
    }
    return sets;
  }
}
