package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The condensation clue: the clearly longer text that states every number of the shorter one, and more, is the original. */
class CondensationSignalTest {
  private static final String REPORT = "The harbour board approved a budget of 4.2 million euros on Tuesday for new cranes at the "
      + "eastern pier. The 3 cranes will replace machines bought in 1987, which have failed 14 times since January. "
      + "Dock workers said the old cranes had slowed unloading by about 20 percent during the busy summer months. "
      + "Construction is to begin in March and end by 2027, the board's chair told reporters after a long meeting.";
  private static final String SHORT = "The harbour board will spend 4.2 million euros on new cranes for the eastern pier. "
      + "The old machines often broke down and slowed the work of dock workers.";
  private final CondensationSignal signal = new CondensationSignal(1.3, 2);

  @Test
  void theLongerTextWithEveryNumberOfTheShorterIsTheOriginal() {
    SourceText a = SourceText.of("a-short", SHORT);
    SourceText b = SourceText.of("b-report", REPORT);
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.signal()).isEqualTo("condensed");
      assertThat(c.original()).isEqualTo("b-report");
      assertThat(c.strong()).isFalse();
      assertThat(c.decidesAlone()).isTrue();
      assertThat(c.detail()).isEqualTo("b-report (67 words) states every number its condensation a-short (27 words) states and 5 more");
    });
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-report", REPORT), SourceText.of("b-short", SHORT), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-report");
    assertThat(direction.evidence()).containsExactly("condensed");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void aLongerEasyLanguageVersionIsNoOriginal() {
    // an easy-language version explains its original line by line, and its explanations bring numbers of their own
    String easy = String.join("\n", "The harbour board wants new cranes.", "The cranes are for the eastern pier.",
        "A crane is a big machine.", "It lifts boxes from ships.", "The board pays 4.2 million euros.",
        "That is a lot of money.", "The old cranes are from 1987.", "So they are about 40 years old.",
        "They often broke down.", "Then the dock workers had to wait.", "Sometimes they waited 2 or 3 hours.",
        "The work was slow.", "The new cranes should help.", "They can lift 30 boxes in 1 hour.", "Many people are glad.");
    String report = "The harbour board approved 4.2 million euros for new cranes at the eastern pier. The old machines, "
        + "bought in 1987, often broke down and slowed the dock workers.";
    SourceText original = SourceText.of("a-report", report);
    SourceText version = SourceText.of("b-easy", easy);
    assertThat(new CondensationSignal(1.3, 2).clues(whole(original, version, Relation.PARAPHRASE))).isEmpty();
    // the same lines run together as prose are no easy-language layout, and the clue names the longer text
    SourceText prose = SourceText.of("b-prose", easy.replace("\n", " "));
    assertThat(new CondensationSignal(1.3, 2).clues(whole(original, prose, Relation.PARAPHRASE)))
        .singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("b-prose"));
  }

  @Test
  void aShorterTextWithANumberOfItsOwnIsNoCondensation() {
    // two rewrites of one story keep different numbers: the shorter text states 35 cranes, which the longer lacks
    SourceText a = SourceText.of("a", SHORT.replace("new cranes", "35 new cranes"));
    SourceText b = SourceText.of("b", REPORT);
    assertThat(signal.clues(whole(a, b, Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void aLongerTextAloneOrFewNumbersMoreGiveNoClue() {
    // an expansion of the same length band that adds no number: a polish grows the text, the numbers stay
    String grown = REPORT + " The decision followed weeks of debate among members, who weighed the costs carefully and "
        + "agreed in the end that the port could not wait any longer for machines that work reliably every day.";
    assertThat(signal.clues(whole(SourceText.of("a", REPORT), SourceText.of("b", grown), Relation.PARAPHRASE))).isEmpty();
    // one number more is below the floor of 2
    String oneMore = SHORT + " The cranes were bought in 1987 and have been in service ever since then at the pier.";
    String longer = oneMore.replace("1987", "1987 and 2001") + " Many other words follow here so that this text is clearly the "
        + "longer of the two, with sentences about the weather, the ships and the sea gulls over the old harbour wall.";
    assertThat(signal.clues(whole(SourceText.of("a", oneMore), SourceText.of("b", longer), Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void theScansJudgeLeavesASpunCopyWithADatedBylineUnknown() {
    // a spinner lengthens a text by a third and its page adds a byline whose date brings two numbers: not a condensation
    String original = "The museum will reopen its west wing after 2 years of repairs to the roof and the old walls. "
        + "Visitors will see 40 paintings that were kept in storage, the director said at a press meeting.";
    String spun = "By Jo Smith, on 3rd May 2024\n\nThe gallery will open its western wing again after 2 long years of "
        + "mending work on the roof and on the ancient walls. Guests will be able to view 40 artworks that had been held in "
        + "storage, its head explained at a press gathering.";
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-spun", spun), SourceText.of("b-orig", original), Relation.PARAPHRASE));
    assertThat(PairContext.letterRuns(spun)).isEqualTo(48);   // 1.41 times the original's 34
    assertThat(PairContext.letterRuns(original)).isEqualTo(34);
    assertThat(new CondensationSignal(1.3, 2).clues(whole(SourceText.of("a-spun", spun), SourceText.of("b-orig", original),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("a-spun"));
    assertThat(direction.evidence()).doesNotContain("condensed");
    assertThat(direction.source()).isNull();
  }

  @Test
  void onlyParaphrasesAreJudged() {
    // a short original pasted into a longer article: the article brings its own numbers
    SourceText a = SourceText.of("a", SHORT);
    SourceText b = SourceText.of("b", REPORT);
    assertThat(signal.clues(whole(a, b, Relation.PARTIAL))).isEmpty();
    assertThat(signal.clues(whole(a, b, Relation.NEAR_DUPLICATE))).isEmpty();
  }

  private static final String TOWN = "The city council of Harwick voted on Monday to close the old library on Kiln Lane. "
      + "Councillor Maria Fenwick said the building needed repairs the town could not pay for. The library opened in 1962 "
      + "and holds books given by local families over many decades. Residents of Oak Park and Stone Hill have signed a "
      + "letter asking the council to think again before the vote is final. Librarian Tom Akers said he would help to move "
      + "the books to the new centre near Harwick Station.";
  private static final String TOWN_SHORT = "The council voted to close the old library on Kiln Lane, which opened in 1962. "
      + "Councillor Maria Fenwick said the repairs would cost too much.";

  @Test
  void namesTheShorterTextKeepsCountAsFactsWhenItsNumbersAreNotEnough() {
    // the same one number on both sides; the longer text names four places and people the shorter dropped
    assertThat(new CondensationSignal(1.5, 2).clues(whole(SourceText.of("a-town", TOWN), SourceText.of("b-short",
        TOWN_SHORT), Relation.PARAPHRASE))).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("a-town");
      assertThat(c.detail()).isEqualTo("a-town (84 words) states every number and name its condensation b-short (24 words)"
          + " states and 4 more (4 of them names)");
    });
  }

  @Test
  void aShorterTextWithANameOfItsOwnIsNoCondensation() {
    String own = TOWN_SHORT + " Mayor Jane Dorsey agreed with her.";
    assertThat(new CondensationSignal(1.5, 2).clues(whole(SourceText.of("a", TOWN), SourceText.of("b", own),
        Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void namesAreNotReadInALowerCaseText() {
    // no capitals: the shorter text's own names could not be seen, so only numbers may decide, and one is not enough
    String lower = TOWN_SHORT.toLowerCase(java.util.Locale.ROOT) + " mayor jane dorsey agreed with her.";
    assertThat(new CondensationSignal(1.5, 2).clues(whole(SourceText.of("a", TOWN), SourceText.of("b", lower),
        Relation.PARAPHRASE))).isEmpty();
  }

  @Test
  void capitalisedGermanNounsAreNoNames() {
    String lang = "Der Rat der Stadt hat am Montag beschlossen, die alte Bibliothek in der Gasse zu schließen. Die "
        + "Gebäude Sanierung sei für die Stadt nicht zu bezahlen, sagte eine Sprecherin. Die Bibliothek wurde 1962 "
        + "eröffnet und hat viele Bücher aus Familien Nachlässen. Anwohner haben einen Brief geschrieben und bitten den "
        + "Rat, die Entscheidung noch einmal zu prüfen, bevor sie gilt. Der Leiter will beim Umzug der Bücher helfen.";
    String kurz = "Der Rat will die alte Bibliothek schließen, die 1962 eröffnet wurde. Die Sanierung sei zu teuer.";
    assertThat(new CondensationSignal(1.5, 2).clues(whole(SourceText.of("a", lang), SourceText.of("b", kurz),
        Relation.PARAPHRASE))).isEmpty();
  }

  private static final String LANG = "Der Rat der Stadt hat am Montag beschlossen, die alte Bibliothek in der Gasse zu "
      + "schließen. Die Sanierung des Gebäudes sei für die Stadt nicht zu bezahlen, sagte eine Sprecherin. Die Bibliothek "
      + "wurde 1962 eröffnet und hat viele Bücher aus den Nachlässen von Familien. Anwohner haben einen Brief geschrieben "
      + "und bitten den Rat, die Entscheidung noch einmal zu prüfen, bevor sie gilt. Der Leiter will beim Umzug der "
      + "Bücher in das neue Zentrum am Bahnhof helfen.";

  @Test
  void aTextCutToUnderTwoFifthsNeedsNoNumberMore() {
    // one number on each side, the same: only the strong-condensation reading speaks
    String kurz = "Der Rat will die Bibliothek von 1962 schließen, weil die Sanierung zu teuer ist.";
    CondensationSignal withAlone = new CondensationSignal(1.5, 2, 2.5);
    assertThat(withAlone.clues(whole(SourceText.of("a-kurz", kurz), SourceText.of("b-lang", LANG), Relation.PARAPHRASE)))
        .singleElement().satisfies(c -> {
          assertThat(c.original()).isEqualTo("b-lang");
          assertThat(c.detail()).isEqualTo("b-lang (75 words) is 5.8 times as long as its condensation a-kurz (13 words), "
              + "which states no number b-lang lacks");
        });
    assertThat(new CondensationSignal(1.5, 2).clues(whole(SourceText.of("a-kurz", kurz), SourceText.of("b-lang", LANG),
        Relation.PARAPHRASE))).isEmpty();
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-lang", LANG), SourceText.of("b-kurz", kurz), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-lang");
    assertThat(direction.evidence()).containsExactly("condensed");
  }

  @Test
  void aShortTextWithANumberOfItsOwnOrCutToLessIsNoStrongCondensation() {
    CondensationSignal withAlone = new CondensationSignal(1.5, 2, 2.5);
    String own = "Der Rat will die Bibliothek von 1962 schließen, weil die Sanierung 3 Millionen Euro kostet.";
    assertThat(withAlone.clues(whole(SourceText.of("a", LANG), SourceText.of("b", own), Relation.PARAPHRASE))).isEmpty();
    // 75 words against 31: 2.4 times, under the floor
    String half = "Der Rat der Stadt will die alte Bibliothek schließen, die 1962 eröffnet wurde, weil die Sanierung zu "
        + "teuer ist. Anwohner bitten in einem Brief darum, die Entscheidung noch einmal genau zu prüfen.";
    assertThat(withAlone.clues(whole(SourceText.of("a", LANG), SourceText.of("b", half), Relation.PARAPHRASE))).isEmpty();
    assertThat(withAlone.clues(whole(SourceText.of("a", LANG), SourceText.of("b", "Die Bibliothek von 1962 schließt."),
        Relation.NEAR_DUPLICATE))).isEmpty();
  }

  @Test
  void numbersAreReadWithTheirSeparatorsAndWordsAsLetterRuns() {
    assertThat(PairContext.numbers("In 2024, 4,000 people paid 2.50 euros; 4,000 again.")).containsExactly("2024", "4,000", "2.50");
    assertThat(PairContext.letterRuns("It's a well-known fact: 3 cats.")).isEqualTo(7);
  }

  @Test
  void parametersAreChecked() {
    assertThatThrownBy(() -> new CondensationSignal(1.0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CondensationSignal(1.3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CondensationSignal(1.5, 2, 1.4)).isInstanceOf(IllegalArgumentException.class);
  }
}
