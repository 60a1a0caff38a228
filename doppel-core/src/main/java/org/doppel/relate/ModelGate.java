package org.doppel.relate;

import org.doppel.match.FactOverlap;
import org.doppel.match.SentenceAlignment;

/**
 * Whether the embedding model could change which pairs are reported, once words have aligned a pair's sentences
 * and left it undecided (the model costs about 3 ms of CPU a sentence; a 20,000-document scan spent more than half
 * its time in it). It is not asked when:
 * <ul>
 *   <li>words already make the pair a rewrite: the model would only add sentence links and change its score;
 *   <li>the pair is reported as a copy whatever its sentences say (a loose partial copy, an edited near-duplicate):
 *       the model would only change its label;
 *   <li>between two long texts, words give it a rewrite score below {@value #MODEL_LIFTS_FROM}: there the model
 *       judges only each sentence's best partner by words, which lifts the score by a bounded step;
 *   <li>between two long texts, words align {@value #MANY_SENTENCE_PAIRS} sentence pairs or more, under
 *       {@value #IN_ORDER} of them in order: sentences matched across two articles on one story, not a rewrite,
 *       which keeps its original's order.
 * </ul>
 * Short texts (few sentences or few words) are always asked: there the model compares every sentence pair and
 * finds rewrites that share no word. Thresholds read on the rewrites-dev fit part (docs/benchmarks.md, sixth pass):
 * there the pairs the model lifted to a rewrite scored 0.27 and more on words alone, and none aligned so many
 * sentences out of order.
 */
public final class ModelGate {
  /** Words-only rewrite score of two long texts below which the model is not asked (a logit of -1.5). */
  static final double MODEL_LIFTS_FROM = 0.18;
  static final int MANY_SENTENCE_PAIRS = 8;
  static final double IN_ORDER = 0.6;
  private final RelationClassifier classifier;

  public ModelGate(RelationClassifier classifier) {
    this.classifier = classifier;
  }

  /**
   * @param byWords the verdict on the words-only sentence alignment
   * @param copy the verdict the pair gets without a rewrite (a copy, or unrelated)
   * @param byWordsSentences the words-only sentence alignment
   * @param facts the facts the two texts share
   * @param shortTexts whether the model would compare every sentence pair (short texts or few sentences)
   */
  public boolean couldChangeReport(Verdict byWords, Verdict copy, SentenceAlignment byWordsSentences, FactOverlap facts,
      boolean shortTexts) {
    if (byWords.relation() == Relation.PARAPHRASE || copy.relation() != Relation.UNRELATED) {
      return false;
    }
    if (shortTexts) {
      return true;
    }
    boolean outOfOrder = byWordsSentences.pairs().size() >= MANY_SENTENCE_PAIRS && byWordsSentences.orderAgreement() < IN_ORDER;
    return !outOfOrder && classifier.rewriteScore(byWordsSentences, facts) >= MODEL_LIFTS_FROM;
  }
}
