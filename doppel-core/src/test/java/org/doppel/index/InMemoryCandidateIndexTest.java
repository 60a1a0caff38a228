package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryCandidateIndexTest {
  private static final int UNRELATED = 200;
  private final Fingerprinter fingerprinter = new Fingerprinter(FingerprintSettings.DEFAULTS);
  private final Random random = new Random(20240611);
  private final String[] vocabulary = new String[4000];
  private final List<String[]> texts = new ArrayList<>();
  private InMemoryCandidateIndex index;

  @BeforeEach
  void fillIndexWithUnrelatedDocuments() {
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = randomWord();
    }
    index = new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 1, 3);
    for (int doc = 0; doc < UNRELATED; doc++) {
      String[] words = randomWords(300);
      texts.add(words);
      index.add(doc, fingerprint(words));
    }
  }

  private String randomWord() {
    StringBuilder word = new StringBuilder();
    int length = 3 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private String[] randomWords(int n) {
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = vocabulary[random.nextInt(vocabulary.length)];
    }
    return words;
  }

  private Fingerprint fingerprint(String[] words) {
    return fingerprinter.fingerprint(analysed(words));
  }

  /** Words in paragraphs of 30. */
  private static org.doppel.document.Document analysed(String[] words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      text.append(words[i]).append(i % 30 == 29 ? "\n\n" : " ");
    }
    return new DocumentAnalyzer().analyze(SourceText.of("d", text.toString()));
  }

  private static List<Integer> numbers(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::docNumber).toList();
  }

  @Test
  void aPlantedNearDuplicateIsACandidate() {
    String[] copy = texts.get(17).clone();
    for (int i = 5; i < copy.length; i += 60) {
      copy[i] = "edited";
    }
    List<Candidate> candidates = index.candidates(fingerprint(copy), -1);
    assertThat(numbers(candidates)).contains(17).hasSizeLessThan(5);
    Candidate found = candidates.stream().filter(c -> c.docNumber() == 17).findFirst().orElseThrow();
    assertThat(found.sharedBands()).isPositive();
  }

  @Test
  void aPlantedPartialCopyIsACandidate() {
    String[] host = randomWords(400);
    System.arraycopy(texts.get(42), 60, host, 150, 60); // two whole paragraphs of doc 42
    List<Candidate> candidates = index.candidates(fingerprint(host), -1);
    assertThat(numbers(candidates)).contains(42).hasSizeLessThan(5);
    Candidate found = candidates.stream().filter(c -> c.docNumber() == 42).findFirst().orElseThrow();
    assertThat(found.sharedAnchors()).isPositive();
  }

  /** Doc 17 with its words shuffled within each paragraph and every third replaced: no 4 words in a row survive. */
  private String[] spun(int doc) {
    return spun(texts.get(doc));
  }

  private String[] spun(String[] text) {
    String[] words = text.clone();
    for (int start = 0; start < words.length; start += 30) {
      java.util.Collections.shuffle(java.util.Arrays.asList(words).subList(start, Math.min(words.length, start + 30)), random);
    }
    for (int i = 0; i < words.length; i += 3) {
      words[i] = vocabulary[random.nextInt(vocabulary.length)];
    }
    return words;
  }

  @Test
  void aReworkedDocumentWithoutSharedShinglesIsFoundOnlyByItsVocabularyVector() {
    String[] reworked = spun(17);
    assertThat(numbers(index.candidates(fingerprint(reworked), -1))).doesNotContain(17);

    InMemoryCandidateIndex withVectors = new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 1, 3, new VectorSearch(2, 0.5));
    for (int doc = 0; doc < UNRELATED; doc++) {
      withVectors.add(doc, fingerprint(texts.get(doc)));
    }
    assertThat(numbers(withVectors.candidates(fingerprint(reworked), -1))).contains(17).hasSizeLessThanOrEqualTo(2);
    withVectors.add(UNRELATED, fingerprint(reworked));
    CandidatePairs pairs = withVectors.allCandidatePairs();
    boolean found = false;
    for (int i = 0; i < pairs.size(); i++) {
      found |= pairs.first(i) == 17 && pairs.second(i) == UNRELATED;
    }
    assertThat(found).isTrue();
  }

  @Test
  void aShortTextFindsItsLongerSourceByVectorThoughNoLongerTextSearches() {
    String[] source = randomWords(450);
    String[] answer = spun(java.util.Arrays.copyOf(source, 250)); // a heavy revision of its first 250 words
    VectorSearch upTo300 = new VectorSearch(6, 0.5, 300);
    InMemoryCandidateIndex symmetric = indexWith(upTo300, source);
    assertThat(numbers(symmetric.candidates(vectorFingerprint(upTo300, answer), -1))).doesNotContain(UNRELATED);

    InMemoryCandidateIndex asymmetric = indexWith(VectorSearch.SHORT_TEXTS, source);
    Fingerprint answered = vectorFingerprint(VectorSearch.SHORT_TEXTS, answer);
    assertThat(numbers(asymmetric.candidates(answered, -1))).contains(UNRELATED);
    asymmetric.add(UNRELATED + 1, answered);
    assertThat(pairs(asymmetric.allCandidatePairs())).contains(List.of(UNRELATED, UNRELATED + 1));
  }

  @Test
  void twoTextsOverTheQueryLengthAreNotPairedByVectors() {
    String[] text = randomWords(400);
    String[] revision = spun(text);
    VectorSearch upTo500 = new VectorSearch(6, 0.5, 500);
    InMemoryCandidateIndex symmetric = indexWith(upTo500, text);
    symmetric.add(UNRELATED + 1, vectorFingerprint(upTo500, revision));
    assertThat(pairs(symmetric.allCandidatePairs())).contains(List.of(UNRELATED, UNRELATED + 1)); // their vectors are close

    InMemoryCandidateIndex asymmetric = indexWith(VectorSearch.SHORT_TEXTS, text);
    Fingerprint revised = vectorFingerprint(VectorSearch.SHORT_TEXTS, revision);
    assertThat(numbers(asymmetric.candidates(revised, -1))).doesNotContain(UNRELATED);
    asymmetric.add(UNRELATED + 1, revised);
    assertThat(pairs(asymmetric.allCandidatePairs())).doesNotContain(List.of(UNRELATED, UNRELATED + 1));
  }

  /** The unrelated documents, then {@code last} (number {@link #UNRELATED}), with vectors as a scan with {@code search} has them. */
  private InMemoryCandidateIndex indexWith(VectorSearch search, String[] last) {
    InMemoryCandidateIndex withVectors = new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 1, 3, search);
    for (int doc = 0; doc < UNRELATED; doc++) {
      withVectors.add(doc, vectorFingerprint(search, texts.get(doc)));
    }
    withVectors.add(UNRELATED, vectorFingerprint(search, last));
    return withVectors;
  }

  /** As {@link #fingerprint}, with a vector for the texts {@code search} searches, as the scan's settings make it. */
  private static Fingerprint vectorFingerprint(VectorSearch search, String[] words) {
    return new Fingerprinter(FingerprintSettings.DEFAULTS, true, search.maxWords()).fingerprint(analysed(words));
  }

  private static List<List<Integer>> pairs(CandidatePairs pairs) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      out.add(List.of(pairs.first(i), pairs.second(i)));
    }
    return out;
  }

  @Test
  void factsSharedByEnoughDocumentsMakeACandidateWithoutSharedShingles() {
    InMemoryCandidateIndex byFacts = new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 1, 3);
    String names = "Pedro Pardo met Anna Berg in Namyang and Tumen. Later Kim Jong sent 482 km of wire. ";
    byFacts.add(0, fingerprinter.fingerprint(new DocumentAnalyzer().analyze(SourceText.of("x", names + String.join(" ", randomWords(100))))));
    String other = "Near Namyang, Pedro Pardo and Anna Berg saw Tumen; wire of 482 km came from Kim Jong. ";
    List<Candidate> candidates = byFacts.candidates(fingerprinter.fingerprint(new DocumentAnalyzer().analyze(SourceText.of("y", other + String.join(" ", randomWords(100))))), -1);
    assertThat(candidates).singleElement().satisfies(c -> assertThat(c.sharedFacts()).isGreaterThanOrEqualTo(3));
  }

  @Test
  void allCandidatePairsAreTheSameOnAnyNumberOfThreads() throws Exception {
    // The postings are merged and their keys paired in a few slices per worker of the pool.
    List<Long> oneThread = null;
    for (int threads : new int[] {1, 2, 3, 8}) {
      InMemoryCandidateIndex fresh = new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 2, 3);
      for (int doc = 0; doc < UNRELATED; doc++) {
        fresh.add(doc, fingerprint(texts.get(doc)));
      }
      for (int copy = 0; copy < 30; copy++) { // near-duplicates and partial copies of the first documents
        String[] words = copy % 2 == 0 ? editEveryTenthWord(texts.get(copy)) : partOf(texts.get(copy), texts.get(copy + 100));
        fresh.add(UNRELATED + copy, fingerprint(words));
      }
      java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
      CandidatePairs pairs;
      try {
        pairs = pool.submit(() -> fresh.allCandidatePairs()).get();
      } finally {
        pool.shutdown();
      }
      List<Long> found = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        found.add(CandidatePairs.pack(pairs.first(i), pairs.second(i)));
      }
      assertThat(found).isSorted().doesNotHaveDuplicates();
      for (int copy = 0; copy < 30; copy++) {
        assertThat(found).as("copy %d on %d threads", copy, threads).contains(CandidatePairs.pack(copy, UNRELATED + copy));
      }
      if (oneThread == null) {
        oneThread = found;
      } else {
        assertThat(found).as("%d threads", threads).isEqualTo(oneThread);
      }
    }
  }

  private String[] editEveryTenthWord(String[] words) {
    String[] edited = words.clone();
    for (int i = 5; i < edited.length; i += 10) {
      edited[i] = randomWord();
    }
    return edited;
  }

  /** 90 words of {@code copied} inside {@code own}. */
  private static String[] partOf(String[] copied, String[] own) {
    String[] words = own.clone();
    System.arraycopy(copied, 60, words, 120, 90);
    return words;
  }

  @Test
  void anUnrelatedDocumentHasNoCandidates() {
    assertThat(index.candidates(fingerprint(randomWords(300)), -1)).isEmpty();
  }

  @Test
  void aDocumentIsNotItsOwnCandidate() {
    Fingerprint own = fingerprint(texts.get(17));
    assertThat(numbers(index.candidates(own, -1))).containsExactly(17);
    assertThat(index.candidates(own, 17)).isEmpty();
  }

  @Test
  void keysPostedUnderMoreThanMaxPostingsDocumentsAreIgnoredButABandLinksTheEarliestAndTheNearest() {
    Fingerprint common = fingerprint(texts.get(0));
    // every key in 4 documents, over the cap of 3: lines and anchors are stock phrases, the bands one text
    assertThat(copiesIn(3, common, 4).candidates(common, 0)).extracting(Candidate::docNumber, Candidate::sharedAnchors)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 0), org.assertj.core.groups.Tuple.tuple(3, 0));
    // in 20 documents (in the order added, no dates given): the 4 earliest and the 4 on either side, as the scan pairs them
    assertThat(numbers(copiesIn(3, common, 20).candidates(common, 10))).containsExactly(0, 1, 2, 3, 6, 7, 8, 9, 11, 12, 13, 14);

    InMemoryCandidateIndex roomy = copiesIn(4, common, 4);
    assertThat(numbers(roomy.candidates(common, 0))).containsExactlyInAnyOrder(1, 2, 3);
  }

  /** An index whose keys may be shared by {@code maxPostings} documents, holding {@code copies} of one fingerprint. */
  private static InMemoryCandidateIndex copiesIn(int maxPostings, Fingerprint fingerprint, int copies) {
    InMemoryCandidateIndex index = new InMemoryCandidateIndex(LshBanding.DEFAULTS, maxPostings, 1, 3);
    for (int doc = 0; doc < copies; doc++) {
      index.add(doc, fingerprint);
    }
    return index;
  }

  @Test
  void aTextInMoreDocumentsThanMaxPostingsIsPairedWithItsEarliestAndItsNeighboursOnly() {
    // 30 copies of one text, in a corpus whose keys may be shared by 10: every key of the text is over the limit
    InMemoryCandidateIndex small = copiesIn(10, fingerprint(texts.get(0)), 30);
    small.add(30, fingerprint(texts.get(1)));
    int[] rank = new int[31];
    for (int doc = 0; doc < 31; doc++) {
      rank[doc] = doc < 30 ? (doc * 7) % 30 : 30; // doc 0 earliest, then 13, 26, 9, 22, ...; the other text last
    }
    CandidatePairs pairs = small.allCandidatePairs(doc -> rank[doc]);
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      found.add(new int[] {pairs.first(i), pairs.second(i)});
    }
    int hubs = HotBands.HUBS;
    int neighbours = HotBands.NEIGHBOURS;
    // each copy with the 4 earliest and the 4 before it: 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 pairs, then 8 a copy
    assertThat(found).hasSize(36 + (30 - 9) * (hubs + neighbours));
    assertThat(found).noneMatch(pair -> pair[1] == 30); // the other text is no copy
    assertThat(found).filteredOn(pair -> pair[0] == 0).hasSize(29); // the earliest is paired with every copy
    // without an order, the index's own order: the lowest numbers are the hubs
    assertThat(small.allCandidatePairs().size()).isEqualTo(found.size());
    // other keys over the limit (the copies' lines and anchors) make no pair: two copies ranked far apart, neither
    // among the earliest, are none
    assertThat(found).noneMatch(pair -> Math.min(rank[pair[0]], rank[pair[1]]) >= hubs && Math.abs(rank[pair[0]] - rank[pair[1]]) > neighbours);
  }

  @Test
  void sizeAndMemoryGrowWithDocuments() {
    assertThat(index.size()).isEqualTo(UNRELATED);
    assertThat(index.memoryBytes()).isPositive();
  }

  @Test
  void docNumbersBeyondTheInitialCapacityWork() {
    InMemoryCandidateIndex sparse = new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 1, 3);
    Fingerprint f = fingerprint(texts.get(3));
    sparse.add(5000, f);
    assertThat(numbers(sparse.candidates(f, -1))).containsExactly(5000);
  }

  @Test
  void constructorAndAddCheckTheirArguments() {
    assertThatThrownBy(() -> new InMemoryCandidateIndex(LshBanding.DEFAULTS, 1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InMemoryCandidateIndex(LshBanding.DEFAULTS, 200, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    Fingerprint f = fingerprint(texts.get(0));
    assertThatThrownBy(() -> index.add(-1, f)).isInstanceOf(IllegalArgumentException.class);
  }
}
