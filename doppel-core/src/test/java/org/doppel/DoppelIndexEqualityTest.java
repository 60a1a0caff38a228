package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query of a standing index answers what a scan says: for a document D, index the corpus without D,
 * query D, and the pairs equal those a scan of the whole corpus reports for D (relation, score
 * within 1e-6, passages, aligned sentences and direction). The index is built once; each D is
 * removed, queried and put back, so removal and near-real-time reopening are exercised too.
 */
class DoppelIndexEqualityTest {
  @TempDir
  Path folder;

  /**
   * The sample corpus checks every document; reuse-dev (100 documents, rewrites and partial copies)
   * checks a seeded random 40 of them to keep the suite under a minute on two cores.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"sample, 1000", "reuse-dev, 40"})
  void aQueryOfEachDocumentAgainstTheRestEqualsWhatTheScanReportsForIt(String corpusName, int checked) throws Exception {
    List<SourceText> documents = read(corpusName);
    Doppel.Builder builder = Doppel.builder().threads(2);
    Corpus corpus = builder.build();
    corpus.addAll(documents);
    List<RelatedPair> scanned = corpus.provenance(corpus.findAllPairs(ScanProgress.NONE)).relatedPairs();

    List<SourceText> sample = new ArrayList<>(documents);
    Collections.shuffle(sample, new Random(14));
    sample = sample.subList(0, Math.min(checked, sample.size()));
    int pairsCompared = 0;
    try (DoppelIndex index = builder.openIndex(folder.resolve("index"))) {
      index.add(documents);
      for (SourceText d : sample) {
        index.remove(d.id());
        List<RelatedPair> queried = index.query(d, Integer.MAX_VALUE).pairs();
        index.add(List.of(d));
        Map<String, RelatedPair> expected = byOther(d.id(), scanned.stream().filter(p -> p.a().equals(d.id()) || p.b().equals(d.id())).toList());
        Map<String, RelatedPair> actual = byOther(d.id(), queried);
        assertThat(actual.keySet()).as("documents related to %s", d.id()).isEqualTo(expected.keySet());
        for (String other : expected.keySet()) {
          RelatedPair want = expected.get(other);
          RelatedPair got = actual.get(other);
          assertThat(got.relation()).as("relation of %s / %s", d.id(), other).isEqualTo(want.relation());
          assertThat(Math.abs(got.score() - want.score())).as("score of %s / %s", d.id(), other).isLessThanOrEqualTo(1e-6);
          assertThat(got.passages()).as("passages of %s / %s", d.id(), other).isEqualTo(want.passages());
          assertThat(got.sentences()).as("sentences of %s / %s", d.id(), other).isEqualTo(want.sentences());
          assertThat(got.source()).as("source of %s / %s", d.id(), other).isEqualTo(want.source());
          pairsCompared++;
        }
      }
    }
    assertThat(pairsCompared).as("pairs compared").isGreaterThan(sample.size() / 2);
  }

  private static Map<String, RelatedPair> byOther(String id, List<RelatedPair> pairs) {
    return pairs.stream().collect(Collectors.toMap(p -> p.a().equals(id) ? p.b() : p.a(), p -> p, (x, y) -> {
      throw new AssertionError("two pairs of " + id + " with the same document: " + x + ", " + y);
    }, TreeMap::new));
  }

  private static List<SourceText> read(String name) throws URISyntaxException {
    Path root = Path.of(DoppelIndexEqualityTest.class.getResource("/index-equality/" + name).toURI());
    List<String> problems = new ArrayList<>();
    List<SourceText> documents = new CorpusReader(problem -> problems.add(problem.toString())).readAll(List.of(root));
    assertThat(problems).isEmpty();
    return documents;
  }
}
