package org.doppel.relate;

import java.io.Serializable;
import java.util.List;
import org.doppel.match.Passage;
import org.jspecify.annotations.Nullable;

/**
 * Two documents and how they relate: the answer Doppel gives for a pair.
 *
 * @param a id of the first document (the smaller id)
 * @param b id of the second document
 * @param verdict relation, score and reason
 * @param source id of the likely original, or null when it cannot be told
 * @param passages shared passages; {@link Passage#a()} spans point into document a
 * @param sentences for a paraphrase, its aligned sentence pairs in document a's order; empty for copies
 */
public record RelatedPair(String a, String b, Verdict verdict, @Nullable String source, List<Passage> passages, List<SentenceLink> sentences) implements Serializable {
  public RelatedPair {
    if (a.compareTo(b) > 0) {
      throw new IllegalArgumentException("pairs are ordered by id: " + a + " must not sort after " + b);
    }
    passages = List.copyOf(passages);
    sentences = List.copyOf(sentences);
  }

  /** A pair without sentence links: a copy, or a pair read back from a report. */
  public RelatedPair(String a, String b, Verdict verdict, @Nullable String source, List<Passage> passages) {
    this(a, b, verdict, source, passages, List.of());
  }

  public RelatedPair withSentences(List<SentenceLink> links) {
    return new RelatedPair(a, b, verdict, source, passages, links);
  }

  /** The same pair with {@code source} as its likely original (null for unknown). */
  public RelatedPair withSource(@Nullable String source) {
    if (source != null && !source.equals(a) && !source.equals(b)) {
      throw new IllegalArgumentException("the source of pair " + a + ", " + b + " must be one of them, got " + source);
    }
    return new RelatedPair(a, b, verdict, source, passages, sentences);
  }

  public Relation relation() {
    return verdict.relation();
  }

  public double score() {
    return verdict.score();
  }
}
