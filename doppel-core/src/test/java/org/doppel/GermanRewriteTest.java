package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.SourceText;
import org.doppel.match.GermanTexts;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** German rewrites and same-subject texts, as the verifier reads them without any model. */
class GermanRewriteTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final PairVerifier verifier = Doppel.builder().verifier();

  private Optional<RelatedPair> verify(String a, String b) {
    return verifier.verify(verifier.prepare(analyzer.analyze(SourceText.of("a", a))), verifier.prepare(analyzer.analyze(SourceText.of("b", b))), false);
  }

  @Test
  void aGermanSimplificationIsARewrite() {
    Optional<RelatedPair> pair = verify(GermanTexts.ORIGINAL, GermanTexts.SIMPLIFIED);
    assertThat(pair).isPresent();
    assertThat(pair.get().verdict().relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(pair.get().sentences()).isNotEmpty();
  }

  @Test
  void soIsOneOfALowerCaseOriginal() {
    Optional<RelatedPair> pair = verify(GermanTexts.ORIGINAL.toLowerCase(Locale.ROOT), GermanTexts.SIMPLIFIED);
    assertThat(pair).map(p -> p.verdict().relation()).contains(Relation.PARAPHRASE);
  }

  @Test
  void anIndependentGermanTextOnTheSubjectIsNot() {
    assertThat(verify(GermanTexts.ORIGINAL, GermanTexts.INDEPENDENT)).isEmpty();
    assertThat(verify(GermanTexts.SIMPLIFIED, GermanTexts.INDEPENDENT)).isEmpty();
  }
}
