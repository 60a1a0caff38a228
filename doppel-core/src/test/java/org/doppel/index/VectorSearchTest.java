package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorSearchTest {
  @Test
  void onlyAQueryLaidOutInLinesSearchesWiderBuckets() {
    VectorSearch search = VectorSearch.SHORT_TEXTS;
    // 150 words in 20 lines of four words or more: one short statement a line
    assertThat(search.searchesWiderBuckets(150, 20)).isTrue();
    // prose of the same length: 250 words in 20 lines, or too few lines
    assertThat(search.searchesWiderBuckets(250, 20)).isFalse();
    assertThat(search.searchesWiderBuckets(60, 11)).isFalse();
    // laid out in lines but longer than a query (found, never searching): its own bucket only
    assertThat(search.searchesWiderBuckets(search.maxQueryWords() + 1, 40)).isFalse();
    assertThat(search.queries(search.maxQueryWords() + 1)).isFalse();
    // no search, no buckets
    assertThat(VectorSearch.OFF.searchesWiderBuckets(150, 20)).isFalse();
  }
}
