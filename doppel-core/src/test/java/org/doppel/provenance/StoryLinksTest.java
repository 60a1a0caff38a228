package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.directed;
import static org.doppel.provenance.Docs.pair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class StoryLinksTest {
  private static final String CONCERT = "the violinist Anouk Zelinski opened the Lisbon festival at the Gulbenkian hall with Ysaye sonatas ";
  private static final String DROUGHT = "farmers near Ouarzazate say the Mansour Eddahbi reservoir fell to eleven percent and the saffron harvest failed ";
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  /** Words may be in up to a fifth of this small corpus's documents. */
  private final StoryLinks links = new StoryLinks(0.15, 1.6, 0.2, 20);

  StoryLinksTest() {
    texts.put("a1", CONCERT + "and the critics praised her tone");
    texts.put("a2", "critics praised how " + CONCERT + "on Friday");
    texts.put("b1", DROUGHT + "this year");
    texts.put("b2", "this year " + DROUGHT + "officials said");
    // what Zelinski did next: no sentence of a1 or a2, but their story's names and places
    texts.put("next", "after Lisbon Anouk Zelinski takes the Ysaye sonatas to the Gulbenkian hall again in the spring");
    // the same place names as both stories, equally: nothing says which story it belongs to
    texts.put("between", "Zelinski Lisbon Gulbenkian Ouarzazate Mansour saffron");
    texts.put("other", "a ferry strike in Helsinki stranded commuters on Suomenlinna");
    for (int i = 0; i < 30; i++) {
      texts.put("filler" + i, "the council met on Tuesday and the mayor spoke about the budget item " + i);
    }
    texts.forEach((id, text) -> frequencies.add(words(id)));
  }

  private TokenSequence words(String id) {
    return PairContext.ANALYSE.apply(SourceText.of(id, texts.get(id)));
  }

  private List<StoryFamily> families() {
    return FamilyBuilder.defaults().build(List.copyOf(texts.keySet()), List.of(
        directed(pair("a1", "a2", Relation.PARAPHRASE, 0.9, 20), "a1", "date"),
        directed(pair("b1", "b2", Relation.PARAPHRASE, 0.9, 20), "b1", "date")), id -> 20);
  }

  private static StoryFamily familyOf(List<StoryFamily> families, String id) {
    return families.stream().filter(f -> f.memberIds().contains(id)).findFirst().orElseThrow();
  }

  @Test
  void aLoneDocumentSharingOneStorysSpecificWordsJoinsItWithoutAParent() {
    List<StoryFamily> joined = links.join(families(), this::words, frequencies);
    StoryFamily concert = familyOf(joined, "a1");
    assertThat(concert.memberIds()).containsExactly("a1", "a2", "next");
    assertThat(concert.origin()).isEqualTo("a1");
    assertThat(concert.member("next").parent()).isNull();
    assertThat(concert.member("next").change()).isEqualTo(StoryLinks.CHANGE);
    assertThat(concert.storyLinks()).singleElement().satisfies(link -> {
      assertThat(link.id()).isEqualTo("next");
      assertThat(link.nearest()).isIn("a1", "a2");
      assertThat(link.similarity()).isGreaterThanOrEqualTo(0.15).isGreaterThanOrEqualTo(1.6 * link.nextFamilySimilarity());
    });
    assertThat(concert.edges()).isEqualTo(familyOf(families(), "a1").edges());
    assertThat(concert.id()).isEqualTo("family-1"); // numbered again: now the largest
  }

  @Test
  void aDocumentAsCloseToTwoStoriesOrToNoneStaysAlone() {
    List<StoryFamily> joined = links.join(families(), this::words, frequencies);
    assertThat(familyOf(joined, "between").memberIds()).containsExactly("between");
    assertThat(familyOf(joined, "other").memberIds()).containsExactly("other");
    assertThat(familyOf(joined, "b1").memberIds()).containsExactly("b1", "b2");
    assertThat(joined).hasSize(families().size() - 1);
  }

  @Test
  void withoutStoryLinksTheFamiliesAreTheReportedPairsOwn() {
    List<StoryFamily> families = families();
    assertThat(StoryLinks.none().join(families, this::words, frequencies)).isSameAs(families);
  }

  @Test
  void refusesAMarginUnderOne() {
    assertThatThrownBy(() -> new StoryLinks(0.1, 0.9, 0.05, 1000)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A distributed job indexes the members in another order and numbers their families otherwise (the Spark job: by
   * id, families numbered as met); each lone document must get the same link, to the last bit, as the scan's order.
   */
  @Test
  void aLoneDocumentsLinkIsTheSameWhateverOrderTheMembersAreIndexedIn() {
    List<String> members = new ArrayList<>();
    List<String> familyOf = new ArrayList<>();
    for (StoryFamily family : families()) {
      if (family.size() > 1) {
        for (String id : family.memberIds()) {
          members.add(id);
          familyOf.add(family.smallestMemberId());
        }
      }
    }
    StoryMembers inOrder = index(members, familyOf);
    StoryMembers otherOrder = index(members.reversed(), familyOf.reversed());

    for (String lone : List.of("next", "between", "other")) {
      SpecificWords vector = links.vector(words(lone), frequencies);
      assertThat(links.link(lone, vector, otherOrder)).isEqualTo(links.link(lone, vector, inOrder));
    }
    assertThat(links.link("next", links.vector(words("next"), frequencies), inOrder)).isPresent();
  }

  private StoryMembers index(List<String> members, List<String> familyOf) {
    return StoryMembers.of(members, familyOf,
        members.stream().map(id -> links.vector(words(id), frequencies)).toList());
  }
}
