package org.doppel.provenance;

import java.util.Optional;
import org.doppel.ingest.ArticleMetadata.Image;
import org.doppel.ingest.SourceText;

/**
 * A copy often keeps its source's photos with the credit line "Photo: … / Site": when one document's image
 * credit names the other document's site, and not its own, the other is the original.
 */
public final class PhotoCreditSignal extends SiteCreditSignal {
  @Override
  Optional<DirectionClue> creditOf(SourceText copy, SourceText original, String site) {
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
