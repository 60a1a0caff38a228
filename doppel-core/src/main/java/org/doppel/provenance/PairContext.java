package org.doppel.provenance;

import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;

/**
 * What a {@link DirectionSignal} may look at: the pair and both documents as read.
 *
 * @param pair the related pair, {@code a} before {@code b}
 * @param a the pair's first document
 * @param b the pair's second document
 */
public record PairContext(RelatedPair pair, SourceText a, SourceText b) {
  public PairContext {
    if (!pair.a().equals(a.id()) || !pair.b().equals(b.id())) {
      throw new IllegalArgumentException("documents " + a.id() + ", " + b.id() + " do not belong to the pair "
          + pair.a() + ", " + pair.b());
    }
  }

  /** The other document of the pair. */
  SourceText other(SourceText one) {
    return one == a ? b : a;
  }
}
