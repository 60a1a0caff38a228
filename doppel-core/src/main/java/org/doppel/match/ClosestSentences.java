package org.doppel.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.Sentence;
import org.doppel.match.SentenceAligner.Scored;

/**
 * Each sentence of one text with its closest sentence of the other by the embedding model alone, from a floor on,
 * whatever their words: the second readings' alignment (a fact-backed rewrite, a simplification, a condensation), where
 * {@link SentenceAligner}'s one-to-one alignment by words and high cosines finds too little. Reads no settings; as
 * thread-safe as the model.
 */
public final class ClosestSentences {
  private ClosestSentences() {}

  /**
   * Many to one at a moderate cosine: each sentence of the shorter text (fewer words) with its closest
   * sentence of the other by the model, from {@code minCosine} on, whatever the words. A rewrite that rewords
   * every sentence and merges or condenses them keeps each sentence's meaning near one of its original's,
   * but often below the cosine that calls two sentences the same; this alignment is evidence only beside
   * facts the two texts share (see {@code ModelRewriteVerdicts.factBackedRewrite}). One encoding a sentence.
   */
  public static SentenceAlignment ofShorter(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB,
      SemanticSimilarity model, double minCosine) {
    return closest(a, sentencesA, b, sentencesB, model, minCosine, a.words().size() <= b.words().size());
  }

  /**
   * One to many, the other way round from {@link #ofShorter}: each sentence of the longer text with its closest
   * sentence of the shorter, from {@code minCosine} on. A condensation merges several of its original's sentences into
   * one, so that one sentence is the closest partner of each sentence it draws on, and the pairs show how much of the
   * original the condensation reaches even when it is a single sentence. One encoding a sentence.
   */
  public static SentenceAlignment ofLonger(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB,
      SemanticSimilarity model, double minCosine) {
    return closest(a, sentencesA, b, sentencesB, model, minCosine, a.words().size() > b.words().size());
  }

  /** Each sentence of A (when {@code fromA}) or of B with its closest of the other side's, from {@code minCosine} on. */
  private static SentenceAlignment closest(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB,
      SemanticSimilarity model, double minCosine, boolean fromA) {
    if (sentencesA.isEmpty() || sentencesB.isEmpty()) {
      return SentenceAlignment.NONE;
    }
    List<String> left = sentencesA.stream().map(s -> s.span(a.words()).of(a.text())).toList();
    List<String> right = sentencesB.stream().map(s -> s.span(b.words()).of(b.text())).toList();
    double[][] cosines = model.matrix(left, right);
    List<Scored> matched = new ArrayList<>();
    int rows = fromA ? sentencesA.size() : sentencesB.size();
    int columns = fromA ? sentencesB.size() : sentencesA.size();
    for (int i = 0; i < rows; i++) {
      int best = -1;
      double bestCosine = minCosine;
      for (int j = 0; j < columns; j++) {
        double cosine = fromA ? cosines[i][j] : cosines[j][i];
        if (cosine >= bestCosine) {
          best = j;
          bestCosine = cosine;
        }
      }
      if (best >= 0) {
        matched.add(fromA ? new Scored(i, best, Double.NaN, bestCosine) : new Scored(best, i, Double.NaN, bestCosine));
      }
    }
    matched.sort(Comparator.comparingInt((Scored p) -> p.a()).thenComparingInt(p -> p.b()));
    return SentenceAligner.summarise(matched, sentencesA, sentencesB, a.words().size(), b.words().size(), left.size() + right.size());
  }
}
