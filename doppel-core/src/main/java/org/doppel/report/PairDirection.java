package org.doppel.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which document of a pair is the likely original, as the HTML report shows it, with the evidence
 * in words ("dated 2 days earlier", "B says 'Copied from Kiwi Report'").
 *
 * @param source the likely original's id, or null when the direction is unknown
 * @param confidence how sure, in [0, 1]; 0 when unknown
 * @param evidence the reasons, each one short sentence; may be empty
 */
public record PairDirection(@Nullable String source, double confidence, List<String> evidence) {
  public PairDirection {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    evidence = List.copyOf(evidence);
  }

  /** No direction could be told; {@code evidence} may still say why. */
  public static PairDirection unknown(List<String> evidence) {
    return new PairDirection(null, 0, evidence);
  }
}
