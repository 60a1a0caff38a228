package org.doppel.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doppel.ingest.SourceText;

/**
 * A signal that one document credits the other's site somewhere (a statement, a photo credit), read both
 * ways: the credited document is the original. Crediting one's own site says nothing about the other.
 */
abstract class SiteCreditSignal implements DirectionSignal {
  @Override
  public final List<DirectionClue> clues(PairContext pair) {
    List<DirectionClue> clues = new ArrayList<>(2);
    credit(pair.a(), pair.b()).ifPresent(clues::add);
    credit(pair.b(), pair.a()).ifPresent(clues::add);
    return clues;
  }

  /** The clue that {@code original} is the original because {@code copy} credits its site. */
  private Optional<DirectionClue> credit(SourceText copy, SourceText original) {
    String site = original.metadata().site();
    if (site == null || SiteName.same(site, copy.metadata().site())) {
      return Optional.empty();
    }
    return creditOf(copy, original, site);
  }

  /** The clue that {@code copy} credits {@code site}, the site of {@code original} and not its own. */
  abstract Optional<DirectionClue> creditOf(SourceText copy, SourceText original, String site);
}
