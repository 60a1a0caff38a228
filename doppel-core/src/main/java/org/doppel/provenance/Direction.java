package org.doppel.provenance;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which document of a pair is the likely original, and why.
 *
 * @param source the likely original's id, or null when the evidence is missing or disagrees ("unknown")
 * @param confidence how sure the answer is, in 0..1; 0 when unknown
 * @param evidence the signals the answer rests on, in the order they were weighed ({@code ["date",
 *     "attribution"]}); empty when unknown
 * @param clues every clue seen, including those that were outweighed or disagreed
 * @param detail one readable line: what was used, or why no answer is given
 */
public record Direction(@Nullable String source, double confidence, List<String> evidence, List<DirectionClue> clues, String detail) implements Serializable {
  public Direction {
    evidence = List.copyOf(evidence);
    clues = List.copyOf(clues);
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
    }
    if (source == null && (confidence != 0 || !evidence.isEmpty())) {
      throw new IllegalArgumentException("an unknown direction has no confidence and no evidence");
    }
  }

  /** No answer, with the reason. */
  public static Direction unknown(List<DirectionClue> clues, String why) {
    return new Direction(null, 0, List.of(), clues, why);
  }

  public boolean isKnown() {
    return source != null;
  }
}
