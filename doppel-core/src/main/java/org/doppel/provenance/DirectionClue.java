package org.doppel.provenance;

import java.io.Serializable;

/**
 * One piece of evidence about which document of a pair is the original.
 *
 * @param signal the kind of evidence: {@code date}, {@code attribution}, {@code canonical_url},
 *     {@code photo_credit}, {@code rewrite}, {@code cohesion}, {@code facts}, {@code model_style} or {@code condensed}
 * @param original the id the evidence points to as the original
 * @param strong whether the evidence alone may decide (dates, attributions, URLs, credits); weak clues
 *     (rewrite, cohesion, facts, model_style, condensed) decide only when no strong clue speaks
 * @param detail what was seen, for people: "dev0044 published 2021-12-10 09:00, dev0001 2021-12-11 08:34"
 * @param decidesAlone whether the clue may be the only evidence of an answer; a clue that may not still counts
 *     when it agrees with other clues or disagrees with them (see {@link DirectionJudge})
 */
public record DirectionClue(String signal, String original, boolean strong, String detail, boolean decidesAlone)
    implements Serializable {
  public DirectionClue {
    if (signal == null || signal.isEmpty() || original == null || detail == null) {
      throw new IllegalArgumentException("a clue needs a signal, the original it points to and a detail");
    }
    if (strong && !decidesAlone) {
      throw new IllegalArgumentException("a strong clue decides alone");
    }
  }

  /** A clue that may decide alone. */
  public DirectionClue(String signal, String original, boolean strong, String detail) {
    this(signal, original, strong, detail, true);
  }

  /** This clue, kept only to support or contradict others, with why appended to its detail. */
  public DirectionClue notAlone(String why) {
    return new DirectionClue(signal, original, strong, detail + " (" + why + ")", false);
  }
}
