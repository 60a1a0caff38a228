package org.doppel.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.Sentence;

/**
 * Aligns the sentences of a possible rewrite with the trained sentence-pair judge, many to one. Each
 * sentence of the shorter document (the rewrite, when one is condensed) whose closest sentence of the
 * longer one by embedding cosine reaches {@value #CLOSE_COSINE} is shown to the judge with that sentence,
 * and with it and the second closest joined in document order when that one is close too: a model that
 * condenses merges two sentences into one, and a summary covers only part of the original, so a sentence
 * of the longer side may stay unmatched and one may serve two. A sentence aligns with whichever the judge
 * finds more likely the same, from a probability of {@value #SAME} on.
 *
 * <p>The embedding shortlist is cheap (one encoding per sentence, cached); the judge runs three
 * transformers on every pair, so it sees at most two pairs per sentence of the shorter side, and none
 * when the sentences with a close partner cannot cover the share of the shorter side a rewrite needs
 * ({@code minCoverage}): the judge could not make such a pair a rewrite, so asking it would only cost.
 */
public final class JudgedAlignment {
  /**
   * Cosine from which a sentence's closest partner is shown to the judge. On the rewrites-dev fit part
   * the judge called no pair below it the same (sentence pairs of rejected rewrites and same-topic
   * candidates).
   */
  static final double CLOSE_COSINE = 0.5;
  /**
   * The judge's probability from which two sentences align here: stricter than the 0.5 at which {@code doppel
   * pairs} calls a sentence pair the same, because a document pair is judged on many sentence pairs and
   * same-topic articles offer many near misses. On the rewrites-dev fit part, among candidate pairs the
   * rules left unrelated, coverage counted from 0.7 accepted 16 of 116 rewrites and none of 70 same-topic
   * pairs; counted from 0.5 (at a coverage of 0.6 or 0.7) it accepted 19–20 rewrites and 1–2 of them.
   */
  static final double SAME = 0.7;
  /**
   * The most sentences the shorter side may have to be judged: the judge's cost grows with them (three
   * transformers, two pairs a sentence), and on the rewrites-dev fit part 18 of the 20 rewrites it accepted
   * had at most 12, most of them snippets and condensed paraphrases.
   */
  static final int MAX_SENTENCES = 12;

  private final SemanticSimilarity embeddings;
  private final SentenceJudge judge;
  private final double minCoverage;

  /**
   * @param minCoverage the share of the shorter side's words that aligned sentences must cover for the pair
   *     to be a rewrite; pairs whose close sentences cover less are not judged
   */
  public JudgedAlignment(SemanticSimilarity embeddings, SentenceJudge judge, double minCoverage) {
    this.embeddings = embeddings;
    this.judge = judge;
    this.minCoverage = minCoverage;
  }

  /** The aligned sentences, or {@link SentenceAlignment#NONE} when the shortlist gives a rewrite no chance. */
  public SentenceAlignment align(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB) {
    if (sentencesA.isEmpty() || sentencesB.isEmpty()) {
      return SentenceAlignment.NONE;
    }
    boolean aShorter = a.words().size() <= b.words().size();
    if ((aShorter ? sentencesA : sentencesB).size() > MAX_SENTENCES) {
      return SentenceAlignment.NONE;
    }
    Side shorter = aShorter ? new Side(a, sentencesA) : new Side(b, sentencesB);
    Side longer = aShorter ? new Side(b, sentencesB) : new Side(a, sentencesA);
    double[][] cosines = embeddings.matrix(shorter.texts(), longer.texts());
    int[][] partners = new int[cosines.length][];
    for (int i = 0; i < cosines.length; i++) {
      partners[i] = closest(cosines[i]);
    }
    if (!closeEnough(shorter, partners)) {
      return SentenceAlignment.NONE;
    }
    Questions questions = Questions.of(shorter, longer, partners);
    BestAnswers best = questions.best(judge.probabilities(questions.left(), questions.right()), partners.length);
    List<SentenceMatch> matches = new ArrayList<>();
    boolean[] usedShorter = new boolean[partners.length];
    boolean[] usedLonger = new boolean[longer.sentences().size()];
    for (int i = 0; i < partners.length; i++) {
      int[] answer = best.asked()[i];
      if (answer == null || best.probability()[i] < SAME) {
        continue;
      }
      usedShorter[i] = true;
      for (int k = 1; k <= 2; k++) {
        int j = answer[k];
        if (j >= 0) {
          usedLonger[j] = true;
          Sentence s = shorter.sentences().get(i);
          Sentence l = longer.sentences().get(j);
          double p = best.probability()[i];
          matches.add(aShorter ? new SentenceMatch(s, l, Double.NaN, p) : new SentenceMatch(l, s, Double.NaN, p));
        }
      }
    }
    matches.sort(Comparator.comparingInt((SentenceMatch m) -> m.a().first()).thenComparingInt(m -> m.b().first()));
    int alignedShorter = words(shorter.sentences(), usedShorter);
    int alignedLonger = words(longer.sentences(), usedLonger);
    return new SentenceAlignment(matches, a.words().size(), b.words().size(),
        aShorter ? alignedShorter : alignedLonger, aShorter ? alignedLonger : alignedShorter, questions.left().size());
  }

  /** Whether the sentences with a close partner cover enough of the shorter text for the judge to be asked. */
  private boolean closeEnough(Side shorter, int[][] partners) {
    int closeWords = 0;
    int totalWords = 0;
    for (int i = 0; i < partners.length; i++) {
      totalWords += shorter.sentences().get(i).size();
      if (partners[i].length > 0) {
        closeWords += shorter.sentences().get(i).size();
      }
    }
    return totalWords > 0 && closeWords >= minCoverage * totalWords;
  }

  /**
   * What the judge is asked: each shorter-side sentence with a close partner against that partner and, when it
   * has two, against the two joined in text order (a condensing model merges two sentences into one).
   *
   * @param asked per question: the shorter side's sentence, the longer side's first and second (-1: none)
   */
  private record Questions(List<String> left, List<String> right, List<int[]> asked) {
    static Questions of(Side shorter, Side longer, int[][] partners) {
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      List<int[]> asked = new ArrayList<>();
      for (int i = 0; i < partners.length; i++) {
        int[] p = partners[i];
        if (p.length == 0) {
          continue;
        }
        left.add(shorter.texts().get(i));
        right.add(longer.texts().get(p[0]));
        asked.add(new int[] {i, p[0], -1});
        if (p.length == 2) {
          int first = Math.min(p[0], p[1]);
          int second = Math.max(p[0], p[1]);
          left.add(shorter.texts().get(i));
          right.add(longer.texts().get(first) + " " + longer.texts().get(second));
          asked.add(new int[] {i, first, second});
        }
      }
      return new Questions(left, right, asked);
    }

    /** For each of the shorter side's {@code sentences}, the question the judge found likeliest the same, and how likely. */
    BestAnswers best(double[] probabilities, int sentences) {
      int[][] bestAsked = new int[sentences][];
      double[] best = new double[sentences];
      for (int k = 0; k < probabilities.length; k++) {
        int i = asked.get(k)[0];
        if (probabilities[k] > best[i]) {
          best[i] = probabilities[k];
          bestAsked[i] = asked.get(k);
        }
      }
      return new BestAnswers(bestAsked, best);
    }
  }

  /**
   * @param asked per shorter-side sentence, its likeliest question as {@link Questions#asked} holds it (null: none asked
   *     or none above 0)
   * @param probability per shorter-side sentence, that question's probability
   */
  private record BestAnswers(int[][] asked, double[] probability) {}

  /** The closest sentence and the second closest, best first, those of them from {@value #CLOSE_COSINE} on. */
  private static int[] closest(double[] row) {
    int first = -1;
    int second = -1;
    for (int j = 0; j < row.length; j++) {
      if (first < 0 || row[j] > row[first]) {
        second = first;
        first = j;
      } else if (second < 0 || row[j] > row[second]) {
        second = j;
      }
    }
    if (first < 0 || row[first] < CLOSE_COSINE) {
      return new int[0];
    }
    return second < 0 || row[second] < CLOSE_COSINE ? new int[] {first} : new int[] {first, second};
  }

  private static int words(List<Sentence> sentences, boolean[] used) {
    int sum = 0;
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        sum += sentences.get(i).size();
      }
    }
    return sum;
  }

  private record Side(Document document, List<Sentence> sentences, List<String> texts) {
    Side(Document document, List<Sentence> sentences) {
      this(document, sentences, sentences.stream().map(s -> s.span(document.words()).of(document.text())).toList());
    }
  }
}
