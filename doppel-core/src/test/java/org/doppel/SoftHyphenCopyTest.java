package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.junit.jupiter.api.Test;

/** A copy whose publisher's system inserted soft hyphens is the same copy: same verdict, same score, same passages. */
class SoftHyphenCopyTest {
  private static final String ORIGINAL = """
      Die Bundesregierung hat am Dienstag eine umfassende Verkehrsreform beschlossen. Nach Angaben des \
      Verkehrsministeriums sollen bis zum Jahr 2030 zusätzlich zwölf Milliarden Euro in das Schienennetz fließen. \
      Die Opposition kritisierte die Finanzierung als unzureichend und forderte eine Beteiligung der Länder. \
      Vertreter der Bahngewerkschaft begrüßten dagegen die geplante Modernisierung der Stellwerke.""";
  private static final String COPY = ORIGINAL.replace("Bundesregierung", "Bundes\u00ADregierung")
      .replace("Verkehrsreform", "Verkehrs\u00ADreform").replace("Verkehrsministeriums", "Ver\u00ADkehrs\u00ADministeriums")
      .replace("Schienennetz", "Schienen\u00ADnetz").replace("unzureichend", "un\u00ADzu\u00ADreichend")
      .replace("Modernisierung", "Moderni\u00ADsierung");

  private static RelatedPair pairOf(String copy) {
    Corpus corpus = Doppel.builder().build();
    corpus.add(SourceText.of("original", ORIGINAL));
    corpus.add(SourceText.of("copy", copy));
    List<RelatedPair> pairs = corpus.findCopies("original");
    assertThat(pairs).hasSize(1);
    return pairs.get(0);
  }

  @Test
  void softHyphensChangeNeitherTheVerdictNorTheScore() {
    assertThat(COPY).isNotEqualTo(ORIGINAL).contains("\u00AD");
    RelatedPair plain = pairOf(ORIGINAL.replace("Dienstag", "Montag"));
    RelatedPair hyphenated = pairOf(COPY.replace("Dienstag", "Montag"));
    assertThat(hyphenated.verdict().relation()).isEqualTo(plain.verdict().relation());
    assertThat(hyphenated.verdict().score()).isEqualTo(plain.verdict().score());
  }

  @Test
  void passagesQuoteTheCopyByItsOwnOffsets() {
    RelatedPair pair = pairOf(COPY);
    assertThat(pair.passages()).isNotEmpty();
    var passage = pair.passages().get(0);
    String quoted = pair.a().equals("copy") ? passage.a().of(COPY) : passage.b().of(COPY);
    assertThat(quoted).contains("Bundes\u00ADregierung").contains("Moderni\u00ADsierung der Stellwerke");
  }
}
