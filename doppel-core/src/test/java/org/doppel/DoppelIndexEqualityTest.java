package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.Direction;
import org.doppel.provenance.Provenance;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.ReportFloor;
import org.junit.jupiter.api.Test;
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
    List<SourceText> sample = new ArrayList<>(documents);
    Collections.shuffle(sample, new Random(14));
    sample = sample.subList(0, Math.min(checked, sample.size()));
    assertThat(assertEachQueryEqualsTheScan(Doppel.builder().threads(2), documents, sample)).as("pairs compared")
        .isGreaterThan(sample.size() / 2);
  }

  /**
   * Stock lines (a newsletter prompt under eight articles, in eight surroundings) are learned by
   * the scan from the whole corpus; the index counts them from the lines it keeps, plus the query's
   * own, so a prompt seen in exactly eight surroundings is stock for a query of one of the eight too.
   */
  @Test
  void stockLinesAreCountedAsTheScanCountsThem() throws Exception {
    SyntheticText words = new SyntheticText(21);
    String prompt = words.sentence(18) + " " + words.sentence(12);
    List<SourceText> documents = new ArrayList<>();
    List<List<String>> sites = new ArrayList<>();
    for (int i = 0; i < ReportFloor.DEFAULTS.stockSurroundings(); i++) {
      List<String> paragraphs = words.paragraphs(5);
      sites.add(paragraphs);
      List<String> withPrompt = new ArrayList<>(paragraphs);
      withPrompt.add(2 + i % 3, prompt);
      documents.add(SourceText.of("site-" + i, SyntheticText.article(words.sentence(6), withPrompt)));
    }
    // A paragraph taken from a site with the prompt after it: a partial copy whose stock line is no evidence.
    List<String> host = words.paragraphs(5);
    host.add(2, sites.get(0).get(4));
    host.add(3, prompt);
    documents.add(SourceText.of("host", SyntheticText.article(words.sentence(6), host)));
    List<String> source = words.paragraphs(6);
    documents.add(SourceText.of("source", SyntheticText.article(words.sentence(6), source)));
    List<String> copy = new ArrayList<>(source);
    copy.add(prompt);
    documents.add(SourceText.of("copy", SyntheticText.article(words.sentence(6), copy)));

    Doppel.Builder builder = Doppel.builder().threads(2);
    // The prompt matters here: without stock lines the scan pairs every two sites.
    Doppel.Builder noStock = Doppel.builder().threads(2).reportFloor(new ReportFloor(ReportFloor.DEFAULTS.minOwnWords(),
        ReportFloor.DEFAULTS.minScore(), 0));
    assertThat(scan(noStock, documents)).hasSizeGreaterThan(scan(builder, documents).size() + 20);
    // host / site-0 and source / copy, each queried from both sides.
    assertThat(assertEachQueryEqualsTheScan(builder, documents, documents)).as("pairs compared").isEqualTo(4);
  }

  /**
   * Short texts (snippets under 120 words) rewritten with their words reordered share no four-word
   * run: only the scan's vector search finds them, and the index's short-text vectors must find the
   * same documents, from both sides (a snippet's nearest, and the snippets that have it among theirs).
   */
  @Test
  void shortTextsFindTheirRewritesByVectorAsTheScanDoes() throws Exception {
    SyntheticText words = new SyntheticText(33);
    Random random = new Random(5);
    List<SourceText> documents = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      List<String> sentences = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        sentences.add(words.sentence(12 + random.nextInt(6)));
      }
      documents.add(SourceText.of("snippet-" + i, String.join(" ", sentences) + "\n"));
      if (i % 2 == 0) {
        documents.add(SourceText.of("rewrite-" + i, reworded(sentences, random) + "\n"));
      }
    }
    for (int i = 0; i < 6; i++) {
      documents.add(SourceText.of("article-" + i, SyntheticText.article(words.sentence(6), words.paragraphs(5))));
    }
    Doppel.Builder builder = Doppel.builder().threads(2)
        .rewrites(RewriteSettings.DEFAULTS.withVectorSearch(org.doppel.index.VectorSearch.SHORT_TEXTS));
    // Vector search matters here: without it the scan finds fewer pairs.
    assertThat(scan(builder, documents).size()).isGreaterThan(scan(Doppel.builder().threads(2), documents).size());
    assertThat(assertEachQueryEqualsTheScan(builder, documents, documents)).as("pairs compared").isGreaterThan(0);
  }

  /**
   * A snippet with nine rewrites, each further from it (more words replaced): the snippet is among
   * every rewrite's six nearest, so the scan pairs it with all nine, more than its own six nearest;
   * a query of the snippet must find the other three from their side, as the scan does.
   */
  @Test
  void aShortTextIsFoundByTheRewritesThatHaveItAmongTheirNearest() throws Exception {
    SyntheticText words = new SyntheticText(47);
    Random random = new Random(9);
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      sentences.add(words.sentence(14 + random.nextInt(4)));
    }
    List<SourceText> documents = new ArrayList<>();
    documents.add(SourceText.of("snippet", String.join(" ", sentences) + "\n"));
    for (int r = 1; r <= 9; r++) {
      List<String> reworded = new ArrayList<>();
      for (String sentence : sentences) {
        List<String> tokens = new ArrayList<>(List.of(sentence.replace(".", "").toLowerCase(java.util.Locale.ROOT).split(" ")));
        for (int w = 0; w < r; w++) {
          tokens.set(random.nextInt(tokens.size()), words.word());
        }
        Collections.shuffle(tokens, random);
        reworded.add(String.join(" ", tokens) + ".");
      }
      documents.add(SourceText.of("rewrite-" + r, String.join(" ", reworded) + "\n"));
    }
    Doppel.Builder builder = Doppel.builder().threads(2)
        .rewrites(RewriteSettings.DEFAULTS.withVectorSearch(org.doppel.index.VectorSearch.SHORT_TEXTS));
    long ofSnippet = scan(builder, documents).stream().filter(p -> p.a().equals("snippet") || p.b().equals("snippet")).count();
    assertThat(ofSnippet).as("pairs of the snippet in the scan").isGreaterThan(org.doppel.index.VectorSearch.SHORT_TEXTS.neighbours());
    assertThat(assertEachQueryEqualsTheScan(builder, documents, documents)).as("pairs compared").isGreaterThan(0);
  }

  /**
   * Sources of 350-450 words, each with a short revision (its first sentences reworded, under 300 words) and a
   * long one (all of it reworded): the short revision searches the sources' vectors, the long one is never
   * compared with its source by vector; a query of any of them finds what the scan pairs it with.
   */
  @Test
  void aShortRevisionFindsItsLongerSourceInTheIndexAsInTheScan() throws Exception {
    SyntheticText words = new SyntheticText(53);
    Random random = new Random(13);
    List<SourceText> documents = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      List<String> sentences = new ArrayList<>();
      int length = 0;
      while (length < 350 + 15 * i) {
        String sentence = words.sentence(12 + random.nextInt(6));
        sentences.add(sentence);
        length += sentence.split(" ").length;
      }
      documents.add(SourceText.of("source-" + i, String.join(" ", sentences) + "\n"));
      documents.add(SourceText.of("short-" + i, reworded(sentences.subList(0, sentences.size() / 2), random) + "\n"));
      documents.add(SourceText.of("long-" + i, reworded(sentences, random) + "\n"));
    }
    Doppel.Builder builder = Doppel.builder().threads(2)
        .rewrites(RewriteSettings.DEFAULTS.withVectorSearch(org.doppel.index.VectorSearch.SHORT_TEXTS));
    List<RelatedPair> pairs = scan(builder, documents);
    assertThat(pairs).anyMatch(p -> p.a().startsWith("source-") && p.b().startsWith("short-") || p.b().startsWith("source-") && p.a().startsWith("short-"));
    assertThat(assertEachQueryEqualsTheScan(builder, documents, documents)).as("pairs compared").isGreaterThan(0);
  }

  /** Each sentence's words lower-cased and shuffled: no four-word run and no name is left. */
  private static String reworded(List<String> sentences, Random random) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences) {
      List<String> tokens = new ArrayList<>(List.of(sentence.replace(".", "").toLowerCase(java.util.Locale.ROOT).split(" ")));
      Collections.shuffle(tokens, random);
      out.add(String.join(" ", tokens) + ".");
    }
    return String.join(" ", out);
  }

  private static List<RelatedPair> scan(Doppel.Builder builder, List<SourceText> documents) {
    return scanProvenance(builder, documents).relatedPairs();
  }

  private static Provenance scanProvenance(Doppel.Builder builder, List<SourceText> documents) {
    Corpus corpus = builder.build();
    corpus.addAll(documents);
    return corpus.provenance(corpus.findAllPairs(ScanProgress.NONE));
  }

  /** Queries each of {@code sample} against the rest and compares with the scan; returns how many pairs it compared. */
  private int assertEachQueryEqualsTheScan(Doppel.Builder builder, List<SourceText> documents, List<SourceText> sample) throws IOException {
    Provenance provenance = scanProvenance(builder, documents);
    List<RelatedPair> scanned = provenance.relatedPairs();
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
          Direction scanDirection = Objects.requireNonNull(provenance.direction(d.id(), other));
          if (scanDirection.detail().startsWith("both may come from ")) {
            // two rewrites of one original: the scan saw a third document a query does not weigh (SiblingRewrites),
            // and withdrew the answer the pair alone gives; the query gives that answer
            assertThat(got.source()).as("source of %s / %s", d.id(), other).isNotNull();
            assertThat(scanDirection.detail()).as("source of %s / %s", d.id(), other).contains("the pair alone named " + got.source() + " the original");
          } else if (scanDirection.evidence().equals(List.of("group"))) {
            // the scan carried its group's answers to a pair the judge left unknown (GroupAnswerCarrier); a query sees
            // only its own pairs and leaves it unknown, as the judge did
            assertThat(got.source()).as("source of %s / %s", d.id(), other).isNull();
          } else {
            assertThat(got.source()).as("source of %s / %s", d.id(), other).isEqualTo(want.source());
          }
          pairsCompared++;
        }
      }
    }
    return pairsCompared;
  }

  private static Map<String, RelatedPair> byOther(String id, List<RelatedPair> pairs) {
    return pairs.stream().collect(Collectors.toMap(p -> p.a().equals(id) ? p.b() : p.a(), p -> p, (x, y) -> {
      throw new AssertionError("two pairs of " + id + " with the same document: " + x + ", " + y);
    }, TreeMap::new));
  }

  private static List<SourceText> read(String name) throws URISyntaxException {
    Path root = Path.of(DoppelIndexEqualityTest.class.getResource("/index-equality/" + name).toURI());
    List<String> problems = new ArrayList<>();
    List<SourceText> documents = new CorpusReader(problem -> {
      if (!problem.note()) { // a JSON Lines file's record count is a note, no problem (IngestProblem.note)
        problems.add(problem.toString());
      }
    }).readAll(List.of(root));
    assertThat(problems).isEmpty();
    return documents;
  }
}
