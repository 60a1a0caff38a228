package org.doppel.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.doppel.match.SubwordAlignment;
import org.junit.jupiter.api.Test;

class CondensedWordPartsTest {
  // written for the test: a German news item, an easy-language version cut to its core (roles for names, compounds
  // split, no figures but one) and a short text on the same library (another event, another week)
  private static final String ORIGINAL = """
      Die Stadtbibliothek Ormsheim zieht im Frühjahr in das frühere Postgebäude am Lindenplatz. Das hat der \
      Kulturausschuss am Mittwoch einstimmig beschlossen. Der Umbau des denkmalgeschützten Hauses soll rund 2,6 Millionen \
      Euro kosten; etwa die Hälfte übernimmt das Land aus einem Programm für lebendige Innenstädte.

      Bibliotheksleiterin Marion Thalbach sprach von einem „großen Tag für alle Leserinnen und Leser“. Die bisherigen \
      Räume im Keller des Rathauses seien seit Jahren zu eng, es fehlten Arbeitsplätze für Schülerinnen und Schüler und \
      ein barrierefreier Zugang. Im neuen Gebäude sollen auf zwei Etagen ein Lesecafé, eine Kinderecke und ein Raum für \
      Veranstaltungen entstehen.

      Während des Umzugs bleibt die Bibliothek vier Wochen geschlossen. Ausgeliehene Bücher können in dieser Zeit im \
      Bürgerbüro zurückgegeben werden. Die Öffnungszeiten sollen im neuen Haus um einen Abend pro Woche verlängert werden.
      """;
  private static final String CORE = """
      Die Bibliothek in Ormsheim zieht um.
      Sie kommt in die alte Post am Linden-Platz.
      Der Umbau kostet Millionen.
      Das Land bezahlt die Hälfte.
      Die Chefin von der Bibliothek freut sich.
      Im neuen Haus gibt es ein Lese-Café und eine Kinder-Ecke.
      Beim Umzug ist die Bibliothek 4 Wochen geschlossen.
      """;
  private static final String SAME_LIBRARY = """
      In Ormsheim hat die Stadtbibliothek am Samstag ihren Flohmarkt veranstaltet. Rund 300 Besucher kauften gebrauchte \
      Romane, Kochbücher und Schallplatten. Der Erlös von 1.400 Euro fließt in neue Spiele für die Kinderecke. \
      Bibliotheksleiterin Marion Thalbach dankte den ehrenamtlichen Helfern.
      """;
  // an easy-language version written from ORIGINAL line by line, in its order (compounds split, roles for names)
  private static final String IN_ORDER = """
      Die Stadt·bibliothek in Ormsheim bekommt ein neues Haus.
      Sie zieht im Frühjahr in die alte Post.
      Die alte Post steht am Linden·platz.
      Das haben die Politiker im Kultur·ausschuss beschlossen.
      Der Umbau kostet viel Geld: ungefähr 3 Millionen Euro.
      Das Land bezahlt ungefähr die Hälfte.
      Die Chefin von der Bibliothek sagt: Das ist ein großer Tag für alle Leser.
      Die alten Räume sind im Keller vom Rathaus.
      Dort ist es zu eng.
      Im neuen Haus gibt es ein Lese·café und eine Kinder·ecke.
      Es gibt auch einen Raum für Veranstaltungen.
      Beim Umzug ist die Bibliothek 4 Wochen geschlossen.
      Sie können Bücher dann im Bürger·büro zurück·geben.
      """;
  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static Document document(String text) {
    return ANALYZER.analyze(SourceText.of("t", text));
  }

  private interface Reading {
    Verdict of(Document shorter, Document longer, double wholeCosine);
  }

  private static Verdict read(String shorter, String longer) {
    return read(shorter, longer, CondensedWordParts::of);
  }

  private static Verdict read(String shorter, String longer, Reading reading) {
    Document a = document(shorter);
    Document b = document(longer);
    double whole = SubwordAlignment.of(a, SPLITTER.split(a), b, SPLITTER.split(b)).wholeCosine();
    return reading.of(a, b, whole);
  }

  @Test
  void aVersionCutToItsCoreTakesItsWordsFromItsOriginal() {
    assertThat(CondensedSentenceRewrite.condenses(document(CORE).words().size(), document(ORIGINAL).words().size())).isTrue();
    Verdict verdict = read(CORE, ORIGINAL);
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(verdict.reason()).startsWith("a short German version taking");
    assertThat(verdict.score()).isBetween(0.5, 1.0);
  }

  @Test
  void aLowerCasedOriginalStillWritesTheVersionsWords() {
    assertThat(read(CORE, ORIGINAL.toLowerCase(Locale.ROOT)).relation()).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void aShortTextOnTheSameLibraryBringsWordsOfItsOwn() {
    Verdict verdict = read(SAME_LIBRARY, ORIGINAL);
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.reason()).startsWith("not a rewrite: a short German version taking");
  }

  @Test
  void aVersionOfALineOrTwoIsLeftToTheOtherReadings() {
    // every word taken, but under MIN_WORDS content words
    assertThat(read("Die Bibliothek in Ormsheim zieht in die alte Post.", ORIGINAL).relation()).isEqualTo(Relation.UNRELATED);
  }

  @Test
  void contentWordsAreReadByTheirFirstLettersWithoutFunctionWordsOrNumbers() {
    assertThat(CondensedWordParts.contentKeys(document("Die Kinder-Ecke hat 4 neue Spiele und eine Leseecke.")))
        .containsExactlyInAnyOrder("kinde", "ecke", "neue", "spiel", "lesee");
  }

  private static Verdict readInOrder(String shorter, String longer) {
    return read(shorter, longer, CondensedWordParts::inOrder);
  }

  @Test
  void aVersionWrittenFromItsOriginalTakesItsWordsInTheOriginalsOrder() {
    Verdict verdict = readInOrder(IN_ORDER, ORIGINAL);
    assertThat(verdict.relation()).isEqualTo(Relation.PARAPHRASE);
    assertThat(verdict.reason()).startsWith("a short German version taking").contains("in its order");
    assertThat(verdict.score()).isBetween(0.5, 1.0);
    assertThat(readInOrder(IN_ORDER, ORIGINAL.toLowerCase(Locale.ROOT)).relation()).isEqualTo(Relation.PARAPHRASE);
  }

  @Test
  void theSameLinesInAnotherOrderAreNoVersionByOrder() {
    List<String> lines = new ArrayList<>(Arrays.asList(IN_ORDER.strip().split("\n")));
    Collections.reverse(lines);
    // the same words and word parts, so the same 4-gram cosine: only the order differs
    Verdict verdict = readInOrder(String.join("\n", lines), ORIGINAL);
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.reason()).startsWith("not a rewrite: a short German version taking");
  }

  @Test
  void aTextOnTheSameLibraryTakesTheSubjectsWordsInAnOrderOfItsOwn() {
    // long enough to be read (31 content words), taking the library's words but not in the original's order
    String sameLibrary = SAME_LIBRARY + "Im Herbst soll es im Keller des Rathauses einen zweiten Flohmarkt geben, dann auch "
        + "mit Büchern für Schülerinnen und Schüler.";
    Verdict verdict = readInOrder(sameLibrary, ORIGINAL);
    assertThat(verdict.relation()).isEqualTo(Relation.UNRELATED);
    assertThat(verdict.reason()).contains("of its 31 content words");
  }

  @Test
  void aVersionOfAFewLinesIsNotReadByOrder() {
    // in order, but fewer than MIN_ORDERED_WORDS content words
    String fewLines = String.join("\n", Arrays.asList(IN_ORDER.strip().split("\n")).subList(0, 3));
    assertThat(readInOrder(fewLines, ORIGINAL).relation()).isEqualTo(Relation.UNRELATED);
  }
}
