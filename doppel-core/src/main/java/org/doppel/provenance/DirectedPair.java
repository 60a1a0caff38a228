package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * This pair, which the judge left unknown, with {@code original} named its original by a step that reads more than the
   * pair ({@code signal}, a group's answers or style, with its {@code confidence}): the pair's own clues kept, the
   * step's added with {@code detail}.
   */
  public DirectedPair namedBy(String signal, double confidence, String original, String detail) {
    if (direction.isKnown()) {
      throw new IllegalArgumentException("pair " + pair.a() + ", " + pair.b() + " has a direction already");
    }
    List<DirectionClue> clues = new ArrayList<>(direction.clues());
    clues.add(new DirectionClue(signal, original, false, detail));
    return new DirectedPair(pair.withSource(original), new Direction(original, confidence, List.of(signal), clues, detail));
  }

  public boolean involves(String id) {
    return pair.a().equals(id) || pair.b().equals(id);
  }
}
