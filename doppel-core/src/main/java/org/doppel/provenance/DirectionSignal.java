package org.doppel.provenance;

import java.util.List;

/** One kind of evidence about the direction of copying; returns no clue when it has nothing to say. */
public interface DirectionSignal {
  /** Clues this signal sees in the pair; usually zero or one, two when it sees both sides claim it. */
  List<DirectionClue> clues(PairContext pair);
}
