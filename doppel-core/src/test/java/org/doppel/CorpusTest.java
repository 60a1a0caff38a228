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
    String thirdCopy = "Home / Tech / Article | Daily Planet\nBy Sam Fraser\n\n" + ORIGINAL.substring(ORIGINAL.indexOf("Northfield's city council"));
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
  void unknownIdsAreRefused() {
    Corpus corpus = corpusOf(List.of(SourceText.of("a", ORIGINAL)));
    assertThatThrownBy(() -> corpus.findCopies("nope")).isInstanceOf(IllegalArgumentException.class);
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
