package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class FingerprinterTest {
  private final Fingerprinter fingerprinter = new Fingerprinter(FingerprintSettings.DEFAULTS);
  private static final String BODY = "Heavy rain fell all night and the river burst its banks near the old mill.\n\n"
      + "Residents were moved to the school hall while firefighters pumped water out of the lower streets.";

  private Fingerprint of(String text) {
    return fingerprinter.fingerprint(new DocumentAnalyzer().analyze(SourceText.of("d", text)));
  }

  @Test
  void copiesWithDifferentMetadataLinesHaveTheSameContentHash() {
    Fingerprint plain = of(BODY);
    Fingerprint dressed = of("By Jane Voe\nPublished 3 March 2019\n\n" + BODY + "\n\nTopics: Weather, Floods");
    assertThat(dressed.contentHash()).isEqualTo(plain.contentHash());
    assertThat(dressed.wordCount()).isEqualTo(plain.wordCount());
    assertThat(dressed.minHash().estimateJaccard(plain.minHash())).isEqualTo(1.0);
  }

  @Test
  void aChangedWordChangesTheContentHash() {
    assertThat(of(BODY.replace("night", "day")).contentHash()).isNotEqualTo(of(BODY).contentHash());
  }

  @Test
  void anchorsAndLineKeysAreSortedAndDistinct() {
    Fingerprint fingerprint = of(BODY);
    int[] keys = new int[fingerprint.anchorCount()];
    Arrays.setAll(keys, fingerprint::anchor);
    assertThat(keys).isSorted();
    assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(keys.length);
    int[] lineKeys = LineKeys.of(new DocumentAnalyzer().analyze(SourceText.of("d", BODY)).words(), FingerprintSettings.DEFAULTS.minLineWords());
    assertThat(lineKeys).hasSize(2).isSorted();
    int[] fromFingerprint = new int[fingerprint.lineKeyCount()];
    Arrays.setAll(fromFingerprint, fingerprint::lineKey);
    assertThat(fromFingerprint).containsExactly(lineKeys);
  }

  @Test
  void settingsAreKept() {
    assertThat(fingerprinter.settings()).isSameAs(FingerprintSettings.DEFAULTS);
    assertThat(of(BODY).minHash().size()).isEqualTo(FingerprintSettings.DEFAULTS.minHashBins());
  }

  @Test
  void aFingerprintThatReadsNoTextIsTheSameFromTheWordsAlone() {
    Fingerprinter wordsOnly = new Fingerprinter(FingerprintSettings.DEFAULTS, false, false);
    Fingerprinter shortVectors = new Fingerprinter(FingerprintSettings.DEFAULTS, false, 20);
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    org.doppel.document.Document document = analyzer.analyze(SourceText.of("d", BODY));
    int words = document.words().size();
    assertThat(words).isGreaterThan(20);
    assertThat(wordsOnly.readsText(words)).isFalse();
    assertThat(wordsOnly.fingerprint(analyzer.words(SourceText.of("d", BODY)).words())).isEqualTo(wordsOnly.fingerprint(document));
    assertThat(shortVectors.readsText(words)).isFalse();
    assertThat(shortVectors.readsText(20)).isTrue();
    assertThat(shortVectors.fingerprint(document.words())).isEqualTo(shortVectors.fingerprint(document));
    // facts, or a short text's vector, are read from the text: the words alone are refused
    assertThat(fingerprinter.readsText(words)).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fingerprinter.fingerprint(document.words()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
