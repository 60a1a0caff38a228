package org.doppel.provenance;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.SourceText;

/**
 * A copy that credits its source ("Copied from Kiwi Report", "Source: The Evening Ledger") names the other
 * document's site. Names are compared normalised ({@link SiteName}); the credited name is the attribution's
 * {@code sourceName} when the metadata stage read one, otherwise the statement must contain the site's name.
 */
public final class AttributionSignal implements DirectionSignal {
  @Override
  public List<DirectionClue> clues(PairContext pair) {
    List<DirectionClue> clues = new ArrayList<>(2);
    credit(pair.a(), pair.b()).ifPresent(clues::add);
    credit(pair.b(), pair.a()).ifPresent(clues::add);
    return clues;
  }

  /** The clue that {@code original} is the original because {@code copy} credits its site. */
  private static java.util.Optional<DirectionClue> credit(SourceText copy, SourceText original) {
    String site = original.metadata().site();
    if (site == null || SiteName.same(site, copy.metadata().site())) {
      return java.util.Optional.empty(); // crediting one's own site says nothing about the other document
    }
    for (Attribution attribution : copy.metadata().attributions()) {
      boolean names = attribution.sourceName() != null
          ? SiteName.same(attribution.sourceName(), site)
          : SiteName.mentions(attribution.text(), site);
      if (names) {
        return java.util.Optional.of(new DirectionClue("attribution", original.id(), true,
            copy.id() + " says \"" + attribution.text().strip() + "\", naming " + original.id() + "'s site " + site));
      }
    }
    return java.util.Optional.empty();
  }
}
