package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Copies of Chinese, Japanese and Korean articles: their words are pairs of letters, so copies share them. */
class CjkCopyTest {
  static Stream<CjkTexts> languages() {
    return Stream.of(CjkTexts.JAPANESE, CjkTexts.CHINESE, CjkTexts.KOREAN);
  }

  private static List<RelatedPair> copiesOf(String original, String other) {
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", original));
    corpus.add(SourceText.of("other", other));
    return corpus.findCopies("original");
  }

  private static Relation relationOf(String original, String other) {
    List<RelatedPair> pairs = copiesOf(original, other);
    assertThat(pairs).hasSize(1);
    return pairs.get(0).verdict().relation();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aCopyIsExact(CjkTexts texts) {
    assertThat(relationOf(texts.article(), texts.article())).isEqualTo(Relation.EXACT);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aCopyWithOneSentenceRewrittenIsANearDuplicate(CjkTexts texts) {
    assertThat(texts.edited()).isNotEqualTo(texts.article());
    assertThat(relationOf(texts.article(), texts.edited())).isEqualTo(Relation.NEAR_DUPLICATE);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aParagraphCopiedIntoAnotherArticleIsAPassage(CjkTexts texts) {
    String host = texts.sameTopic() + "\n\n" + texts.firstParagraph();
    List<RelatedPair> pairs = copiesOf(texts.article(), host);
    assertThat(pairs).hasSize(1);
    RelatedPair pair = pairs.get(0);
    assertThat(pair.verdict().relation()).isEqualTo(Relation.PARTIAL);
    assertThat(pair.passages()).isNotEmpty();
    var passage = pair.passages().get(0);
    String quoted = pair.a().equals("other") ? passage.a().of(host) : passage.b().of(host);
    assertThat(texts.firstParagraph()).contains(quoted);
    assertThat(quoted.length()).isGreaterThan(texts.firstParagraph().length() / 2);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void twoArticlesOnTheSameEventAreNotPaired(CjkTexts texts) {
    assertThat(copiesOf(texts.article(), texts.sameTopic())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("languages")
  void oneSentenceQuotedVerbatimIsFoundAsACopiedPassage(CjkTexts texts) {
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", texts.article()));
    List<RelatedPair> pairs = corpus.findCopies(SourceText.of("query", texts.fifthSentence()));
    assertThat(pairs).hasSize(1);
    RelatedPair pair = pairs.get(0);
    // one token per clause left a copied sentence without a passage of six words, found only as "reworded"
    assertThat(pair.verdict().relation()).isEqualTo(Relation.PARTIAL);
    assertThat(pair.passages()).hasSize(1);
    var passage = pair.passages().get(0);
    String quoted = pair.a().equals("query") ? passage.a().of(texts.fifthSentence()) : passage.b().of(texts.fifthSentence());
    assertThat(texts.fifthSentence()).startsWith(quoted);
    assertThat(quoted.length()).isGreaterThan(texts.fifthSentence().length() - 3); // all but the full stop
  }
}
