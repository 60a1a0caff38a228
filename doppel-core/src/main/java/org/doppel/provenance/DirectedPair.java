package org.doppel.provenance;

import java.io.Serializable;
import java.util.Objects;
import org.doppel.relate.RelatedPair;
import org.jspecify.annotations.Nullable;

/**
 * A related pair with its direction of copying.
 *
 * @param pair the pair, its {@link RelatedPair#source()} set to the direction's source (null when unknown)
 * @param direction the likely original and the evidence
 */
public record DirectedPair(RelatedPair pair, Direction direction) implements Serializable {
  public DirectedPair {
    if (!Objects.equals(pair.source(), direction.source())) {
      throw new IllegalArgumentException("pair " + pair.a() + ", " + pair.b() + " names source " + pair.source()
          + " but its direction says " + direction.source());
    }
  }

  /** The document of the pair that is not {@code id}. */
  public String other(String id) {
    return pair.a().equals(id) ? pair.b() : pair.a();
  }

  /** The likely copy, or null when the direction is unknown. */
  public @Nullable String copy() {
    return direction.source() == null ? null : other(direction.source());
  }

  public boolean involves(String id) {
    return pair.a().equals(id) || pair.b().equals(id);
  }
}
