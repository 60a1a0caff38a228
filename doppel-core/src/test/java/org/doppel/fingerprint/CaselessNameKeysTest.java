package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class CaselessNameKeysTest {
  private static Document document(String text) {
    return new DocumentAnalyzer().analyze(SourceText.of("d", text));
  }

  /**
   * A sentence of common words that makes a short lower-case text long enough to count as caseless
   * ({@link SentenceSplitter#isCaseless} asks for 100 letters).
   */
  private static final String FILLER = " the reporters waited outside in the cold rain for most of the long afternoon before going home.";

  /** The candidate keys of a text, as a fingerprint keeps them. */
  private static int[] keys(String text) {
    Document document = document(text + FILLER);
    return new FactExtractor().keys(document, new SentenceSplitter().split(document));
  }

  /** The key a cased text gives the name {@code name} (the first name fact of "We met NAME here."). */
  private static int nameKey(String name) {
    Document document = document("We met " + name + " here.");
    List<Fact> facts = new FactExtractor().extract(document, new SentenceSplitter().split(document));
    return facts.stream().filter(f -> f.kind() == FactKind.NAME).findFirst().orElseThrow().key();
  }

  private static boolean holds(int[] keys, int key) {
    return Arrays.binarySearch(keys, key) >= 0;
  }

  @Test
  void aLowerCaseTextSharesTheNameKeysOfItsCasedRewrite() {
    int[] caseless = keys("the engineer christian vantongeren built the brakwater dam in the north. "
        + "vantongeren said it would hold for a century.");
    int[] cased = keys("Christian Vantongeren, an engineer, designed the Brakwater dam. Vantongeren expected it to last.");
    // the unknown words alone, and with the first name the vocabulary knows, as the capitals mark them
    assertThat(holds(caseless, nameKey("Christian Vantongeren"))).isTrue();
    assertThat(holds(caseless, nameKey("Vantongeren"))).isTrue();
    assertThat(holds(caseless, nameKey("Brakwater"))).isTrue();
    long shared = Arrays.stream(caseless).filter(key -> holds(cased, key)).count();
    assertThat(shared).isEqualTo(3);
  }

  @Test
  void anUncommonWordIsANameOnlyWhenTheTextRepeatsIt() {
    int taliban = nameKey("Taliban");
    assertThat(holds(keys("the taliban took the town in the spring."), taliban)).isFalse();
    assertThat(holds(keys("the taliban took the town. the taliban then held the road."), taliban)).isTrue();
  }

  @Test
  void theWordsOfALongerRunAreNotKeyedAlone() {
    int[] caseless = keys("we drove from zorbifax quelmora to the coast.");
    assertThat(holds(caseless, nameKey("Zorbifax Quelmora"))).isTrue();
    assertThat(holds(caseless, nameKey("Zorbifax"))).isFalse();
    assertThat(holds(caseless, nameKey("Quelmora"))).isFalse();
  }

  @Test
  void aCasedTextKeepsJustTheFactsItsCapitalsGive() {
    String text = "The engineer Christian Vantongeren built the Brakwater dam in 1931. Vantongeren said it would hold.";
    Document document = document(text);
    List<Fact> facts = new FactExtractor().extract(document, new SentenceSplitter().split(document));
    assertThat(keys(text)).isEqualTo(FactExtractor.keys(facts));
  }

  @Test
  void theVerificationsFactsOfALowerCaseTextHoldNoGuessedNames() {
    // the verification finds a caseless text's names against the other text's (FactExtractor.namesIn) instead
    Document caseless = document("the engineer christian vantongeren built the brakwater dam in 1931. vantongeren was 40." + FILLER);
    assertThat(SentenceSplitter.isCaseless(caseless.text())).isTrue();
    List<Fact> facts = new FactExtractor().extract(caseless, new SentenceSplitter().split(caseless));
    assertThat(facts).extracting(Fact::kind).containsOnly(FactKind.NUMBER);
    assertThat(new FactExtractor().keys(caseless, new SentenceSplitter().split(caseless))).hasSizeGreaterThan(facts.size());
  }

  @Test
  void aLowerCaseArticleAndItsCasedRewriteShareEnoughFactKeysToBeCompared() {
    String caseless = "the mayor of vellingrad, oskar brandtvik, opened the new harbour bridge on tuesday. brandtvik said "
        + "the bridge cost the city of vellingrad far less than planned. engineers from the firm kolstrand built it over "
        + "three years, and kolstrand will maintain it. the minister for transport, ingrid solheimsen, praised the work.";
    String rewrite = "On Tuesday the harbour bridge of Vellingrad was opened by its mayor, Oskar Brandtvik. The Kolstrand "
        + "company spent three years building it. According to Brandtvik, Vellingrad paid less than expected. Transport "
        + "minister Ingrid Solheimsen welcomed the project, and Kolstrand is to look after it.";
    Fingerprinter fingerprinter = new Fingerprinter(FingerprintSettings.DEFAULTS);
    Fingerprint a = fingerprinter.fingerprint(document(caseless));
    Fingerprint b = fingerprinter.fingerprint(document(rewrite));
    int[] keysB = new int[b.factCount()];
    java.util.Arrays.setAll(keysB, b::fact);
    long shared = java.util.stream.IntStream.range(0, a.factCount()).map(a::fact).filter(key -> holds(keysB, key)).count();
    // Vellingrad, Oskar Brandtvik, Brandtvik, Kolstrand, Ingrid Solheimsen: the 5 a rewrite candidate needs
    // (RewriteSettings.minSharedFacts); by capitals alone the lower-case text has no name and they share none
    assertThat(shared).isEqualTo(5);
  }
}
