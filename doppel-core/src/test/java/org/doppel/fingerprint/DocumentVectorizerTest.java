package org.doppel.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.document.DocumentAnalyzer;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class DocumentVectorizerTest {
  private final DocumentVectorizer vectorizer = new DocumentVectorizer();

  private byte[] vector(String text) {
    return vectorizer.vectorize(new DocumentAnalyzer().analyze(SourceText.of("d", text)));
  }

  @Test
  void theSameVocabularyInAnotherOrderKeepsTheVectorAndOtherVocabularyDoesNot() {
    byte[] original = vector("Photographer Pedro Pardo visited the border town of Namyang to document everyday life in 2019.");
    byte[] reordered = vector("In 2019 Pedro Pardo, a photographer, visited Namyang, a border town, to document life everyday.");
    byte[] other = vector("Shares in the chip maker rose sharply after quarterly earnings beat analyst forecasts on Tuesday.");
    assertThat(original).hasSize(DocumentVectorizer.DIMENSIONS);
    assertThat(DocumentVectorizer.cosine(original, reordered)).isGreaterThan(0.8);
    assertThat(DocumentVectorizer.cosine(original, other)).isLessThan(0.3);
  }

  @Test
  void aDocumentOfStopWordsOnlyHasTheZeroVector() {
    assertThat(vector("and the of to in")).containsOnly((byte) 0);
    assertThat(DocumentVectorizer.cosine(vector("and the"), vector("Pedro"))).isZero();
  }

  @Test
  void aLowerCaseTextWeightsTheNamesItsModelVocabularyLacksAsCapitalsWould() {
    // "namyang" is no whole word of the sentence model's vocabulary; the cased twin's one capital makes it cased
    String text = "the town of namyang lies by the river, where the people of the town have lived for many years and work the land, and they say it is a good place to live";
    assertThat(vector(text)).isEqualTo(vector(text.replace("namyang", "Namyang")));
  }

  @Test
  void aLowerCaseTextWeightsAnUncommonWordItRepeatsAsANameButNotACommonOne() {
    // "taliban" is a whole word of the vocabulary but past its common words; "officials" is among them
    String text = "taliban fighters met officials in the city. later the taliban held talks with the people who have lived there for years, and they say it is a good place to live";
    assertThat(vector(text)).isEqualTo(vector(text.replace("taliban", "Taliban")));
    String common = text.replace("taliban", "officials");
    assertThat(vector(common)).isNotEqualTo(vector(common.replace("officials", "Officials")));
  }

  @Test
  void aGermanTextsFunctionWordsAreLeftOutAsEnglishStopWordsAre() {
    String german = "Die Gemeinde hat den Bau der neuen Brücke über den Fluss beschlossen. Die Arbeiten sollen im Frühjahr beginnen, "
        + "und die Kosten werden vom Land und von der Stadt getragen. Der Bürgermeister sagte, die Brücke sei für die Schüler wichtig.";
    String contentOnly = "Gemeinde Bau neuen Brücke Fluss beschlossen. Arbeiten Frühjahr beginnen, "
        + "Kosten vom Land Stadt getragen. Bürgermeister sagte, Brücke sei Schüler wichtig.";
    assertThat(vector(german)).isEqualTo(vector(contentOnly));
  }

  @Test
  void anEnglishTextKeepsTheWordsItSharesWithGermanFunctionWords() {
    // "die", "war" and "man" are German function words and English content words
    String english = "The man who went to war said the soldiers would die for nothing, and the town listened to him in silence.";
    assertThat(vector(english)).isNotEqualTo(vector(english.replace("man ", "").replace("war ", "").replace("die ", "")));
  }
}
