package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryLinks#link} lets a document alone join only the families holding one of its heaviest shared words,
 * found through a posting list and compared by a merge of sorted words, and sums every member only for the margin: the links, and their cosines to the bit, must be those of that
 * rule written out plainly (every member's cosine summed over the document's words, the shared words found by
 * scanning every member), on generated word vectors of families of shared story words and of documents alone
 * (continuations, same-topic documents, unrelated ones, partial copies of a large family's words).
 */
class StoryLinksHeaviestWordsTest {
  private static final int TOPIC_WORDS = 400;
  private final Random random = new Random(12);

  @Test
  void theLinksAreTheRuleOverTheFamiliesHoldingTheHeaviestWords() {
    StoryLinks rule = StoryLinks.defaults();
    List<String> ids = new ArrayList<>();
    List<String> familyKeys = new ArrayList<>();
    List<StoryLinks.WordVector> vectors = new ArrayList<>();
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
    // large families, whose own words are the commonest of the members' words: rarely among a document's heaviest
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
    StoryLinks.Members index = StoryLinks.members(ids, familyKeys, vectors);
    int joined = 0;
    for (int d = 0; d < 800; d++) {
      StoryLinks.WordVector alone = switch (d % 4) {
        case 3 -> vector(largeStoryWords.get(random.nextInt(largeStoryWords.size())), 2 + random.nextInt(40), 1, topic(random.nextInt(20)));
        case 0 -> vector(storyWords.get(random.nextInt(storyWords.size())), 4 + random.nextInt(5), topic(random.nextInt(20)));
        case 1 -> vector(new long[0], 0, topic(random.nextInt(20)));
        default -> vector(words(9_000_000_000L + d * 100L, 20), 20, topic(random.nextInt(20)));
      };
      Optional<StoryLinks.StoryLink> link = rule.link("d" + d, alone, index);
      assertThat(link).isEqualTo(plainRule("d" + d, alone, ids, familyKeys, vectors));
      joined += link.isPresent() ? 1 : 0;
    }
    assertThat(joined).as("documents that join: the rule's figures must be checked where it joins too").isBetween(20, 400);
  }

  /**
   * The rule written out: the document's {@link StoryLinks#DEFAULT_HEAVIEST_WORDS} heaviest words that some member
   * holds (ties by hash) and the families of the members holding them; the nearest member of those families by the cosine summed
   * over the document's words in order, and the nearest member of any other family than its.
   */
  private static Optional<StoryLinks.StoryLink> plainRule(String id, StoryLinks.WordVector document, List<String> ids,
      List<String> familyKeys, List<StoryLinks.WordVector> vectors) {
    TreeMap<Long, Double> shared = new TreeMap<>();
    for (int i = 0; i < document.hashes().length; i++) {
      long word = document.hashes()[i];
      if (vectors.stream().anyMatch(v -> Arrays.binarySearch(v.hashes(), word) >= 0)) {
        shared.put(word, document.weights()[i]);
      }
    }
    List<Long> heaviest = shared.keySet().stream()
        .sorted(Comparator.comparing((Long w) -> -shared.get(w)).thenComparing(Comparator.naturalOrder()))
        .limit(StoryLinks.DEFAULT_HEAVIEST_WORDS).toList();
    Set<String> candidates = new HashSet<>();
    for (int m = 0; m < ids.size(); m++) {
      StoryLinks.WordVector member = vectors.get(m);
      if (heaviest.stream().anyMatch(w -> Arrays.binarySearch(member.hashes(), w) >= 0)) {
        candidates.add(familyKeys.get(m));
      }
    }
    double[] cosine = new double[ids.size()];
    int best = -1;
    for (int m = 0; m < ids.size(); m++) {
      StoryLinks.WordVector member = vectors.get(m);
      for (int i = 0; i < document.hashes().length; i++) {
        int at = Arrays.binarySearch(member.hashes(), document.hashes()[i]);
        if (at >= 0) {
          cosine[m] += document.weights()[i] * member.weights()[at];
        }
      }
      if (candidates.contains(familyKeys.get(m)) && (best < 0 || nearer(cosine, ids, m, best))) {
        best = m;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    double next = 0;
    for (int m = 0; m < ids.size(); m++) {
      if (!familyKeys.get(m).equals(familyKeys.get(best))) {
        next = Math.max(next, cosine[m]);
      }
    }
    if (cosine[best] < 0.18 || cosine[best] < 1.9 * next) { // StoryLinks.defaults()
      return Optional.empty();
    }
    return Optional.of(new StoryLinks.StoryLink(id, ids.get(best), cosine[best], next));
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
  private StoryLinks.WordVector vector(long[] story, int kept, long[] topic) {
    return vector(story, kept, 4, topic);
  }

  /** Up to {@code kept} of the story's words at weights from {@code storyWeight} to twice that, and half the topic's at 1 to 3. */
  private StoryLinks.WordVector vector(long[] story, int kept, double storyWeight, long[] topic) {
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
    return new StoryLinks.WordVector(weights.keySet().stream().mapToLong(Long::longValue).toArray(),
        weights.values().stream().mapToDouble(w -> w / norm).toArray());
  }
}
