package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class JudgedAlignmentTest {
  private static final String ORIGINAL = """
      The striker joined the club from a rival side in the summer.
      He signed a contract until the end of the next season.
      The fee was not disclosed by either team.
      Fans gathered outside the stadium to greet him.""";
  /** A condensed rewrite: its first sentence draws on the original's first two, the fee is left out. */
  private static final String CONDENSED = """
      Over the summer the forward moved from a rival and agreed terms to stay through next season.
      Supporters came to the ground to welcome the new arrival.""";

  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private SentenceAlignment align(String a, String b, SemanticSimilarity embeddings, SentenceJudge judge) {
    Document x = analyzer.analyze(SourceText.of("a", a));
    Document y = analyzer.analyze(SourceText.of("b", b));
    return new JudgedAlignment(embeddings, judge, 0.6).align(x, splitter.split(x), y, splitter.split(y));
  }

  /** Cosine 0.8 where a word of {@code link} occurs in both sentences, else 0.1. */
  private static SemanticSimilarity sharedWord(String... link) {
    return new SemanticSimilarity() {
      @Override
      public double[] similarities(List<String> left, List<String> right) {
        throw new UnsupportedOperationException();
      }

      @Override
      public double[][] matrix(List<String> left, List<String> right) {
        double[][] out = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
          for (int j = 0; j < right.size(); j++) {
            out[i][j] = 0.1;
            for (String word : link) {
              if (left.get(i).contains(word) && right.get(j).contains(word)) {
                out[i][j] = 0.8;
              }
            }
          }
        }
        return out;
      }
    };
  }

  /** A judge that answers {@code probabilityOfJoined} for the original's first two sentences joined, else {@code probabilityAlone}. */
  private static SentenceJudge judge(List<String> asked, double probabilityOfJoined, double probabilityAlone) {
    return new SentenceJudge() {
      @Override
      public double[] probabilities(List<String> left, List<String> right) {
        double[] out = new double[left.size()];
        for (int i = 0; i < out.length; i++) {
          asked.add(right.get(i));
          // the original's first two sentences joined: only they hold both of these words
          boolean joined = right.get(i).contains("summer") && right.get(i).contains("season");
          out[i] = joined ? probabilityOfJoined : probabilityAlone;
        }
        return out;
      }

      @Override
      public double threshold() {
        return 0.5;
      }
    };
  }

  @Test
  void aCondensedSentenceAlignsWithTheTwoSentencesItMerges() {
    List<String> asked = new ArrayList<>();
    SentenceAlignment alignment = align(CONDENSED, ORIGINAL, sharedWord("summer", "season", "welcome"),
        judge(asked, 0.9, 0.75));
    // the merged sentence is shown alone with each close partner's best and with both joined in document order
    assertThat(asked).anyMatch(text -> text.startsWith("The striker joined") && text.contains("He signed a contract"));
    assertThat(alignment.pairs()).extracting(m -> m.a().first() + ">" + m.b().first()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(alignment.coverageA()).isGreaterThan(0.6);
    // a summary covers only part of its original: the fee sentence stays unaligned
    assertThat(alignment.coverageB()).isLessThan(1.0).isGreaterThan(0.3);
  }

  @Test
  void sentencesTheJudgeDoubtsDoNotAlign() {
    SentenceAlignment alignment = align(CONDENSED, ORIGINAL, sharedWord("summer", "season", "welcome"), judge(new ArrayList<>(), 0.6, 0.6));
    assertThat(alignment.isEmpty()).isTrue();
  }

  @Test
  void theJudgeIsNotAskedWhenTooFewSentencesHaveACloseEmbedding() {
    List<String> asked = new ArrayList<>();
    SentenceAlignment alignment = align(CONDENSED, ORIGINAL, sharedWord("nothing shared"), judge(asked, 0.9, 0.9));
    assertThat(asked).isEmpty();
    assertThat(alignment).isEqualTo(SentenceAlignment.NONE);
  }
}
