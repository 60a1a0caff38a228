package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.directed;
import static org.doppel.provenance.Docs.pair;

import java.util.List;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class FamilyBuilderTest {
  private final FamilyBuilder builder = FamilyBuilder.defaults();

  private List<StoryFamily> build(List<String> docs, DirectedPair... pairs) {
    return builder.build(docs, List.of(pairs), id -> 100);
  }

  @Test
  void anOriginalWithDatedCopiesIsTheOriginOfOneTree() {
    List<StoryFamily> families = build(List.of("o", "c1", "c2", "lone"),
        directed(pair("o", "c1", Relation.EXACT, 1, 100), "o", "date"),
        directed(pair("o", "c2", Relation.NEAR_DUPLICATE, 0.95, 95), "o", "date"),
        directed(pair("c1", "c2", Relation.NEAR_DUPLICATE, 0.95, 95), "c1", "date"));
    assertThat(families).hasSize(2);
    StoryFamily story = families.get(0);
    assertThat(story.id()).isEqualTo("family-1");
    assertThat(story.origin()).isEqualTo("o");
    assertThat(story.memberIds()).containsExactly("o", "c1", "c2");
    // c2 is as close to c1 as to o; o was copied more often, so o is its parent
    assertThat(story.member("c2").parent()).isEqualTo("o");
    assertThat(story.member("c1").change()).isEqualTo("verbatim copy");
    assertThat(story.edges()).extracting(FamilyEdge::from, FamilyEdge::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple("o", "c1"), org.assertj.core.groups.Tuple.tuple("o", "c2"));
    assertThat(families.get(1).memberIds()).containsExactly("lone");
    assertThat(families.get(1).origin()).isEqualTo("lone");
  }

  @Test
  void aCopyOfACopyHangsUnderTheCopyItIsClosestTo() {
    List<StoryFamily> families = build(List.of("o", "c1", "c2"),
        directed(pair("o", "c1", Relation.NEAR_DUPLICATE, 0.95, 95), "o", "date"),
        directed(pair("c1", "c2", Relation.NEAR_DUPLICATE, 0.93, 90), "c1", "date"),
        directed(pair("o", "c2", Relation.NEAR_DUPLICATE, 0.88, 85), "o", "date"));
    StoryFamily story = families.get(0);
    assertThat(story.member("c2").parent()).isEqualTo("c1");
    assertThat(story.member("c2").tookShare()).isEqualTo(0.9);
  }

  @Test
  void anAttributionNamesTheDirectSourceEvenWhenAnotherRelativeIsCloser() {
    List<StoryFamily> families = build(List.of("o", "c1", "c2"),
        directed(pair("o", "c1", Relation.NEAR_DUPLICATE, 0.95, 95), "o", "date"),
        directed(pair("c1", "c2", Relation.PARTIAL, 0.2, 40), "c1", "attribution"),
        directed(pair("o", "c2", Relation.PARTIAL, 0.25, 40), "o", "date"));
    assertThat(families.get(0).member("c2").parent()).isEqualTo("c1");
  }

  @Test
  void withoutDirectionsTheFamilyHoldsTogetherButHasNoOrigin() {
    List<StoryFamily> families = build(List.of("x", "y", "z"),
        directed(pair("x", "y", Relation.EXACT, 1, 100), null, null),
        directed(pair("y", "z", Relation.NEAR_DUPLICATE, 0.9, 90), null, null));
    StoryFamily story = families.get(0);
    assertThat(story.memberIds()).containsExactlyInAnyOrder("x", "y", "z");
    assertThat(story.origin()).isNull();
    assertThat(story.members()).allSatisfy(m -> assertThat(m.parent()).isNull());
    assertThat(story.edges()).hasSize(2).allSatisfy(e -> assertThat(e.directionKnown()).isFalse());
  }

  @Test
  void aShortSharedSentenceDoesNotJoinTwoStories() {
    List<StoryFamily> families = build(List.of("a1", "a2", "b1", "b2"),
        directed(pair("a1", "a2", Relation.EXACT, 1, 300), null, null),
        directed(pair("b1", "b2", Relation.EXACT, 1, 300), null, null),
        directed(pair("a2", "b1", Relation.PARTIAL, 0.02, 12), null, null));
    assertThat(families).extracting(StoryFamily::size).containsExactly(2, 2);
  }

  @Test
  void aShortSharedSentenceBringsInADocumentWithNoOtherRelative() {
    DirectedPair story = directed(pair("a1", "a2", Relation.EXACT, 1, 300), null, null);
    DirectedPair onlyLink = directed(pair("a2", "c", Relation.PARTIAL, 0.02, 12), null, null);
    assertThat(build(List.of("a1", "a2", "c"), story, onlyLink)).extracting(StoryFamily::size).containsExactly(3);
    // with a second relative elsewhere, one short sentence no longer decides which story c belongs to
    DirectedPair elsewhere = directed(pair("c", "d", Relation.PARTIAL, 0.02, 12), null, null);
    assertThat(build(List.of("a1", "a2", "c", "d"), story, onlyLink, elsewhere)).extracting(StoryFamily::size)
        .containsExactly(2, 2);
  }

  @Test
  void weakLinksBringADocumentIntoAStoryButDoNotBridgeTwoStories() {
    DirectedPair a = directed(pair("a1", "a2", Relation.EXACT, 1, 300), null, null);
    DirectedPair b = directed(pair("b1", "b2", Relation.EXACT, 1, 300), null, null);
    DirectedPair weak1 = directed(pair("a1", "b1", Relation.PARTIAL, 0.02, 12), null, null);
    DirectedPair weak2 = directed(pair("a2", "b2", Relation.PARTIAL, 0.02, 12), null, null);
    List<String> docs = List.of("a1", "a2", "b1", "b2");
    assertThat(build(docs, a, b, weak1, weak2)).extracting(StoryFamily::size).containsExactly(2, 2);
    DirectedPair strong = directed(pair("a2", "b2", Relation.PARTIAL, 0.3, 80), null, null);
    assertThat(build(docs, a, b, weak1, strong)).extracting(StoryFamily::size).containsExactly(4);
    DirectedPair lone1 = directed(pair("a1", "c", Relation.PARTIAL, 0.02, 12), null, null);
    DirectedPair lone2 = directed(pair("a2", "c", Relation.PARTIAL, 0.02, 12), null, null);
    assertThat(build(List.of("a1", "a2", "c"), a, lone1, lone2)).extracting(StoryFamily::size).containsExactly(3);
  }

  @Test
  void oneStrongLinkBetweenTwoEstablishedStoriesIsNotEnoughButTwoAre() {
    DirectedPair a = directed(pair("a1", "a2", Relation.EXACT, 1, 300), null, null);
    DirectedPair b = directed(pair("b1", "b2", Relation.EXACT, 1, 300), null, null);
    DirectedPair bridge = directed(pair("a2", "b1", Relation.PARTIAL, 0.3, 80), null, null);
    assertThat(build(List.of("a1", "a2", "b1", "b2"), a, b, bridge)).extracting(StoryFamily::size).containsExactly(2, 2);
    DirectedPair second = directed(pair("a1", "b1", Relation.PARTIAL, 0.3, 80), null, null);
    assertThat(build(List.of("a1", "a2", "b1", "b2"), a, b, bridge, second)).extracting(StoryFamily::size).containsExactly(4);
  }

  @Test
  void theFamiliesAreTheSameOnAnyNumberOfThreads() throws Exception {
    // Components are built in parallel on the caller's pool and numbered together afterwards. A random graph
    // of 300 documents with stories, stray partial links, ties of score and unknown directions.
    java.util.Random random = new java.util.Random(17);
    List<String> docs = java.util.stream.IntStream.range(0, 300).mapToObj(d -> String.format("d%03d", d)).toList();
    List<DirectedPair> pairs = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    Relation[] relations = {Relation.EXACT, Relation.NEAR_DUPLICATE, Relation.PARAPHRASE, Relation.PARTIAL, Relation.PARTIAL};
    for (int i = 0; i < 420; i++) {
      int x = random.nextInt(300);
      int y = i < 300 ? x / 10 * 10 + random.nextInt(10) : random.nextInt(300); // stories of ten, then strays
      String a = docs.get(Math.min(x, y));
      String b = docs.get(Math.max(x, y));
      if (x == y || !seen.add(a + b)) {
        continue;
      }
      String source = switch (random.nextInt(3)) {
        case 0 -> a;
        case 1 -> b;
        default -> null;
      };
      pairs.add(directed(pair(a, b, relations[random.nextInt(relations.length)], random.nextInt(5) / 4.0, 10 + random.nextInt(60)),
          source, random.nextInt(4) == 0 ? "attribution" : "date"));
    }
    List<StoryFamily> oneThread = null;
    for (int threads : new int[] {1, 2, 4}) {
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      List<StoryFamily> families;
      try {
        families = pool.submit(() -> builder.build(docs, pairs, id -> 100 + id.hashCode() % 50, id -> id.endsWith("7"))).get();
      } finally {
        pool.shutdown();
      }
      assertThat(families.stream().flatMap(f -> f.memberIds().stream())).containsExactlyInAnyOrderElementsOf(docs);
      assertThat(families).extracting(StoryFamily::id)
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, families.size()).mapToObj(n -> "family-" + n).toList());
      assertThat(families).extracting(StoryFamily::size).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(families.stream().filter(f -> f.size() > 1).count()).isGreaterThan(10);
      if (oneThread == null) {
        oneThread = families;
      } else {
        assertThat(families).as("%d threads", threads).isEqualTo(oneThread);
      }
    }
  }

  @Test
  void aMinimumBelowOneIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FamilyBuilder(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minPartialWords must be >= 1, got 0");
  }

  @Test
  void aJoinCanCorroborateTheNextJoinAcrossAChainOfStories() {
    // Each pair of neighbouring stories is linked by two weak pairs only once the join before it
    // has put its two ends into one family: the count must follow the families as they grow.
    DirectedPair a = directed(pair("a1", "a2", Relation.EXACT, 1, 300), null, null);
    DirectedPair b = directed(pair("b1", "b2", Relation.EXACT, 1, 300), null, null);
    DirectedPair c = directed(pair("c1", "c2", Relation.EXACT, 1, 300), null, null);
    DirectedPair ab1 = directed(pair("a1", "b1", Relation.PARTIAL, 0.3, 80), null, null);
    DirectedPair ab2 = directed(pair("a2", "b2", Relation.PARTIAL, 0.3, 80), null, null);
    DirectedPair ac = directed(pair("a1", "c1", Relation.PARTIAL, 0.3, 80), null, null);
    DirectedPair bc = directed(pair("b2", "c2", Relation.PARTIAL, 0.3, 80), null, null);
    List<String> docs = List.of("a1", "a2", "b1", "b2", "c1", "c2");
    assertThat(build(docs, a, b, c, ab1, ab2, ac, bc)).extracting(StoryFamily::size).containsExactly(6);
    assertThat(build(docs, a, b, c, ab1, ab2, ac)).extracting(StoryFamily::size).containsExactly(4, 2);
    assertThat(build(docs, a, b, c, ab1, ac, bc)).extracting(StoryFamily::size).containsExactly(2, 2, 2);
  }
}
