package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.SentenceSplitter;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

/** The names a condensation clue compares: runs of capitalised words, read only where capitals mark names. */
class KeptNamesTest {
  private static Document analysed(String text) {
    return new DocumentAnalyzer().analyze(SourceText.of("d", text));
  }

  private static List<String> names(String text) {
    Document d = analysed(text);
    return List.copyOf(KeptNames.of(d.text(), d.words(), new SentenceSplitter().split(d.text(), d.words())));
  }

  @Test
  void runsOfTwoOrMoreCapitalisedWordsAreNames() {
    assertThat(names("Yesterday the minister met Mara Oyelaran and the Lantern Street Playhouse board in Los Angeles."))
        .containsExactly("mara oyelaran", "lantern street playhouse", "los angeles");
  }

  @Test
  void aSentencesFirstWordStopWordsSingleWordsAndPossessivesEndOrShortenARun() {
    // "Councillor" opens the sentence, "On" and "The" are stop words, "Paris" stands alone, "'s" breaks the run
    assertThat(names("Councillor Ann Lee spoke. On Sunday the mayor of Paris came. The Hollywood Reporter "
        + "quoted Sunday's American Music Awards.")).containsExactly("ann lee", "hollywood reporter", "american music awards");
  }

  @Test
  void namesAreReadOnlyInCasedNonGermanText() {
    Document english = analysed("The museum in Bath will reopen its west wing after two years of work on the roof.");
    Document lower = analysed("the museum in bath will reopen its west wing after two years of work on the roof. ".repeat(8));
    Document german = analysed("Das Museum in der Stadt wird den Westflügel nach zwei Jahren Arbeit am Dach wieder öffnen.");
    assertThat(KeptNames.readable(english.text(), english.words())).isTrue();
    assertThat(KeptNames.readable(lower.text(), lower.words())).isFalse();
    assertThat(KeptNames.readable(german.text(), german.words())).isFalse();
  }
}
