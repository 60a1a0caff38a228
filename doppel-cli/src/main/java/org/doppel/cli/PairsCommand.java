package org.doppel.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.doppel.eval.BinaryScores;
import org.doppel.eval.BoostedTreesTrainer;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.InputProblem;
import org.doppel.eval.LabelledSetFile;
import org.doppel.eval.SentencePairFile;
import org.doppel.eval.SentencePairReport;
import org.doppel.eval.SentencePairTraining;
import org.doppel.eval.SentencePairTrainingRun;
import org.doppel.eval.SentencePairTrainingSets;
import org.doppel.match.sentence.BoostedTrees;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.SentencePair;
import org.doppel.match.sentence.SentencePairEncoders;
import org.doppel.match.sentence.SentencePairScorer;
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
    SentencePairTrainingRun run = new SentencePairTrainingRun(inputs.stream().map(Path::of).toList(), train.getFileName().toString(),
        rounds, depth, learningRate, folds, seed, threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold), setWeights);
    List<SentencePairTraining.LabelledSet> sets;
    try {
      sets = featureCache != null && Files.exists(featureCache) ? cachedSets(run) : computedSets(run);
    } catch (EvalInputException e) {
      err.println("doppel pairs: " + e.getMessage());
      return 2;
    }
    SentencePairTraining training = run.training();
    String table = SentencePairReport.markdown(training.crossValidate(sets), run.cut(), folds);
    BoostedTrees fitted = training.fitAll(sets).withTraining(run.record(sets));
    Files.createDirectories(train.toAbsolutePath().getParent());
    // as a report is written: whole or not at all, readable by others (a temporary file of its own was owner-only)
    ReportFiles.write(train, writer -> writer.write(fitted.toJson() + "\n"));
    out.print(table);
    out.flush();
    err.println("doppel pairs: wrote " + train + " (" + fitted.treeCount() + " trees)");
    return 0;
  }

  /** The features saved by an earlier run on the same files. */
  private List<SentencePairTraining.LabelledSet> cachedSets(SentencePairTrainingRun run) throws EvalInputException {
    List<SentencePairTraining.LabelledSet> sets;
    try {
      sets = SentencePairTrainingSets.readCached(featureCache, run.inputs());
    } catch (IOException e) {
      throw new EvalInputException(e.getMessage(), e);
    } catch (EvalInputException e) {
      throw new EvalInputException(e.getMessage() + "; delete it or give another --feature-cache", e);
    }
    err.printf(Locale.ROOT, "doppel pairs: features of %d sets read from %s%n", sets.size(), featureCache);
    return sets;
  }

  /** The features of the input files and of mismatched pairs, written to {@code --feature-cache} when it is given. */
  private List<SentencePairTraining.LabelledSet> computedSets(SentencePairTrainingRun run) throws EvalInputException, IOException {
    List<SentencePairTraining.LabelledSet> sets = SentencePairTrainingSets.compute(run.inputs(), encoders(), seed,
        note -> err.println("doppel pairs: " + note));
    if (featureCache != null) {
      LabelledSetFile.write(featureCache, PairFeatures.NAMES, sets);
    }
    return sets;
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
