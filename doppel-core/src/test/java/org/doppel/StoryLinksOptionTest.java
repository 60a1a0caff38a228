package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.StoryFamily;
import org.doppel.provenance.StoryLinks;
import org.junit.jupiter.api.Test;

/** Story links are an option of the builder: a default corpus's families are its reported pairs' own. */
class StoryLinksOptionTest {
  private static final String CONCERT = "The violinist Anouk Zelinski opened the Lisbon festival at the Gulbenkian hall on Friday night "
      + "with three of the Ysaye sonatas, played from memory, and an encore by Bartok that the audience demanded twice. "
      + "Critics praised the dark tone of her Guarneri and the restraint of her phrasing in the slow movements, "
      + "and the festival director said the recital had sold out within an hour of the tickets going on sale.";
  /** What Zelinski did next: no sentence of the concert report, but its story's names and places. */
  private static final String NEXT = "After Lisbon, Anouk Zelinski takes the Ysaye sonatas and her Guarneri back to the Gulbenkian hall in the spring.";
  /** Words may be in up to a fifth of this small corpus's documents, which has fewer than the measured rule's 1,000. */
  private static final StoryLinks SMALL_CORPUS_RULE = new StoryLinks(0.15, 1.6, 0.2, 20);

  private static List<StoryFamily> families(Doppel.Builder builder) {
    Corpus corpus = builder.threads(1).rewrites(RewriteSettings.OFF).build();
    corpus.add(SourceText.of("report", CONCERT));
    corpus.add(SourceText.of("copy", CONCERT));
    corpus.add(SourceText.of("next", NEXT));
    for (int i = 0; i < 30; i++) {
      corpus.add(SourceText.of("filler" + i, "The council met on Tuesday and the mayor spoke about the budget item " + i));
    }
    return corpus.provenanceOfAllPairs(ScanProgress.NONE).families();
  }

  private static StoryFamily familyOf(List<StoryFamily> families, String id) {
    return families.stream().filter(f -> f.memberIds().contains(id)).findFirst().orElseThrow();
  }

  @Test
  void aDefaultCorpusLeavesADocumentInNoPairAlone() {
    List<StoryFamily> families = families(Doppel.builder());
    assertThat(familyOf(families, "report").memberIds()).containsExactlyInAnyOrder("report", "copy");
    assertThat(familyOf(families, "next").memberIds()).containsExactly("next");
    assertThat(families).allSatisfy(family -> assertThat(family.storyLinks()).isEmpty());
  }

  @Test
  void theOptionJoinsItToItsStoryByAStoryLink() {
    StoryFamily concert = familyOf(families(Doppel.builder().storyLinks(SMALL_CORPUS_RULE)), "report");
    assertThat(concert.memberIds()).containsExactlyInAnyOrder("report", "copy", "next");
    assertThat(concert.storyLinks()).singleElement().satisfies(link -> assertThat(link.id()).isEqualTo("next"));
  }
}
