package org.doppel.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.doppel.eval.BinaryScores;
import org.doppel.eval.BoostedTreesTrainer;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.InputProblem;
import org.doppel.eval.LabelledSetFile;
import org.doppel.eval.SentencePairFile;
import org.doppel.eval.SentencePairReport;
import org.doppel.eval.SentencePairTraining;
import org.doppel.match.sentence.BoostedTrees;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.SentencePair;
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;
import org.doppel.match.sentence.TrainingRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = {"Scores sentence pairs: the probability that the two sentences mean the same.",
        "  doppel pairs FILE.tsv               one line per row: score<TAB>label (1 same meaning, 0 not), then "
            + "accuracy, precision, recall and F1 when the file has labels",
        "  doppel pairs --text \"one\" \"two\"     scores one pair",
        "  doppel pairs --train MODEL.json DATA.tsv...   fits the model on labelled files and prints its "
            + "cross-validated scores",
        "Files are TSV: label<TAB>text1<TAB>text2 (header optional). Bad rows are reported on stderr with their "
            + "line number and skipped: their output line has an empty score and label (a lone tab), so output line N "
            + "is still the file's row N. Exit code 2 when a file cannot be used."})
final class PairsCommand implements Callable<Integer> {
  /** Rows scored per encoder call: output streams while memory stays flat. */
  private static final int CHUNK = 2_000;
  /** The training set of unrelated sentence pairs drawn from the files, a quarter of each file's rows. */
  private static final String MISMATCHED = "mismatched (unrelated pairs drawn from the files)";

  @Parameters(paramLabel = "INPUT", description = "A TSV file of pairs; with --text, the two sentences; with --train, the labelled training files.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--text", description = "Score the two sentences given as arguments.")
  boolean text;

  @Option(names = "--train", paramLabel = "MODEL.json", description = "Fit a model on the labelled INPUT files and write it here.")
  Path train;

  @Option(names = "--folds", converter = OptionValues.AtLeastTwo.class, description = "Cross-validation folds with --train (default: 5).")
  int folds = 5;

  @Option(names = "--seed", description = "Seed of the fold shuffle with --train (default: 42).")
  long seed = 42;

  @Option(names = "--threshold", description = "Score from which a pair is called the same (default: the model's, 0.5).")
  Double threshold;

  @Option(names = "--model", paramLabel = "MODEL.json", description = "Use this model instead of the one in the jar.")
  Path model;

  @Option(names = "--threads", converter = OptionValues.Threads.class, description = "Threads of the sentence encoder (default: all cores).")
  Integer threads;

  @Option(names = "--rounds", converter = OptionValues.AtLeastOne.class, description = "With --train: boosting rounds (default: ${DEFAULT-VALUE}).")
  int rounds = BoostedTreesTrainer.DEFAULTS.rounds();

  @Option(names = "--depth", converter = OptionValues.AtLeastOne.class, description = "With --train: levels per tree (default: ${DEFAULT-VALUE}).")
  int depth = BoostedTreesTrainer.DEFAULTS.depth();

  @Option(names = "--learning-rate", converter = OptionValues.Positive.class, description = "With --train: shrinkage of each tree (default: ${DEFAULT-VALUE}).")
  double learningRate = BoostedTreesTrainer.DEFAULTS.learningRate();

  @Option(names = "--set-weight", paramLabel = "NAME=W", description = "With --train: the set NAME (a file name without "
      + ".tsv) weighs W times as much as the others in the fit (each set weighs the same whatever its size otherwise).")
  Map<String, Double> setWeights = new LinkedHashMap<>();

  @Option(names = "--feature-cache", paramLabel = "FILE", description = "With --train: read the features of the files from "
      + "this file when it exists (written by an earlier run on the same files), else compute them and write them here, "
      + "so a rerun with other settings runs no sentence model.")
  Path featureCache;

  private final PrintWriter err = Terminal.stderr();
  private final PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

  @Override
  public Integer call() throws IOException {
    if (train != null) {
      return train();
    }
    return text ? scoreTwoSentences() : scoreFile();
  }

  /** {@code --text}: the two sentences given on the command line, scored as one pair. */
  private int scoreTwoSentences() {
    if (inputs.size() != 2) {
      err.println("doppel pairs: --text takes exactly two sentences, got " + inputs.size());
      return 2;
    }
    SentencePairScorer scorer = scorer();
    if (scorer == null) {
      return 2;
    }
    double score = scorer.score(inputs.get(0), inputs.get(1));
    out.println(line(score, scorer));
    return 0;
  }

  /** A TSV file of sentence pairs: a line per pair read, in the file's order, the skipped rows named where they stood. */
  private int scoreFile() throws IOException {
    if (inputs.size() != 1) {
      err.println("doppel pairs: give one TSV file, --text with two sentences, or --train MODEL.json with data files");
      return 2;
    }
    SentencePairFile file;
    try {
      file = SentencePairFile.read(Path.of(inputs.get(0)));
    } catch (EvalInputException e) {
      err.println("doppel pairs: " + e.getMessage());
      return 2;
    }
    report(file.problems());
    if (file.rows().isEmpty()) {
      // an empty file, or every row bad: like a scan that read no document, a run that scored nothing says so
      err.println("doppel pairs: " + file.file() + ": no sentence pair could be read" + (file.problems().isEmpty() ? "" : " (every row was skipped, above)"));
      return 2;
    }
    SentencePairScorer scorer = scorer();
    if (scorer == null) {
      return 2;
    }
    List<SentencePair> pairs = file.pairs();
    boolean[] predicted = new boolean[pairs.size()];
    SkippedRowLines skipped = new SkippedRowLines(file.problems(), out);
    for (int from = 0; from < pairs.size(); from += CHUNK) {
      List<SentencePair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
      double[] scores = scorer.scoreAll(chunk);
      for (int i = 0; i < scores.length; i++) {
        predicted[from + i] = scorer.isParaphrase(scores[i]);
        skipped.printBefore(file.rows().get(from + i).line());
        out.println(line(scores[i], scorer));
      }
    }
    skipped.printBefore(Integer.MAX_VALUE);
    if (file.labelled() && !pairs.isEmpty()) {
      out.println(SentencePairReport.summaryLine(BinaryScores.of(file.labels(), predicted), scorer.threshold()));
    }
    return 0;
  }

  private static String line(double score, SentencePairScorer scorer) {
    return String.format(Locale.ROOT, "%.4f\t%d", score, scorer.isParaphrase(score) ? 1 : 0);
  }

  /** The scorer, or null after an error message. */
  private SentencePairScorer scorer() {
    SentencePairScorer scorer;
    if (model == null) {
      scorer = SentencePairScorer.bundled(encoders());
    } else {
      try (var in = Files.newInputStream(model)) {
        scorer = new SentencePairScorer(encoders(), BoostedTrees.fromJson(in, PairFeatures.NAMES));
      } catch (IOException e) {
        err.println("doppel pairs: " + model + ": " + e.getMessage());
        return null;
      }
    }
    if (threshold != null) {
      if (!(threshold > 0 && threshold < 1)) {
        err.println("doppel pairs: --threshold must be in (0, 1), got " + threshold);
        return null;
      }
      scorer = scorer.withThreshold(threshold);
    }
    return scorer;
  }

  private int train() throws IOException {
    if (inputs.isEmpty()) {
      err.println("doppel pairs: --train needs labelled TSV files");
      return 2;
    }
    double cut = threshold == null ? 0.5 : threshold;
    List<SentencePairTraining.LabelledSet> sets = featureCache != null && Files.exists(featureCache) ? cachedSets() : computeSets();
    if (sets == null) {
      return 2;
    }
    BoostedTreesTrainer trainer = new BoostedTreesTrainer(rounds, depth, learningRate,
        BoostedTreesTrainer.DEFAULTS.l2(), BoostedTreesTrainer.DEFAULTS.minLeafWeight());
    SentencePairTraining training = new SentencePairTraining(trainer, folds, seed, cut, setWeights);
    String table = SentencePairReport.markdown(training.crossValidate(sets), cut, folds);
    BoostedTrees fitted = training.fitAll(sets).withTraining(record(sets));
    Files.createDirectories(train.toAbsolutePath().getParent());
    // as a report is written: whole or not at all, readable by others (a temporary file of its own was owner-only)
    ReportFiles.write(train, writer -> writer.write(fitted.toJson() + "\n"));
    out.print(table);
    out.flush();
    err.println("doppel pairs: wrote " + train + " (" + fitted.treeCount() + " trees)");
    return 0;
  }

  /**
   * How this model is made: the data files by name and checksum, the features' checksum, every parameter
   * (each set's weight included), the seed and the command, none of which depends on where the files lay,
   * so the same command on the same files writes the same bytes.
   */
  private TrainingRecord record(List<SentencePairTraining.LabelledSet> sets) throws IOException {
    List<TrainingRecord.DataFile> data = new ArrayList<>();
    for (String input : inputs) {
      data.add(new TrainingRecord.DataFile(Path.of(input).getFileName().toString(), sha256(Path.of(input))));
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("rounds", Integer.toString(rounds));
    parameters.put("depth", Integer.toString(depth));
    parameters.put("learning_rate", Double.toString(learningRate));
    parameters.put("l2", Double.toString(BoostedTreesTrainer.DEFAULTS.l2()));
    parameters.put("min_leaf_weight", Double.toString(BoostedTreesTrainer.DEFAULTS.minLeafWeight()));
    parameters.put("folds", Integer.toString(folds));
    parameters.put("threshold", Double.toString(threshold == null ? 0.5 : threshold));
    parameters.put("mismatched_pairs", "a quarter of each file's rows");
    for (SentencePairTraining.LabelledSet set : sets) {
      parameters.put("weight:" + set.name(), Double.toString(setWeights.getOrDefault(set.name(), 1.0)));
    }
    StringBuilder command = new StringBuilder("doppel pairs --train ").append(train.getFileName())
        .append(" --folds ").append(folds).append(" --seed ").append(seed).append(" --rounds ").append(rounds)
        .append(" --depth ").append(depth).append(" --learning-rate ").append(learningRate);
    if (threshold != null) {
      command.append(" --threshold ").append(threshold);
    }
    setWeights.forEach((name, weight) -> command.append(" --set-weight ").append(name).append('=').append(weight));
    data.forEach(file -> command.append(' ').append(file.name()));
    return new TrainingRecord(data, SentencePairTraining.featuresChecksum(sets), parameters, seed, command.toString());
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The features saved by an earlier run, or null after an error message. */
  private List<SentencePairTraining.LabelledSet> cachedSets() {
    List<SentencePairTraining.LabelledSet> sets;
    try {
      sets = LabelledSetFile.read(featureCache, PairFeatures.NAMES);
    } catch (IOException e) {
      err.println("doppel pairs: " + e.getMessage());
      return null;
    }
    List<String> names = sets.stream().map(SentencePairTraining.LabelledSet::name).toList();
    List<String> expected = new ArrayList<>(inputs.stream().map(PairsCommand::setName).toList());
    expected.add(MISMATCHED);
    if (!names.equals(expected)) {
      err.println("doppel pairs: " + featureCache + " holds the features of " + names + ", not of " + expected
          + "; delete it or give another --feature-cache");
      return null;
    }
    err.printf(Locale.ROOT, "doppel pairs: features of %d sets read from %s%n", sets.size(), featureCache);
    return sets;
  }

  /** The features of the input files and of mismatched pairs, or null after an error message. */
  private List<SentencePairTraining.LabelledSet> computeSets() throws IOException {
    SentencePairEncoders encoders = encoders();
    List<SentencePairTraining.LabelledSet> sets = new ArrayList<>();
    List<SentencePair> mismatched = new ArrayList<>();
    for (String input : inputs) {
      SentencePairFile file;
      try {
        file = SentencePairFile.read(Path.of(input));
      } catch (EvalInputException e) {
        err.println("doppel pairs: " + e.getMessage());
        return null;
      }
      report(file.problems());
      if (!file.labelled() || file.rows().isEmpty()) {
        err.println("doppel pairs: " + input + ": no labelled rows to train on");
        return null;
      }
      String name = setName(input);
      long start = System.nanoTime();
      sets.add(SentencePairTraining.featuresOf(name, file, encoders));
      mismatched.addAll(SentencePairTraining.mismatchedPairs(file.pairs(), Math.max(1, file.rows().size() / 4), seed));
      err.printf(Locale.ROOT, "doppel pairs: %s: %,d pairs encoded in %.0f s%n", name, file.rows().size(), (System.nanoTime() - start) / 1e9);
    }
    long start = System.nanoTime();
    sets.add(new SentencePairTraining.LabelledSet(MISMATCHED, SentencePairScorer.features(encoders, mismatched),
        new int[mismatched.size()]));
    err.printf(Locale.ROOT, "doppel pairs: %s: %,d pairs encoded in %.0f s%n", MISMATCHED, mismatched.size(), (System.nanoTime() - start) / 1e9);
    if (featureCache != null) {
      LabelledSetFile.write(featureCache, PairFeatures.NAMES, sets);
    }
    return sets;
  }

  private static String setName(String input) {
    return Path.of(input).getFileName().toString().replaceFirst("\\.tsv$", "");
  }

  private void report(List<InputProblem> problems) {
    for (InputProblem problem : problems) {
      err.println("doppel pairs: " + problem);
    }
  }

  /** The sentence models: the process's shared ones, or loaded anew on {@code --threads} threads. */
  private SentencePairEncoders encoders() {
    return threads == null ? SentencePairEncoders.shared() : SentencePairEncoders.load(threads);
  }
}
