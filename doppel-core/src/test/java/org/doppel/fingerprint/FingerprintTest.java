package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static Fingerprint of(String text) {
    return new Fingerprinter(FingerprintSettings.DEFAULTS).fingerprint(new DocumentAnalyzer().analyze(SourceText.of("d", text)));
  }

  @Test
  void bytesRoundTripToAnEqualFingerprint() {
    Fingerprint original = of("Heavy rain fell all night and the river burst its banks near the old mill.\n\n"
        + "Residents were moved to the school hall while firefighters pumped water out of the lower streets.");
    Fingerprint copy = Fingerprint.fromBytes(original.toBytes());
    assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
    assertThat(copy.contentHash()).isEqualTo(original.contentHash());
    assertThat(copy.wordCount()).isEqualTo(original.wordCount());
    assertThat(copy.minHash()).isEqualTo(original.minHash());
    assertThat(copy.anchorCount()).isEqualTo(original.anchorCount()).isPositive();
  }

  @Test
  void anEmptyDocumentRoundTripsToo() {
    Fingerprint empty = of("");
    assertThat(empty.wordCount()).isZero();
    assertThat(Fingerprint.fromBytes(empty.toBytes())).isEqualTo(empty);
  }

  @Test
  void anUnknownFormatByteIsRefused() {
    byte[] bytes = of("some words to fingerprint here").toBytes();
    bytes[0] = 99;
    assertThatThrownBy(() -> Fingerprint.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
  }

  @Test
  void fingerprintsOfDifferentTextsDiffer() {
    assertThat(of("the cat sat on the mat today")).isNotEqualTo(of("the dog lay on the rug today"));
  }

  @Test
  void aNegativeWordCountIsRefused() {
    Fingerprint f = of("a few words");
    assertThatThrownBy(() -> new Fingerprint(1, -1, f.minHash(), new int[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
