package org.doppel.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.SourceText;

/**
 * A copy often keeps its source's photos with the credit line "Photo: … / Site": when one document's image
 * credit names the other document's site, and not its own, the other is the original.
 */
public final class PhotoCreditSignal implements DirectionSignal {
  @Override
  public List<DirectionClue> clues(PairContext pair) {
    List<DirectionClue> clues = new ArrayList<>(2);
    credit(pair.a(), pair.b()).ifPresent(clues::add);
    credit(pair.b(), pair.a()).ifPresent(clues::add);
    return clues;
  }

  private static Optional<DirectionClue> credit(SourceText copy, SourceText original) {
    String site = original.metadata().site();
    if (site == null || SiteName.same(site, copy.metadata().site())) {
      return Optional.empty();
    }
    for (Image image : copy.metadata().images()) {
      String credit = image.credit();
      if (credit != null && SiteName.mentions(credit, site)) {
        return Optional.of(new DirectionClue("photo_credit", original.id(), true,
            copy.id() + "'s photo credit \"" + credit.strip() + "\" names " + original.id() + "'s site " + site));
      }
    }
    return Optional.empty();
  }
}
