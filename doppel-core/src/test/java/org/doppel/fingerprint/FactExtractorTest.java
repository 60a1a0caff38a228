package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class FactExtractorTest {
  private List<Fact> facts(String text) {
    Document document = new DocumentAnalyzer().analyze(SourceText.of("d", text));
    return new FactExtractor().extract(document, new SentenceSplitter().split(document));
  }

  private List<String> texts(String text, FactKind kind) {
    return facts(text).stream().filter(f -> f.kind() == kind).map(Fact::text).toList();
  }

  @Test
  void numbersKeepTheirUnitAndLoneDigitsAreIgnored() {
    assertThat(texts("The border runs 482 km, and 3 of the 12 guards walked 260 km in 1948.", FactKind.NUMBER))
        .containsExactly("482 km", "12 guards", "260 km", "1948");
  }

  @Test
  void digitsAndCapitalsBeyondAsciiCountAsWell() {
    // Arabic-Indic and full-width digits, capitals with accents and in Cyrillic: Character's answer, past ASCII
    assertThat(texts("The guards walked \u0664\u0668\u0662 km in \uFF11\uFF19\uFF14\uFF18 with \u00c9mile \u0160imi\u0107 of \u041c\u043e\u0441\u043a\u0432\u0430.", FactKind.NUMBER))
        .containsExactly("\u0664\u0668\u0662 km", "\uFF11\uFF19\uFF14\uFF18");
    assertThat(texts("The guards walked far with \u00c9mile \u0160imi\u0107 of \u041c\u043e\u0441\u043a\u0432\u0430 and \u00e9mile.", FactKind.NAME))
        .containsExactly("\u00c9mile \u0160imi\u0107", "\u041c\u043e\u0441\u043a\u0432\u0430");
  }

  @Test
  void namesAreCapitalisedRunsButNotASentencesFirstWordAlone() {
    assertThat(texts("Photographer Pedro Pardo visited Namyang. The town lies in North Korea. Soldiers work.", FactKind.NAME))
        .containsExactly("Photographer Pedro Pardo", "Pedro Pardo", "Namyang", "North Korea");
  }

  @Test
  void quotationsOfFourWordsOrMoreAreFacts() {
    assertThat(texts("He said \u201cwe will not go back there\u201d and left. She said \"no\".", FactKind.QUOTE))
        .containsExactly("we will not go back there");
  }

  @Test
  void aRewordedSentenceKeepsTheKeysOfItsFacts() {
    int[] original = FactExtractor.keys(facts("Pedro Pardo took photos 482 km from Tumen in 2019."));
    int[] rewrite = FactExtractor.keys(facts("In 2019, images were captured by Pedro Pardo some 482 km away from Tumen."));
    long shared = java.util.Arrays.stream(original).filter(key -> java.util.Arrays.binarySearch(rewrite, key) >= 0).count();
    assertThat(shared).isEqualTo(4); // Pedro Pardo, 482 km, Tumen, 2019; only "Pardo" alone is lost
    assertThat(original).hasSize(5);
  }

  @Test
  void theNamesOfACasedTextAreFoundInALowerCaseText() {
    List<Fact> cased = facts("Coach Maria Lindhorst signed Tomas Berg from Harbour Rovers in 2019. Berg is 24.");
    Document caseless = new DocumentAnalyzer().analyze(SourceText.of("l", "in 2019 harbour rovers let tomas berg, now 24, join maria lindhorst's club."));
    List<Fact> found = new FactExtractor().namesIn(caseless, new SentenceSplitter().split(caseless), cased);
    assertThat(found).extracting(Fact::text).containsExactlyInAnyOrder("harbour rovers", "tomas berg", "maria lindhorst");
    int[] casedKeys = FactExtractor.keys(cased);
    assertThat(found).allSatisfy(fact -> assertThat(java.util.Arrays.binarySearch(casedKeys, fact.key())).isNotNegative());
    // a lower-case text has no names of its own
    assertThat(new FactExtractor().extract(caseless, new SentenceSplitter().split(caseless))).extracting(Fact::kind).containsOnly(FactKind.NUMBER);
  }

  @Test
  void theSinkIsGivenEachFactsWordsAndKeyInTheOrderOfExtract() {
    String text = "Photographer Pedro Pardo walked 482 km in 1948. He said \u201cwe will not go back there\u201d to \u00c9mile \u0160imi\u0107.";
    Document document = new DocumentAnalyzer().analyze(SourceText.of("d", text));
    List<org.doppel.document.Sentence> sentences = new SentenceSplitter().split(document);
    List<Fact> facts = new FactExtractor().extract(document, sentences);
    List<Fact> fromSink = new java.util.ArrayList<>();
    new FactExtractor().forEachFact(text, document.words(), sentences, (kind, first, end, key) -> {
      // the fact's text tokenised alone gives exactly its words
      org.doppel.document.TokenSequence alone = new org.doppel.document.WordTokenizer().tokenize(
          text.substring(document.words().start(first), document.words().end(end - 1)), List.of());
      assertThat(alone.size()).isEqualTo(end - first);
      for (int i = 0; i < alone.size(); i++) {
        assertThat(alone.hash(i)).isEqualTo(document.words().hash(first + i));
      }
      fromSink.add(new Fact(kind, text.substring(document.words().start(first), document.words().end(end - 1)), key));
    });
    assertThat(fromSink).isEqualTo(facts).hasSizeGreaterThan(5);
    assertThat(new FactExtractor().keys(document, sentences)).containsExactly(FactExtractor.keys(facts));
  }

  @Test
  void keysAreCaseInsensitiveAndSortedWithoutRepeats() {
    int[] keys = FactExtractor.keys(facts("It is 482 km long. Another 482 KM stretch."));
    assertThat(keys).hasSize(1);
  }
}
