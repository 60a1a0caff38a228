package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Hashing;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class EasyLanguageNamesTest {
  // written for the test: a German news item, its "Leichte Sprache" version and another text on the subject
  private static final String ORIGINAL = """
      Die Gemeinde Ostwiesen bekommt eine neue Feuerwache. Der Gemeinderat stimmte am Dienstag mit 17 zu 4 Stimmen \
      für den Bau an der Mühlenstraße, der rund 3,8 Millionen Euro kosten soll. Bürgermeister Till Quernheim sagte, die \
      alte Wache aus dem Jahr 1962 sei zu klein für die heutigen Fahrzeuge. Wehrführerin Petra Ulmenhorst freute sich \
      über die Entscheidung. Die Bauarbeiten sollen im Frühjahr beginnen und 18 Monate dauern.
      """;
  private static final String EASY = """
      In Ostwiesen gibt es eine Feuer·wehr.
      Die Feuer·wehr bekommt ein neues Haus.
      Das Haus heißt: Feuer·wache.

      Der Gemeinde·rat hat darüber abgestimmt.
      17 Personen waren dafür.
      4 Personen waren dagegen.
      Das Haus kostet 3,8 Millionen Euro.

      Der Bürger·meister heißt Till Quernheim.
      Er sagt:
      Die alte Feuer·wache ist von 1962.
      Sie ist zu klein für die Autos.

      Petra Ulmenhorst ist die Chefin von der Feuer·wehr.
      Sie freut sich.
      Im Frühjahr fangen die Arbeiten an.
      Sie dauern 18 Monate.
      """;
  private static final String SAME_TOPIC = """
      In Ostwiesen hat die Jugendfeuerwehr ihr zwanzigjähriges Bestehen gefeiert. Rund 40 Kinder und Jugendliche zeigten \
      bei einer Übung auf dem Schulhof, wie ein Schlauch verlegt und ein Brand gelöscht wird. Bürgermeister Till Quernheim \
      dankte den Betreuern für ihre Arbeit. Der Nachwuchs sei für die freiwillige Wehr unverzichtbar.
      """;
  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static EasyLanguageNames.Kept kept(String text) {
    Document document = ANALYZER.analyze(SourceText.of("t", text));
    return EasyLanguageNames.of(document, SPLITTER.split(document));
  }

  private static long word(String word) {
    return Hashing.ofChars(word);
  }

  @Test
  void anEasyVersionKeepingTheNamesAndNumbersIsAParaphrase() {
    Verdict verdict = EasyLanguageNames.of(kept(ORIGINAL), kept(EASY));
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(verdict.reason()).startsWith("an easy-language version keeping");
    assertThat(verdict.score()).isBetween(0.5, 1.0);
  }

  @Test
  void aLowerCasedOriginalIsReadByTheEasyVersionsNames() {
    Verdict verdict = EasyLanguageNames.of(kept(ORIGINAL.toLowerCase(Locale.ROOT)), kept(EASY));
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void anotherTextOnTheSubjectSharingANameIsNot() {
    assertThat(EasyLanguageNames.of(kept(SAME_TOPIC), kept(EASY)).relation()).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void namesAreRunsOfCapitalisedWordsNotGermanNouns() {
    EasyLanguageNames.Kept kept = kept(ORIGINAL);
    // a title and a name, two in a row: names; a noun alone ("Feuerwache", "Gemeinderat") is none
    assertThat(kept.names()).contains(word("petra"), word("ulmenhorst"), word("till"), word("quernheim"));
    assertThat(kept.names()).doesNotContain(word("feuerwache"), word("gemeinderat"), word("fahrzeuge"));
    // a sentence's first word is capitalised anyway: "Die Gemeinde Ostwiesen" gives "Gemeinde Ostwiesen", not "Die"
    assertThat(kept.names()).doesNotContain(word("die"));
    // numbers by their digits, two or more
    // 17, 1962 and 18; a lone digit is none ("4", and "3,8", read as the words 3 and 8)
    assertThat(kept.numbers()).hasSize(3);
  }

  @Test
  void aWordTheTextAlsoWritesInLowerCaseIsNoName() {
    EasyLanguageNames.Kept kept = kept("Er sagte, Krumme Gassen seien schön. Die Stadt baut krumme Gassen um.");
    assertThat(kept.names()).doesNotContain(word("krumme")).contains(word("gassen"));
  }
}
