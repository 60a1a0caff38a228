package org.doppel.provenance;

import java.util.Optional;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.SourceText;

/**
 * A copy that credits its source ("Copied from Kiwi Report", "Source: The Lamplit Ledger") names the other
 * document's site. Names are compared normalised ({@link SiteName}); the credited name is the attribution's
 * {@code sourceName} when the metadata stage read one, otherwise the statement must contain the site's name.
 */
public final class AttributionSignal extends SiteCreditSignal {
  @Override
  Optional<DirectionClue> creditOf(SourceText copy, SourceText original, String site) {
    for (Attribution attribution : copy.metadata().attributions()) {
      boolean names = attribution.sourceName() != null
          ? SiteName.same(attribution.sourceName(), site)
          : SiteName.mentions(attribution.text(), site);
      if (names) {
        return Optional.of(new DirectionClue("attribution", original.id(), true,
            copy.id() + " says \"" + attribution.text().strip() + "\", naming " + original.id() + "'s site " + site));
      }
    }
    return Optional.empty();
  }
}
