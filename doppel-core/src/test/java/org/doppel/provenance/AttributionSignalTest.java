package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.context;
import static org.doppel.provenance.Docs.doc;
import static org.doppel.provenance.Docs.pair;

import java.util.List;
import java.util.Map;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class AttributionSignalTest {
  private final AttributionSignal signal = new AttributionSignal();

  private List<DirectionClue> clues(SourceText x, SourceText y) {
    return signal.clues(context(pair(x.id(), y.id(), Relation.NEAR_DUPLICATE, 0.9, 50), x, y));
  }

  @Test
  void aCopyThatCreditsTheOtherSiteMakesItTheOriginal() {
    List<DirectionClue> clues = clues(doc("copy", "Urban Bulletin", null, null, "the lamplit ledger"), doc("orig", "The Lamplit Ledger", null));
    assertThat(clues).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("attribution");
      assertThat(c.original()).isEqualTo("orig");
      assertThat(c.detail()).contains("copy says \"Source: the lamplit ledger.\"");
    });
  }

  @Test
  void aStatementWithoutAReadNameIsSearchedForTheSiteAsWholeWords() {
    ArticleMetadata credits = new ArticleMetadata(null, null, null, null, "Urban Bulletin", null, null, List.of(),
        List.of(new Attribution("This article first appeared on Kiwi Report.", null)), Map.of());
    SourceText copy = new SourceText("copy", "t", "copy", credits);
    assertThat(clues(copy, doc("orig", "Kiwi Report", null))).extracting(DirectionClue::original).containsExactly("orig");
    assertThat(clues(copy, doc("other", "Kiwi Reporter", null))).isEmpty();
  }

  @Test
  void creditingAnotherSiteOrItsOwnSiteSaysNothing() {
    assertThat(clues(doc("copy", "Urban Bulletin", null, null, "Riverbend Herald"), doc("orig", "The Lamplit Ledger", null))).isEmpty();
    assertThat(clues(doc("x", "Urban Bulletin", null, null, "Urban Bulletin"), doc("y", "Urban Bulletin", null))).isEmpty();
  }

  @Test
  void siteNamesAreComparedWithoutCasePunctuationOrALeadingThe() {
    assertThat(SiteName.same("The Lamplit Ledger", "lamplit-ledger.")).isTrue();
    assertThat(SiteName.same("Lamplit Ledger", "Evening Post")).isFalse();
    assertThat(SiteName.same(null, "")).isFalse();
  }
}
