package org.doppel.match;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.Sentence;

/**
 * A simplification read by runs of its short sentences: an easy-language or graded-reader text splits each of its
 * original's long sentences into two to four short ones (and adds a line explaining a word), so no short sentence alone
 * says what the long one says, and each stays under the cosine that pairs two sentences; a run of as many consecutive
 * short sentences as make up one long one does say it. Each run (sliding, one sentence apart) is paired with its closest
 * sentence of the other text from a floor (many to one), and the pairs count the split text's words in sentences of a
 * paired run and the other's in sentences some run reached.
 *
 * <p>The side that split its sentences is the one with the shorter sentences, not the shorter text: easy language
 * explains its hard words and often ends up longer than its original.
 */
public final class SentenceRuns {
  /**
   * The fewest and most short sentences a run takes: one long sentence split in two up to six (easy language turns a
   * 40-word sentence into six lines of six words; runs of at most four reached too little of such an original).
   */
  static final int SHORTEST_RUN = 2;
  static final int LONGEST_RUN = 6;

  private SentenceRuns() {}

  /** How two sentence lists' cosines are read: runs of the split side (rows) against the other side's sentences (columns). */
  @FunctionalInterface
  public interface Cosines {
    double[][] of(Document split, List<Sentence> runs, Document other, List<Sentence> sentences);
  }

  /** Runs of the split side scored by the embedding model (English). */
  public static Cosines byModel(SemanticSimilarity model) {
    return (split, runs, other, sentences) -> model.matrix(texts(split, runs), texts(other, sentences));
  }

  /** Runs of the split side scored by their character 4-grams ({@link SubwordGrams}; German, with or without a model). */
  public static Cosines bySubwords() {
    return (split, runs, other, sentences) -> {
      List<SubwordGrams> columns = sentences.stream().map(s -> SubwordGrams.of(other, s.first(), s.end())).toList();
      double[][] cosines = new double[runs.size()][columns.size()];
      for (int i = 0; i < runs.size(); i++) {
        SubwordGrams run = SubwordGrams.of(split, runs.get(i).first(), runs.get(i).end());
        for (int j = 0; j < columns.size(); j++) {
          cosines[i][j] = run.cosine(columns.get(j));
        }
      }
      return cosines;
    };
  }

  /** How many short sentences make up one long one: the two sides' mean sentence lengths' ratio, rounded, from 2 to 6. */
  public static int runLength(double shortMean, double longMean) {
    long sentences = Math.round(longMean / shortMean);
    return (int) Math.max(SHORTEST_RUN, Math.min(LONGEST_RUN, sentences));
  }

  /**
   * The runs of {@code splitSide}'s sentences paired with their closest of the other side's from {@code minCosine}, as an
   * alignment of A and B in A's order (a run is one {@link Sentence} spanning its sentences).
   *
   * @param splitIsA whether A is the side with the short sentences
   */
  public static SentenceAlignment align(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB, boolean splitIsA,
      int runLength, Cosines cosines, double minCosine) {
    Document split = splitIsA ? a : b;
    Document other = splitIsA ? b : a;
    List<Sentence> splitSentences = splitIsA ? sentencesA : sentencesB;
    List<Sentence> otherSentences = splitIsA ? sentencesB : sentencesA;
    if (splitSentences.isEmpty() || otherSentences.isEmpty()) {
      return SentenceAlignment.NONE;
    }
    int length = Math.min(runLength, splitSentences.size());
    List<Sentence> runs = new ArrayList<>();
    for (int i = 0; i + length <= splitSentences.size(); i++) {
      runs.add(new Sentence(splitSentences.get(i).first(), splitSentences.get(i + length - 1).end()));
    }
    double[][] matrix = cosines.of(split, runs, other, otherSentences);
    boolean[] splitReached = new boolean[splitSentences.size()];
    boolean[] otherReached = new boolean[otherSentences.size()];
    List<SentenceMatch> pairs = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      int best = closest(matrix[i], minCosine);
      if (best < 0) {
        continue;
      }
      otherReached[best] = true;
      for (int s = i; s < i + length; s++) {
        splitReached[s] = true;
      }
      Sentence run = runs.get(i);
      Sentence partner = otherSentences.get(best);
      pairs.add(splitIsA ? new SentenceMatch(run, partner, Double.NaN, matrix[i][best]) : new SentenceMatch(partner, run, Double.NaN, matrix[i][best]));
    }
    pairs.sort((x, y) -> x.a().first() != y.a().first() ? Integer.compare(x.a().first(), y.a().first()) : Integer.compare(x.b().first(), y.b().first()));
    int splitWords = wordsIn(splitSentences, splitReached);
    int otherWords = wordsIn(otherSentences, otherReached);
    return splitIsA
        ? new SentenceAlignment(pairs, a.words().size(), b.words().size(), splitWords, otherWords, runs.size() * otherSentences.size())
        : new SentenceAlignment(pairs, a.words().size(), b.words().size(), otherWords, splitWords, runs.size() * otherSentences.size());
  }

  /** How many distinct sentences of the side that did not split ({@code splitIsA} false: A) the pairs reach. */
  public static int reachedSentences(SentenceAlignment runs, boolean splitIsA) {
    return (int) runs.pairs().stream().map(p -> splitIsA ? p.b() : p.a()).distinct().count();
  }

  private static int closest(double[] row, double minCosine) {
    int best = -1;
    double bestCosine = minCosine;
    for (int j = 0; j < row.length; j++) {
      if (row[j] >= bestCosine) {
        best = j;
        bestCosine = row[j];
      }
    }
    return best;
  }

  private static int wordsIn(List<Sentence> sentences, boolean[] reached) {
    int words = 0;
    for (int i = 0; i < sentences.size(); i++) {
      words += reached[i] ? sentences.get(i).size() : 0;
    }
    return words;
  }

  private static List<String> texts(Document document, List<Sentence> sentences) {
    return sentences.stream().map(s -> s.span(document.words()).of(document.text())).toList();
  }
}
