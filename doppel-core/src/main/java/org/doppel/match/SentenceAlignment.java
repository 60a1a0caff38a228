package org.doppel.match;

import java.util.List;
import org.doppel.document.Sentence;

/**
 * The sentences two documents share in reworded form.
 *
 * @param pairs aligned sentence pairs, in the first document's order; a sentence may appear in two
 *     pairs when the other document merged or split it
 * @param wordsA content words of the first document
 * @param wordsB content words of the second document
 * @param alignedWordsA words of the first document in aligned sentences
 * @param alignedWordsB words of the second document in aligned sentences
 * @param modelCalls sentence pairs the embedding model was asked about
 */
public record SentenceAlignment(List<SentenceMatch> pairs, int wordsA, int wordsB, int alignedWordsA, int alignedWordsB, int modelCalls) {
  public static final SentenceAlignment NONE = new SentenceAlignment(List.of(), 0, 0, 0, 0, 0);

  public SentenceAlignment {
    pairs = List.copyOf(pairs);
  }

  /**
   * Two whole texts as one aligned pair, {@code similarity} the judge's probability that they are the same: a
   * short text judged whole ({@link TextJudge}) is reported with both texts as its passage, since the judge
   * read them whole and named no sentence.
   */
  public static SentenceAlignment wholeTexts(int wordsA, int wordsB, double similarity) {
    return new SentenceAlignment(List.of(new SentenceMatch(new Sentence(0, wordsA), new Sentence(0, wordsB), 0, similarity)),
        wordsA, wordsB, wordsA, wordsB, 1);
  }

  public double coverageA() {
    return wordsA == 0 ? 0 : (double) alignedWordsA / wordsA;
  }

  public double coverageB() {
    return wordsB == 0 ? 0 : (double) alignedWordsB / wordsB;
  }

  /** Mean similarity of the aligned pairs, 0 when there are none. */
  public double meanSimilarity() {
    return pairs.stream().mapToDouble(SentenceMatch::similarity).average().orElse(0);
  }

  /**
   * Share of consecutive aligned pairs (in the first document's order) whose sentences also follow
   * each other in the second document: near 1 for a rewrite that keeps the article's order, near 0.5
   * for sentences matched by accident across a same-topic article.
   */
  public double orderAgreement() {
    if (pairs.size() < 2) {
      return pairs.isEmpty() ? 0 : 1;
    }
    int kept = 0;
    for (int i = 1; i < pairs.size(); i++) {
      if (pairs.get(i).b().first() >= pairs.get(i - 1).b().first()) {
        kept++;
      }
    }
    return (double) kept / (pairs.size() - 1);
  }

  public boolean isEmpty() {
    return pairs.isEmpty();
  }
}
