package org.doppel.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.doppel.eval.BinaryScores;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.InputProblem;
import org.doppel.eval.SentencePairFile;
import org.doppel.eval.SentencePairReport;
import org.doppel.eval.SentencePairTraining;
import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.MiniLmSentenceEncoder;
import org.doppel.fingerprint.SentenceEncoder;
import org.doppel.match.sentence.BoostedTrees;
import org.doppel.match.sentence.BoostedTreesTrainer;
import org.doppel.match.sentence.PairFeatures;
import org.doppel.match.sentence.SentencePair;
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
            + "line number and skipped. Exit code 2 when a file cannot be used."})
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

  @Option(names = "--folds", description = "Cross-validation folds with --train (default: 5).")
  int folds = 5;

  @Option(names = "--seed", description = "Seed of the fold shuffle with --train (default: 42).")
  long seed = 42;

  @Option(names = "--threshold", description = "Score from which a pair is called the same (default: the model's, 0.5).")
  Double threshold;

  @Option(names = "--model", paramLabel = "MODEL.json", description = "Use this model instead of the one in the jar.")
  Path model;

  @Option(names = "--threads", description = "Threads of the sentence encoder (default: all cores).")
  Integer threads;

  @Option(names = "--rounds", description = "With --train: boosting rounds (default: ${DEFAULT-VALUE}).")
  int rounds = BoostedTreesTrainer.DEFAULTS.rounds();

  @Option(names = "--depth", description = "With --train: levels per tree (default: ${DEFAULT-VALUE}).")
  int depth = BoostedTreesTrainer.DEFAULTS.depth();

  @Option(names = "--learning-rate", description = "With --train: shrinkage of each tree (default: ${DEFAULT-VALUE}).")
  double learningRate = BoostedTreesTrainer.DEFAULTS.learningRate();

  @Option(names = "--vector-cache", paramLabel = "FILE", description = "With --train: read sentence vectors from this file "
      + "when it exists and write them back afterwards, so a rerun encodes nothing again.")
  Path vectorCache;

  private final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  private final PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

  @Override
  public Integer call() throws IOException {
    if (train != null) {
      return train();
    }
    if (text) {
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
    SentencePairScorer scorer = scorer();
    if (scorer == null) {
      return 2;
    }
    List<SentencePair> pairs = file.pairs();
    boolean[] predicted = new boolean[pairs.size()];
    for (int from = 0; from < pairs.size(); from += CHUNK) {
      List<SentencePair> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
      double[] scores = scorer.scoreAll(chunk);
      for (int i = 0; i < scores.length; i++) {
        predicted[from + i] = scorer.isParaphrase(scores[i]);
        out.println(line(scores[i], scorer));
      }
    }
    if (file.labelled() && !pairs.isEmpty()) {
      out.println(SentencePairReport.summaryLine(BinaryScores.of(file.labels(), predicted), scorer.threshold()));
    }
    return 0;
  }

  private static String line(double score, SentencePairScorer scorer) {
    return String.format(Locale.ROOT, "%.4f\t%d", score, scorer.isParaphrase(score) ? 1 : 0);
  }

  private CachingSentenceEncoder encoder(int capacity) {
    SentenceEncoder model = threads == null ? MiniLmSentenceEncoder.shared() : MiniLmSentenceEncoder.load(threads);
    return new CachingSentenceEncoder(model, capacity);
  }

  /** The scorer, or null after an error message. */
  private SentencePairScorer scorer() {
    SentencePairScorer scorer;
    if (model == null) {
      scorer = SentencePairScorer.bundled(encoder(100_000));
    } else {
      try (var in = Files.newInputStream(model)) {
        scorer = new SentencePairScorer(encoder(100_000), BoostedTrees.fromJson(in, PairFeatures.NAMES));
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
    CachingSentenceEncoder encoder = encoder(1_000_000);
    if (vectorCache != null && Files.exists(vectorCache)) {
      int read = encoder.readFrom(vectorCache);
      err.printf(Locale.ROOT, "doppel pairs: %,d vectors read from %s%n", read, vectorCache);
    }
    List<SentencePairTraining.LabelledSet> sets = new ArrayList<>();
    List<SentencePair> mismatched = new ArrayList<>();
    for (String input : inputs) {
      SentencePairFile file;
      try {
        file = SentencePairFile.read(Path.of(input));
      } catch (EvalInputException e) {
        err.println("doppel pairs: " + e.getMessage());
        return 2;
      }
      report(file.problems());
      if (!file.labelled() || file.rows().isEmpty()) {
        err.println("doppel pairs: " + input + ": no labelled rows to train on");
        return 2;
      }
      String name = Path.of(input).getFileName().toString().replaceFirst("\\.tsv$", "");
      long start = System.nanoTime();
      sets.add(SentencePairTraining.featuresOf(name, file, encoder));
      mismatched.addAll(SentencePairTraining.mismatchedPairs(file.pairs(), Math.max(1, file.rows().size() / 4), seed));
      err.printf(Locale.ROOT, "doppel pairs: %s: %,d pairs encoded in %.0f s%n", name, file.rows().size(), (System.nanoTime() - start) / 1e9);
    }
    long start = System.nanoTime();
    sets.add(new SentencePairTraining.LabelledSet(MISMATCHED, SentencePairScorer.features(encoder, mismatched),
        new int[mismatched.size()]));
    err.printf(Locale.ROOT, "doppel pairs: %s: %,d pairs encoded in %.0f s%n", MISMATCHED, mismatched.size(), (System.nanoTime() - start) / 1e9);
    if (vectorCache != null) {
      encoder.writeTo(vectorCache);
    }
    BoostedTreesTrainer trainer = new BoostedTreesTrainer(rounds, depth, learningRate,
        BoostedTreesTrainer.DEFAULTS.l2(), BoostedTreesTrainer.DEFAULTS.minLeafWeight());
    SentencePairTraining training = new SentencePairTraining(trainer, folds, seed, cut);
    String table = SentencePairReport.markdown(training.crossValidate(sets), cut, folds);
    BoostedTrees fitted = training.fitAll(sets);
    Path target = train.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".doppel-", ".tmp");
    try {
      Files.writeString(temp, fitted.toJson() + "\n", StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    out.print(table);
    out.flush();
    err.println("doppel pairs: wrote " + train + " (" + fitted.treeCount() + " trees)");
    return 0;
  }

  private void report(List<InputProblem> problems) {
    for (InputProblem problem : problems) {
      err.println("doppel pairs: " + problem);
    }
  }
}
