package org.doppel.match.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairFeaturesTest {
  private static final PairFeatures.WordVectors NO_VECTORS = word -> null;

  private static double feature(double[] f, String name) {
    return f[PairFeatures.SURFACE_NAMES.indexOf(name)];
  }

  @Test
  void theVectorHasOneValuePerName() {
    assertThat(PairFeatures.surface("a b", "b a", 0.5, NO_VECTORS)).hasSize(PairFeatures.SURFACE_NAMES.size());
    assertThat(PairFeatures.NAMES).doesNotHaveDuplicates();
  }

  @Test
  void aChangedNumberIsSeenEvenWhenAlmostEveryWordIsShared() {
    double[] changed = PairFeatures.surface("Revenue rose 12 percent to $4.5 billion.", "Revenue rose 15 percent to $4.5 billion.", 0.98, NO_VECTORS);
    assertThat(feature(changed, "numbers_only_in_one")).isEqualTo(2);
    assertThat(feature(changed, "numbers_differ")).isEqualTo(1);
    assertThat(feature(changed, "word_jaccard")).isGreaterThan(0.7);
  }

  @Test
  void swappedEntitiesLoseBigramsButMovedClausesKeepThem() {
    double[] swapped = PairFeatures.surface("Flights from New York to Florida were cancelled", "Flights from Florida to New York were cancelled", 0.97, NO_VECTORS);
    double[] moved = PairFeatures.surface("In 1990 he moved to Paris with his family", "He moved to Paris with his family in 1990", 0.97, NO_VECTORS);
    assertThat(feature(swapped, "word_jaccard")).isEqualTo(1.0);
    assertThat(feature(moved, "word_jaccard")).isEqualTo(1.0);
    assertThat(feature(swapped, "moved_names_or_numbers")).isGreaterThan(0);
    assertThat(feature(swapped, "blocks_per_matched")).isGreaterThan(feature(moved, "blocks_per_matched"));
  }

  @Test
  void softCoverageCountsCloseWordsPartly() {
    float[] cargo = {1, 0};
    float[] shipment = {0.8f, 0.6f};
    PairFeatures.WordVectors vectors = w -> switch (w) {
      case "cargo" -> cargo;
      case "shipment" -> shipment;
      default -> null;
    };
    double[] f = PairFeatures.surface("They sold the cargo", "They sold the shipment", 0.9, vectors);
    // "sold" shared (1), "cargo" ~ "shipment" (0.8): coverage 0.9 each way
    assertThat(feature(f, "soft_coverage_min")).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(feature(f, "unmatched_similarity_min")).isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-6));
  }
}
