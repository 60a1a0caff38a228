package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class CorpusTest {
  // texts written for the tests, in the reuse corpus layout: tram-copy is tram-original under another
  // site header and date, library-reuser carries two paragraphs of river-source, chess-unrelated shares nothing
  private static final String ORIGINAL = text("/synthetic/tram-original.txt");
  private static final String EXACT_COPY = text("/synthetic/tram-copy.txt");
  private static final String PARTIAL_SOURCE = text("/synthetic/river-source.txt");
  private static final String PARTIAL_COPY = text("/synthetic/library-reuser.txt");
  private static final String UNRELATED = text("/synthetic/chess-unrelated.txt");

  private static String text(String resource) {
    try (InputStream in = CorpusTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Corpus corpusOf(List<SourceText> texts) {
    Corpus corpus = Doppel.builder().threads(2).build();
    texts.forEach(corpus::add);
    return corpus;
  }

  private static List<SourceText> allFive() {
    return List.of(SourceText.of("original", ORIGINAL), SourceText.of("copy", EXACT_COPY), SourceText.of("unrelated", UNRELATED),
        SourceText.of("source", PARTIAL_SOURCE), SourceText.of("reuser", PARTIAL_COPY));
  }

  @Test
  void aCorpusAskedBeforeItsFirstDocumentTakesDocumentsAfterward() {
    // a service answers its first request before anything is added: every add after that threw, each having inserted
    // its document (ArrayIndexOutOfBoundsException in StockLines.add)
    Corpus corpus = Doppel.builder().threads(2).build();
    assertThat(corpus.findAllPairs(ScanProgress.NONE)).isEmpty();
    assertThat(corpus.findCopies(SourceText.of("claim", EXACT_COPY))).isEmpty();

    corpus.add(SourceText.of("original", ORIGINAL));
    corpus.addAll(List.of(SourceText.of("copy", EXACT_COPY), SourceText.of("unrelated", UNRELATED)));

    assertThat(corpus.size()).isEqualTo(3);
    assertThat(corpus.findAllPairs(ScanProgress.NONE)).singleElement().satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.EXACT));
  }

  @Test
  void theBuilderRefusesWhatWouldFailLaterNamingTheSettingAndANullIdIsNamedAsNull() {
    // more threads than a fork-join pool runs: the first add or scan threw an IllegalArgumentException without a message
    assertThatThrownBy(() -> Doppel.builder().threads(Settings.MAX_THREADS + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("threads must be at most 32767");
    assertThat(Doppel.builder().threads(Settings.MAX_THREADS).settings().threads()).isEqualTo(Settings.MAX_THREADS);
    // the builder promises to check each argument at once; a null failed in the first add, naming a field of Settings
    assertThatThrownBy(() -> Doppel.builder().rewrites(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rewrites must not be null (the default is RewriteSettings.DEFAULTS; RewriteSettings.OFF finds copies only)");
    assertThatThrownBy(() -> Doppel.builder().alignment(null)).hasMessageStartingWith("alignment must not be null");
    Corpus corpus = corpusOf(List.of(SourceText.of("original", ORIGINAL)));
    // it was "no document with id 'null' in the corpus", as if a document were named so
    assertThatThrownBy(() -> corpus.findCopies((String) null)).isInstanceOf(NullPointerException.class).hasMessage("id is null");
    assertThatThrownBy(() -> corpus.get(null)).isInstanceOf(NullPointerException.class).hasMessage("id is null");
  }

  @Test
  void anExactCopyWithAnotherHeaderIsTheOnlyPairAmongThreeTexts() {
    assertThat(EXACT_COPY).isNotEqualTo(ORIGINAL);
    Corpus corpus = corpusOf(List.of(SourceText.of("original", ORIGINAL), SourceText.of("copy", EXACT_COPY), SourceText.of("unrelated", UNRELATED)));

    List<RelatedPair> pairs = corpus.findAllPairs(ScanProgress.NONE);

    assertThat(pairs).singleElement().satisfies(pair -> {
      assertThat(pair.a()).isEqualTo("copy");
      assertThat(pair.b()).isEqualTo("original");
      assertThat(pair.relation()).isEqualTo(Relation.EXACT);
      assertThat(pair.score()).isEqualTo(1.0);
      assertThat(pair.passages()).isNotEmpty();
      assertThat(pair.passages()).allSatisfy(p -> assertThat(p.a().of(EXACT_COPY)).isEqualTo(p.b().of(ORIGINAL)));
    });
  }

  @Test
  void aReusedPassageIsAPartialPairWhosePassagesMatchInBothTexts() {
    Corpus corpus = corpusOf(allFive());
    List<RelatedPair> pairs = corpus.findAllPairs(ScanProgress.NONE);
    assertThat(pairs).extracting(RelatedPair::a, RelatedPair::b, RelatedPair::relation).containsExactly(
        org.assertj.core.api.Assertions.tuple("copy", "original", Relation.EXACT),
        org.assertj.core.api.Assertions.tuple("reuser", "source", Relation.PARTIAL));
    RelatedPair partial = pairs.get(1);
    assertThat(partial.passages()).isNotEmpty();
    // the two paragraphs taken from the river article
    String[] source = PARTIAL_SOURCE.split("\n\n");
    int start = PARTIAL_COPY.indexOf(source[4]);
    int end = PARTIAL_COPY.indexOf(source[5]) + source[5].length();
    assertThat(start).isPositive();
    assertThat(partial.passages()).anySatisfy(p -> assertThat(p.a().overlaps(new org.doppel.document.Span(start, end))).isTrue());
  }

  @Test
  void findCopiesListsTheDocumentsSharingTextWithOne() {
    Corpus corpus = corpusOf(allFive());
    assertThat(corpus.findCopies("original")).extracting(RelatedPair::a, RelatedPair::b)
        .containsExactly(org.assertj.core.api.Assertions.tuple("copy", "original"));
    assertThat(corpus.findCopies("unrelated")).isEmpty();
    assertThat(corpus.findCopies("source")).singleElement().satisfies(p -> assertThat(p.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void findCopiesOfATextOutsideTheCorpusFindsItsSources() {
    Corpus corpus = corpusOf(allFive());
    String thirdCopy = "Home / Tech / Article | Daily Planet\nBy Sam Fradel\n\n" + ORIGINAL.substring(ORIGINAL.indexOf("Northfield's city council"));
    List<RelatedPair> copies = corpus.findCopies(SourceText.of("new", thirdCopy));
    assertThat(copies).extracting(RelatedPair::a, RelatedPair::b).contains(
        org.assertj.core.api.Assertions.tuple("new", "original"), org.assertj.core.api.Assertions.tuple("copy", "new"));
    assertThat(corpus.size()).isEqualTo(5);
  }

  @Test
  void aDuplicateIdIsRefused() {
    Corpus corpus = corpusOf(List.of(SourceText.of("a", ORIGINAL)));
    assertThatThrownBy(() -> corpus.add(SourceText.of("a", UNRELATED))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    assertThatThrownBy(() -> corpus.addAll(List.of(SourceText.of("b", UNRELATED), SourceText.of("b", ORIGINAL))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBatchWithARepeatedIdAddsNothingAndSaysWhere() {
    Corpus corpus = corpusOf(List.of(SourceText.of("a", ORIGINAL)));

    assertThatThrownBy(() -> corpus.addAll(List.of(SourceText.of("b", UNRELATED), SourceText.of("b", EXACT_COPY))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'", "earlier in the batch", "unique");
    assertThatThrownBy(() -> corpus.addAll(List.of(SourceText.of("c", UNRELATED), SourceText.of("a", EXACT_COPY))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'", "already in the corpus");

    // neither batch left its first document behind
    assertThat(corpus.size()).isEqualTo(1);
    assertThatThrownBy(() -> corpus.get("b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> corpus.get("c")).isInstanceOf(IllegalArgumentException.class);
    corpus.addAll(List.of(SourceText.of("b", UNRELATED), SourceText.of("c", EXACT_COPY)));
    assertThat(corpus.findCopies("a")).extracting(RelatedPair::b).containsExactly("c");
  }

  @Test
  void theListsAQueryReturnsCannotBeChanged() {
    Corpus corpus = corpusOf(allFive());

    assertThatThrownBy(() -> corpus.findAllPairs(ScanProgress.NONE).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> corpus.findCopies("original").clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> corpus.findCopies(SourceText.of("new", EXACT_COPY)).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void provenanceOfPairsFromAnotherCorpusNamesTheMissingDocument() {
    List<RelatedPair> pairs = corpusOf(allFive()).findAllPairs(ScanProgress.NONE);
    Corpus other = corpusOf(List.of(SourceText.of("original", ORIGINAL)));

    // the message is the corpus's own, not a pool thread's copy that starts "java.lang.IllegalArgumentException: "
    assertThatThrownBy(() -> other.provenance(pairs)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pair ").hasMessageContaining("'copy'", "not in this corpus");
  }

  @Test
  void aTaskExceptionCopiedByThePoolIsRethrownAsTheTaskThrewIt() {
    IllegalStateException thrown = new IllegalStateException("what the task said");

    assertThatThrownBy(() -> CorpusLock.onPool(2, null, () -> java.util.stream.IntStream.range(0, 64).parallel().map(i -> {
      if (i == 63) {
        throw thrown;
      }
      return i;
    }).sum())).isInstanceOf(IllegalStateException.class).hasMessage("what the task said");
  }

  @Test
  void documentsMayBeAddedWhileOtherThreadsAskForPairs() throws Exception {
    List<SourceText> documents = new ArrayList<>();
    for (int i = 0; i < 240; i++) { // each text written here: a line of its own and two of four shared paragraphs
      documents.add(SourceText.of(String.format("d%03d", i), "Bulletin " + i + " of the evening desk, filed in the " + (i % 7)
          + "th hour.\n\n" + SHARED_PARAGRAPHS.get(i % 4) + "\n\n" + SHARED_PARAGRAPHS.get((i / 4) % 4)));
    }
    Corpus corpus = corpusOf(documents.subList(0, 120));
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.concurrent.Future<?> adding = threads.submit(() -> {
        documents.subList(120, 200).forEach(corpus::add);
        corpus.addAll(documents.subList(200, 240));
      });
      List<java.util.concurrent.Future<Integer>> asking = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        asking.add(threads.submit(() -> {
          int runs = 0;
          do { // before this corpus locked, a findAllPairs beside an add failed in SortedPostings
            List<RelatedPair> pairs = corpus.findAllPairs(ScanProgress.NONE);
            assertThat(pairs).isSortedAccordingTo(java.util.Comparator.comparing(RelatedPair::a).thenComparing(RelatedPair::b));
            corpus.findCopies("d000");
            runs++;
          } while (!adding.isDone());
          return runs;
        }));
      }
      adding.get();
      for (java.util.concurrent.Future<Integer> queries : asking) {
        assertThat(queries.get()).isPositive();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(corpus.findAllPairs(ScanProgress.NONE)).isEqualTo(corpusOf(documents).findAllPairs(ScanProgress.NONE)).isNotEmpty();
  }

  @Test
  void aProgressThatAsksTheCorpusWhileAnotherThreadWaitsToAddDoesNotHang() throws Exception {
    Corpus corpus = corpusOf(allFive());
    java.util.concurrent.ExecutorService adder = java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.CompletableFuture<java.util.concurrent.Future<?>> adding = new java.util.concurrent.CompletableFuture<>();
    List<Integer> sizesSeen = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicBoolean asked = new java.util.concurrent.atomic.AtomicBoolean();
    try {
      ScanProgress progress = (phase, done, total) -> {
        if (phase.equals("verify") && asked.compareAndSet(false, true)) { // on the corpus's pool, while the query holds its lock
          adding.complete(adder.submit(() -> corpus.add(SourceText.of("late", UNRELATED + "\n\nOne line of its own."))));
          sleep(300); // the add is waiting for the query by now
          sizesSeen.add(corpus.size());
          corpus.get("original");
        }
      };
      java.util.concurrent.Future<List<RelatedPair>> query = java.util.concurrent.Executors.newSingleThreadExecutor()
          .submit(() -> corpus.findAllPairs(progress));

      assertThat(query.get(20, java.util.concurrent.TimeUnit.SECONDS)).isNotEmpty();
      adding.get().get(20, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      adder.shutdownNow();
    }
    assertThat(sizesSeen).isNotEmpty().containsOnly(5);
    assertThat(corpus.size()).isEqualTo(6);
  }

  @Test
  void addingFromWithinAQueryOfTheSameCorpusIsRefusedNotAWaitForEver() {
    Corpus corpus = corpusOf(allFive());

    assertThatThrownBy(() -> corpus.findAllPairs((phase, done, total) -> corpus.add(SourceText.of("late", UNRELATED))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("after the query returns");
    assertThat(corpus.size()).isEqualTo(5);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final List<String> SHARED_PARAGRAPHS = List.of(
      "The night ferry to the outer islands was cancelled after gusts of ninety kilometres an hour tore a mooring line loose,"
          + " and the harbour master told stranded passengers that the first crossing would leave at dawn if the wind dropped.",
      "Volunteers at the allotment gardens weighed a pumpkin of two hundred and twelve kilograms on Saturday, a record for the"
          + " district, and the grower said the secret was rainwater, patience and a radio tuned to brass band music.",
      "The regional library will stay open until midnight during the exam weeks, its director said, after students collected"
          + " more than three thousand signatures and promised to bring their own coffee and to keep the reading rooms quiet.",
      "A retired watchmaker restored the town hall clock, which had shown twenty past four since a lightning strike in the"
          + " spring, and the bells rang the hour again on Sunday for the first time in five months, to applause from the square.");

  @Test
  void aMissingSourceIsNamedAsTheCallersMistakeAndAddsNothing() {
    Corpus corpus = corpusOf(List.of(SourceText.of("a", ORIGINAL)));
    String message = "source is null: give SourceText.of(id, text), or a SourceText read by CorpusReader";
    assertThatThrownBy(() -> corpus.add(null)).isInstanceOf(NullPointerException.class).hasMessage(message);
    assertThatThrownBy(() -> corpus.findCopies((SourceText) null)).isInstanceOf(NullPointerException.class).hasMessage(message);
    List<SourceText> batch = new ArrayList<>(List.of(SourceText.of("b", EXACT_COPY)));
    batch.add(null);
    assertThatThrownBy(() -> corpus.addAll(batch)).isInstanceOf(NullPointerException.class).hasMessage(message);
    assertThatThrownBy(() -> corpus.addAll(null)).isInstanceOf(NullPointerException.class).hasMessage("batch is null");
    assertThat(corpus.size()).isEqualTo(1);
  }

  @Test
  void aMissingProgressOrProvenanceIsNamedWithWhatToGiveInstead() {
    Corpus corpus = corpusOf(List.of(SourceText.of("a", ORIGINAL), SourceText.of("b", EXACT_COPY)));
    // a null progress failed at its first update, a null provenance inside trace, neither saying what to give
    assertThatThrownBy(() -> corpus.findAllPairs(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("progress is null: give ScanProgress.NONE to be told nothing");
    assertThatThrownBy(() -> corpus.provenanceOfAllPairs(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("progress is null: give ScanProgress.NONE to be told nothing");
    assertThatThrownBy(() -> corpus.provenance(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("pairs is null: give provenance the pairs findAllPairs found");
    assertThatThrownBy(() -> corpus.trace("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("provenance is null: give trace a provenance of this corpus");
    assertThat(corpus.trace("a", corpus.provenanceOfAllPairs(ScanProgress.NONE)).id()).isEqualTo("a");
  }

  @Test
  void unknownIdsAreRefused() {
    Corpus corpus = corpusOf(List.of(SourceText.of("a", ORIGINAL)));
    assertThatThrownBy(() -> corpus.findCopies("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no document with id 'nope' in the corpus: add it first, or give its text to findCopies(SourceText) to compare a"
            + " text the corpus does not hold");
    assertThatThrownBy(() -> corpus.get("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThat(corpus.get("a").text()).isEqualTo(ORIGINAL);
  }

  @Test
  void inputOrderDoesNotChangeThePairs() {
    List<RelatedPair> expected = corpusOf(allFive()).findAllPairs(ScanProgress.NONE);
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<SourceText> shuffled = new ArrayList<>(allFive());
      Collections.shuffle(shuffled, random);
      assertThat(corpusOf(shuffled).findAllPairs(ScanProgress.NONE)).as("order %s", shuffled.stream().map(SourceText::id).toList())
          .isEqualTo(expected);
    }
  }

  @Test
  void addAllFindsTheSamePairsAsAddingOneByOne() {
    Corpus batch = Doppel.builder().threads(3).build();
    batch.addAll(allFive());
    assertThat(batch.size()).isEqualTo(5);
    assertThat(batch.findAllPairs(ScanProgress.NONE)).isEqualTo(corpusOf(allFive()).findAllPairs(ScanProgress.NONE));
    assertThat(batch.indexBytesPerDocument()).isPositive();
  }

  @Test
  void progressIsReportedUpToTheTotal() {
    List<String> phases = Collections.synchronizedList(new ArrayList<>());
    corpusOf(allFive()).findAllPairs((phase, done, total) -> {
      assertThat(done).isLessThanOrEqualTo(total);
      phases.add(phase);
    });
    assertThat(phases).contains("candidates", "verify");
  }

  @Test
  void anEmptyCorpusHasNoPairs() {
    assertThat(Doppel.builder().build().findAllPairs(ScanProgress.NONE)).isEmpty();
  }
}
