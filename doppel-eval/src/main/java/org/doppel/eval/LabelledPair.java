package org.doppel.eval;

import java.util.List;
import org.doppel.relate.Relation;

/**
 * One line of a truth or prediction file: two documents, how they relate, and the passages they share.
 * Always canonical: {@code key.a() < key.b()}, and each passage's {@code a} side lies in {@code key.a()}.
 *
 * @param key the two documents
 * @param relation the labelled relation ({@link Relation#UNRELATED} only occurs in truth files)
 * @param passages shared passages, offsets relative to the canonical sides
 * @param source the document the shared text was taken from (one of the pair, a third document, or null when
 *     the line does not say)
 * @param directionEvidence the signals that show the direction ({@code "date"}, {@code "attribution"}); empty
 *     when the line lists none
 */
public record LabelledPair(PairKey key, Relation relation, List<AlignedPassage> passages, String source,
    List<String> directionEvidence) {
  public LabelledPair {
    passages = List.copyOf(passages);
    directionEvidence = List.copyOf(directionEvidence);
  }

  /** A pair without direction: no source, no evidence. */
  public LabelledPair(PairKey key, Relation relation, List<AlignedPassage> passages) {
    this(key, relation, passages, null, List.of());
  }

  /** The same pair with its direction of copying. */
  public LabelledPair withDirection(String source, List<String> directionEvidence) {
    return new LabelledPair(key, relation, passages, source, directionEvidence);
  }

  /** Whether the source is one of the two documents. */
  public boolean sourceInPair() {
    return source != null && (source.equals(key.a()) || source.equals(key.b()));
  }

  /**
   * Builds a canonical pair from ids in any order; when {@code first > second} the ids are swapped and so is
   * every passage's a/b side.
   *
   * @throws IllegalArgumentException when both ids are equal
   */
  public static LabelledPair canonical(String first, String second, Relation relation, List<AlignedPassage> passages) {
    int order = first.compareTo(second);
    if (order == 0) {
      throw new IllegalArgumentException("a document cannot be paired with itself: '" + first + "'");
    }
    if (order < 0) {
      return new LabelledPair(new PairKey(first, second), relation, passages);
    }
    return new LabelledPair(new PairKey(second, first), relation, passages.stream().map(AlignedPassage::swapped).toList());
  }

  /** Whether the label claims reuse: any relation other than {@link Relation#UNRELATED}. */
  public boolean isReuse() {
    return relation != Relation.UNRELATED;
  }
}
