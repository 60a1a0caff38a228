package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.doppel.provenance.StoryLinks.StoryLink;
import org.junit.jupiter.api.Test;

class StoryJoinsTest {
  private static final StoryFamily STORY = new StoryFamily("family-1", "a", List.of(member("a"), member("b")), List.of());
  private static final StoryFamily OTHER_STORY = new StoryFamily("family-2", "x", List.of(member("x"), member("y")), List.of());
  private static final StoryMembers INDEX = StoryMembers.of(List.of("b", "a", "x", "y"), List.of("a", "a", "x", "x"),
      List.of(words(1), words(2), words(3), words(4)));

  private static FamilyMember member(String id) {
    return new FamilyMember(id, null, null, false, 0, 0, "written for the test");
  }

  private static SpecificWords words(long hash) {
    return new SpecificWords(new long[] {hash}, new double[] {1});
  }

  private static StoryFamily alone(String id) {
    return new StoryFamily("family-9", id, List.of(member(id)), List.of());
  }

  @Test
  void theLinkedDocumentsComeAfterTheMembersByIdAndTheFamilyKeepsItsIdOriginAndEdges() {
    StoryJoins joins = StoryJoins.of(List.of(new StoryLink("d", "b", 0.3, 0.1), new StoryLink("c", "a", 0.4, 0.1)), INDEX);

    StoryFamily grown = joins.applied(STORY).orElseThrow();

    assertThat(grown.memberIds()).containsExactly("a", "b", "c", "d");
    assertThat(grown.member("c").change()).isEqualTo(StoryLinks.CHANGE);
    assertThat(grown.member("c").parent()).isNull();
    assertThat(grown.storyLinks()).extracting(StoryLink::id).containsExactly("c", "d");
    assertThat(grown.id()).isEqualTo(STORY.id());
    assertThat(grown.origin()).isEqualTo(STORY.origin());
    assertThat(grown.edges()).isEqualTo(STORY.edges());
  }

  @Test
  void aDocumentThatJoinedLeavesItsFamilyOfOneAndTheOthersStay() {
    StoryJoins joins = StoryJoins.of(List.of(new StoryLink("c", "y", 0.4, 0.1)), INDEX);

    assertThat(joins.applied(alone("c"))).isEqualTo(Optional.empty());
    StoryFamily stays = alone("e");
    assertThat(joins.applied(stays)).containsSame(stays);
  }

  @Test
  void aLinkJoinsTheFamilyOfItsNearestMemberAndNoOther() {
    StoryJoins joins = StoryJoins.of(List.of(new StoryLink("c", "y", 0.4, 0.1)), INDEX);

    assertThat(joins.applied(OTHER_STORY).orElseThrow().memberIds()).containsExactly("x", "y", "c");
    assertThat(joins.applied(STORY)).containsSame(STORY);
  }
}
