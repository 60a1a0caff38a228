package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
  static final String ORIGINAL = """
      Photographer Pedro Pardo visited the border between China and North Korea in 2019.
      He travelled 482 km along the Tumen river to take pictures of everyday life.
      Soldiers could be seen working in the fields near the town of Namyang.
      The images were later published by the AFP news agency.""";
  private static final String REWRITE = """
      In 2019, cameraman Pedro Pardo went to the frontier of China and North Korea.
      Workers in uniform were visible labouring on farmland close to Namyang town.
      Along the Tumen river he journeyed 482 km in order to photograph daily life.
      Later the pictures appeared through the AFP agency.""";

  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final SentenceAligner aligner = new SentenceAligner(SentenceAlignmentSettings.DEFAULTS);

  private SentenceAlignment align(String a, String b, SemanticSimilarity model) {
    Document x = analyzer.analyze(SourceText.of("a", a));
    Document y = analyzer.analyze(SourceText.of("b", b));
    return aligner.align(x, splitter.split(x), y, splitter.split(y), model);
  }

  @Test
  void rewordedSentencesAlignEvenWhenMovedWithinTheParagraph() {
    SentenceAlignment alignment = align(ORIGINAL, REWRITE, null);
    assertThat(alignment.pairs()).extracting(p -> p.a().first() + ">" + p.b().first()).contains("0>0");
    assertThat(alignment.pairs().size()).isGreaterThanOrEqualTo(3);
    assertThat(alignment.coverageA()).isGreaterThan(0.6);
  }

  @Test
  void unrelatedTextAlignsNothing() {
    SentenceAlignment alignment = align(ORIGINAL, "Markets rose today as investors cheered. Oil prices fell sharply in Asian trading.", null);
    assertThat(alignment.isEmpty()).isTrue();
    assertThat(alignment.coverageA()).isZero();
  }

  @Test
  void theModelJudgesEverySentencePairAndCanOnlyAddAlignments() {
    List<String> asked = new ArrayList<>();
    SemanticSimilarity rejectAll = (left, right) -> {
      asked.addAll(left);
      return new double[left.size()];
    };
    SemanticSimilarity acceptAll = (left, right) -> {
      double[] same = new double[left.size()];
      java.util.Arrays.fill(same, 0.9);
      return same;
    };
    SentenceAlignment without = align(ORIGINAL, REWRITE, null);
    SentenceAlignment rejected = align(ORIGINAL, REWRITE, rejectAll);
    SentenceAlignment accepted = align(ORIGINAL, REWRITE, acceptAll);
    Document x = analyzer.analyze(SourceText.of("a", ORIGINAL));
    Document y = analyzer.analyze(SourceText.of("b", REWRITE));
    int sentencesA = splitter.split(x).size();
    int sentencesB = splitter.split(y).size();
    assertThat(asked).hasSize(sentencesA * sentencesB); // the default matrix asks about every pair
    assertThat(rejected.modelCalls()).isEqualTo(sentencesA + sentencesB); // sentences a caching model encodes
    assertThat(rejected.pairs()).isEqualTo(without.pairs());
    assertThat(accepted.pairs().size()).isGreaterThanOrEqualTo(without.pairs().size());
    assertThat(accepted.coverageA()).isEqualTo(1.0); // every sentence joins a partner, many to one
    assertThat(accepted.pairs()).filteredOn(p -> !Double.isNaN(p.semantic()))
        .allSatisfy(p -> assertThat(p.lexical()).isLessThan(SentenceAlignmentSettings.DEFAULTS.acceptLexicalWithoutModel()));
  }

  @Test
  void aCondensedSentenceDrawingOnTwoOriginalsAlignsWithBoth() {
    String original = "The council approved the new library budget on Monday. The building will open in the spring of 2026. "
        + "Critics said the cost was too high for a small town.";
    String condensed = "Approved by the council on Monday, the library budget pays for a building opening in spring 2026. "
        + "Critics called the cost too high.";
    SemanticSimilarity firstTwoAreOne = (left, right) -> {
      double[] out = new double[left.size()];
      for (int i = 0; i < out.length; i++) {
        boolean merged = right.get(i).startsWith("Approved") && !left.get(i).startsWith("Critics");
        boolean critics = right.get(i).startsWith("Critics") && left.get(i).startsWith("Critics");
        out[i] = merged || critics ? 0.85 : 0.1;
      }
      return out;
    };
    SentenceAlignment alignment = align(original, condensed, firstTwoAreOne);
    assertThat(alignment.coverageA()).isEqualTo(1.0);
    assertThat(alignment.coverageB()).isEqualTo(1.0);
    assertThat(alignment.pairs()).hasSize(3);
  }

  @Test
  void betweenLongTextsTheModelStopsOnceItsCosinesAverageLow() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (String valley : List.of("Arno", "Brenta", "Piave", "Adige", "Tiber", "Volturno", "Isonzo", "Tagliamento")) {
      a.append("Farmers of the ").append(valley).append(" valley harvested wheat and barley near the river. ");
      b.append("Near the ").append(valley).append(" river, growers brought in their wheat before the autumn rains. ");
    }
    // every sentence pair sharing two content words is asked (none aligns on words alone)
    SentenceAligner asksAll = new SentenceAligner(new SentenceAlignmentSettings(0.01, 0.72, 1.0, 1.0));
    Document x = analyzer.analyze(SourceText.of("a", a.toString()));
    Document y = analyzer.analyze(SourceText.of("b", b.toString()));
    List<String> asked = new ArrayList<>();
    SemanticSimilarity distant = (left, right) -> {
      asked.addAll(left);
      double[] out = new double[left.size()];
      java.util.Arrays.fill(out, 0.3);
      return out;
    };
    SemanticSimilarity close = (left, right) -> {
      double[] out = new double[left.size()];
      java.util.Arrays.fill(out, 0.6);
      return out;
    };
    SentenceAlignment stopped = asksAll.align(x, splitter.split(x), y, splitter.split(y), distant);
    SentenceAlignment all = asksAll.align(x, splitter.split(x), y, splitter.split(y), close);
    assertThat(all.modelCalls()).isEqualTo(8); // each sentence's best partner by words
    assertThat(stopped.modelCalls()).isEqualTo(SentenceAligner.ASKED_PER_ROUND);
    assertThat(asked).hasSize(SentenceAligner.ASKED_PER_ROUND);
  }

  @Test
  void passagesJoinConsecutiveAlignedSentences() {
    Document x = analyzer.analyze(SourceText.of("a", ORIGINAL));
    Document y = analyzer.analyze(SourceText.of("b", REWRITE));
    SentenceAlignment sentences = aligner.align(x, splitter.split(x), y, splitter.split(y), null);
    Alignment passages = SentencePassages.of(sentences, x, y);
    assertThat(passages.passages()).hasSize(1);
    assertThat(passages.passages().get(0).a().of(ORIGINAL)).startsWith("Photographer");
  }
}
