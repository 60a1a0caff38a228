package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryLinks#link} first tries to show, by bounds over part of a document's words, that it cannot join any
 * family, and sums every word only where it may: the links, and their cosines to the bit, must be those of the rule
 * computed over every member in full. Checked against that rule written out plainly, on generated word vectors of
 * families of shared story words and of documents alone (continuations, same-topic documents, unrelated ones).
 */
class StoryLinksBoundsTest {
  private static final int TOPIC_WORDS = 400;
  private final Random random = new Random(12);

  @Test
  void theLinksAreTheRuleComputedOverEveryMember() {
    StoryLinks rule = StoryLinks.defaults();
    List<String> ids = new ArrayList<>();
    List<String> familyKeys = new ArrayList<>();
    List<SpecificWords> vectors = new ArrayList<>();
    List<long[]> storyWords = new ArrayList<>();
    for (int f = 0; f < 300; f++) {
      long[] names = words(1_000_000L * (f + 1), 12);
      storyWords.add(names);
      int members = 2 + random.nextInt(4);
      for (int m = 0; m < members; m++) {
        ids.add(String.format("f%03d-m%d", f, m));
        familyKeys.add(String.format("f%03d-m0", f));
        vectors.add(vector(names, 8, topic(f % 20)));
      }
    }
    // large families, whose own words are the commonest of the members' words: the ones the bounds leave out
    List<long[]> largeStoryWords = new ArrayList<>();
    for (int f = 0; f < 10; f++) {
      long[] common = words(500_000_000L * (f + 1), 30);
      largeStoryWords.add(common);
      for (int m = 0; m < 60; m++) {
        ids.add(String.format("large%02d-m%02d", f, m));
        familyKeys.add(String.format("large%02d-m00", f));
        vectors.add(vector(common, 30, 1, topic(f)));
      }
    }
    StoryMembers index = StoryMembers.of(ids, familyKeys, vectors);
    int joined = 0;
    for (int d = 0; d < 800; d++) {
      SpecificWords alone = switch (d % 4) {
        case 3 -> vector(largeStoryWords.get(random.nextInt(largeStoryWords.size())), 2 + random.nextInt(40), 1, topic(random.nextInt(20)));
        case 0 -> vector(storyWords.get(random.nextInt(storyWords.size())), 4 + random.nextInt(5), topic(random.nextInt(20)));
        case 1 -> vector(new long[0], 0, topic(random.nextInt(20)));
        default -> vector(words(9_000_000_000L + d * 100L, 20), 20, topic(random.nextInt(20)));
      };
      Optional<StoryLinks.StoryLink> link = rule.link("d" + d, alone, index);
      assertThat(link).isEqualTo(everyMember("d" + d, alone, ids, familyKeys, vectors));
      joined += link.isPresent() ? 1 : 0;
    }
    assertThat(joined).as("documents that join: the rule's figures must be checked where it joins too").isBetween(20, 400);
  }

  /** The rule over every member: each member's cosine summed over the document's words in order, the nearest per family. */
  private static Optional<StoryLinks.StoryLink> everyMember(String id, SpecificWords document, List<String> ids,
      List<String> familyKeys, List<SpecificWords> vectors) {
    TreeMap<String, Integer> nearestOf = new TreeMap<>();
    double[] cosine = new double[ids.size()];
    for (int m = 0; m < ids.size(); m++) {
      SpecificWords member = vectors.get(m);
      for (int i = 0; i < document.hashes().length; i++) {
        int at = Arrays.binarySearch(member.hashes(), document.hashes()[i]);
        if (at >= 0) {
          cosine[m] += document.weights()[i] * member.weights()[at];
        }
      }
      if (cosine[m] > 0) {
        int member0 = m;
        nearestOf.merge(familyKeys.get(m), m, (a, b) -> nearer(cosine, ids, a, member0) ? a : member0);
      }
    }
    List<Integer> nearest = new ArrayList<>(nearestOf.values());
    nearest.sort((a, b) -> nearer(cosine, ids, a, b) ? -1 : 1);
    if (nearest.isEmpty()) {
      return Optional.empty();
    }
    double best = cosine[nearest.get(0)];
    double next = nearest.size() > 1 ? cosine[nearest.get(1)] : 0;
    if (best < 0.18 || best < 1.9 * next) { // StoryLinks.defaults()
      return Optional.empty();
    }
    return Optional.of(new StoryLinks.StoryLink(id, ids.get(nearest.get(0)), best, next));
  }

  private static boolean nearer(double[] cosine, List<String> ids, int a, int b) {
    return cosine[a] > cosine[b] || cosine[a] == cosine[b] && ids.get(a).compareTo(ids.get(b)) < 0;
  }

  /** A topic's words: shared by many documents, so common in the band. */
  private long[] topic(int topic) {
    return words(100L * topic, TOPIC_WORDS / 20);
  }

  private static long[] words(long first, int count) {
    long[] words = new long[count];
    Arrays.setAll(words, i -> first + i);
    return words;
  }

  /** Up to {@code kept} of the story's words at high weights, and half the topic's words at low weights, unit length. */
  private SpecificWords vector(long[] story, int kept, long[] topic) {
    return vector(story, kept, 4, topic);
  }

  /** Up to {@code kept} of the story's words at weights from {@code storyWeight} to twice that, and half the topic's at 1 to 3. */
  private SpecificWords vector(long[] story, int kept, double storyWeight, long[] topic) {
    TreeMap<Long, Double> weights = new TreeMap<>();
    for (int i = 0; i < kept; i++) {
      weights.put(story[random.nextInt(story.length)], storyWeight * (1 + random.nextDouble()));
    }
    for (long word : topic) {
      if (random.nextBoolean()) {
        weights.put(word, 1 + 2 * random.nextDouble());
      }
    }
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    return new SpecificWords(weights.keySet().stream().mapToLong(Long::longValue).toArray(),
        weights.values().stream().mapToDouble(w -> w / norm).toArray());
  }
}
