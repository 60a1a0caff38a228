package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.SourceText;
import org.doppel.match.SemanticSimilarity;
import org.doppel.match.TextJudge;
import org.doppel.match.TextReading;
import org.doppel.relate.RelatedPair;
import org.junit.jupiter.api.Test;

/**
 * A pair proposed only by two short texts' vocabulary vectors ({@code judgedWhole}) that the whole-text judge turns
 * down is still reported when one side is laid out as easy language and the two share names
 * ({@link PairVerifier#EASY_LANGUAGE_MIN_SHARED_FACTS}); the embedding model and the judge are faked.
 */
class EasyLanguageGateTest {
  // written for the test: a news item, its Easy Read version, and the same item's statements laid out as prose
  private static final String ORIGINAL = """
      The library in Quillbury Bridge closed on Monday for six months while builders replace its leaking roof, the \
      county council said. Tessa Gorvin, who runs the library, apologised to readers and said a mobile library run \
      by the Pellbrook Trust would stop at the market square every Tuesday morning. The repairs will cost about \
      410,000 pounds, most of it from a heritage grant. Councillor Amir Lathwell said the building, opened in 1908, \
      had been patched for years and that a new roof would keep it open for another century. The library is \
      expected to reopen in April.""";
  private static final String EASY = """
      The library in Quillbury Bridge is closed.
      It will be closed for 6 months.
      The roof is old.
      Water comes in when it rains.
      Builders will make a new roof.

      Tessa Gorvin is the head of the library.
      She says: We are sorry.
      You can still get books.
      A bus with books comes every Tuesday.
      The Pellbrook Trust runs the bus.
      The bus stops at the market.

      Amir Lathwell is a councillor.
      He says: The library is very old.
      The new roof is good for it.
      The library opens again in April.
      """;
  /** The same statements with the people, days and months left out: only the town's name is shared. */
  private static final String EASY_WITHOUT_NAMES = EASY.replace("Tessa Gorvin is", "A woman is").replace("The Pellbrook Trust", "A charity")
      .replace("Amir Lathwell is a councillor.", "A man from the council speaks.").replace("every Tuesday", "every week")
      .replace("in April", "in spring");
  /** The Easy Read version's statements run together into paragraphs: prose, however short its sentences. */
  private static final String SHORT_PROSE = EASY.replace(".\n", ". ");

  /** A model that finds every sentence pair close, so that a pair is verified on its sentences whatever facts it shares. */
  private static final SemanticSimilarity EVERY_PAIR_CLOSE = (left, right) -> {
    double[] out = new double[left.size()];
    Arrays.fill(out, 0.95);
    return out;
  };

  /** A whole-text judge that turns every pair down, as the bundled one reads an easy version beside its original. */
  private static final TextJudge TURNS_DOWN = new TextJudge() {
    @Override
    public TextReading read(String text) {
      return new TextReading(text, null, null);
    }

    @Override
    public double probability(TextReading a, TextReading b) {
      return 0.05;
    }
  };

  private static Optional<RelatedPair> verify(String other, boolean judgedWhole) {
    PairVerifier verifier = new PairVerifier(Pipeline.of(Settings.defaults()), EVERY_PAIR_CLOSE, new Judges(null, TURNS_DOWN),
        new StockLines(Settings.defaults().fingerprint().minLineWords(), 0));
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    return verifier.verify(verifier.prepare(analyzer.analyze(SourceText.of("original", ORIGINAL))),
        verifier.prepare(analyzer.analyze(SourceText.of("other", other))), false, judgedWhole);
  }

  @Test
  void anEasyVersionThatKeepsTheNamesIsReportedThoughTheJudgeTurnsItDown() {
    assertThat(verify(EASY, false)).isPresent();
    assertThat(verify(EASY, true)).isPresent();
  }

  @Test
  void anEasyTextSharingOneNameIsNot() {
    assertThat(verify(EASY_WITHOUT_NAMES, false)).isPresent(); // the faked model pairs every sentence
    assertThat(verify(EASY_WITHOUT_NAMES, true)).isEmpty();
  }

  @Test
  void proseThatKeepsTheNamesIsLeftToTheJudge() {
    assertThat(verify(SHORT_PROSE, false)).isPresent();
    assertThat(verify(SHORT_PROSE, true)).isEmpty();
  }
}
