package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doppel.provenance.Docs.whole;

import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/** The shorthand clue: of a paraphrase pair, the text with abbreviations, slashes, ampersands or ellipses is the original. */
class ShorthandSignalTest {
  private static final String SHORTHAND = "Im Kurs lernen die Teilnehmer/innen z.B. das Malen mit Aquarell, "
      + "Acryl usw. Die Gruppe trifft sich jeden Dienstag im Haus f\u00fcr Kunst & Kultur. Anmeldung bis Freitag...";
  private static final String SPELT_OUT = "Im Kurs lernen die Teilnehmerinnen und Teilnehmer zum Beispiel, mit Aquarell- "
      + "und Acrylfarben zu malen. Die Gruppe trifft sich jeden Dienstag im Haus f\u00fcr Kunst und Kultur. Anmelden "
      + "kann man sich bis Freitag.";
  private static final String ENGLISH = "Members can bring sketches, photos etc. to the meeting, i.e. anything they "
      + "want feedback on.";
  private static final String ENGLISH_SPELT_OUT = "Members may bring sketches, photographs and similar material to the "
      + "meeting, that is, anything they would like feedback on.";
  private final ShorthandSignal signal = new ShorthandSignal(2);

  @Test
  void theTextWithShorthandIsTheOriginalOfTheOneThatSpellsItOut() {
    assertThat(signal.clues(whole(SourceText.of("a-spelt", SPELT_OUT), SourceText.of("b-short", SHORTHAND),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> {
          assertThat(c.signal()).isEqualTo("shorthand");
          assertThat(c.original()).isEqualTo("b-short");
          assertThat(c.strong()).isFalse();
          assertThat(c.decidesAlone()).isTrue();
          assertThat(c.detail()).isEqualTo("b-short writes 5 marks of shorthand (abbreviations, slashes, ampersands, "
              + "ellipses) and a-spelt none: a rewrite spells out its source's shorthand, not the other way round");
        });
    assertThat(signal.clues(whole(SourceText.of("a-short", ENGLISH), SourceText.of("b-spelt", ENGLISH_SPELT_OUT),
        Relation.PARAPHRASE))).singleElement().satisfies(c -> assertThat(c.original()).isEqualTo("a-short"));
  }

  @Test
  void marksAreCountedAsThePatternFindsThemOneAfterAnother() {
    // The count is read only where a mark can begin; it must be the plain pattern's count wherever marks sit.
    java.util.regex.Pattern mark = java.util.regex.Pattern.compile("\\b(?:z\\.\\s?B\\.|bzw\\.|u\\.\\s?a\\.|ca\\.|usw\\."
        + "|etc\\.|d\\.\\s?h\\.|v\\.\\s?a\\.|ggf\\.|inkl\\.|evtl\\.|sog\\.|bspw\\.|u\\.\\s?U\\.|o\\.\\s?\u00e4\\."
        + "|z\\.\\s?T\\.|e\\.g\\.|i\\.e\\.|approx\\.|vs\\.|incl\\.)|[a-z\u00e4\u00f6\u00fc\u00df]/[a-z\u00e4\u00f6\u00fc\u00df]"
        + "|\\s&\\s|\\.\\.\\.|\u2026", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    for (String text : java.util.List.of(SHORTHAND, SPELT_OUT, ENGLISH, ENGLISH_SPELT_OUT, "",
        "\u00fcz.B. und xz.B. aber (z. B.) und _bzw. 3ca. ca.", "Ende....... und \u2026\u2026 dann.", "a/b/c und/oder A/B",
        "Kunst &Kultur & Sport\u00a0&\u00a0Spiel", "approx.approx. vs.vs. e.g.i.e.", "sog. \u00e4bzw. \u00e9tc. bspw.",
        "siehe https://example.org/a/b... und www.example.org/x/y sowie z.B. u.a.")) {
      java.util.regex.Matcher m = mark.matcher(text.replaceAll("(?:https?://|www\\.)\\S+", " "));
      int expected = 0;
      while (m.find()) {
        expected++;
      }
      assertThat(ShorthandSignal.marks(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void theScansJudgeNamesTheOriginalOnThisClueAlone() {
    Direction direction = DirectionJudge.standard(new DocumentFrequencies())
        .judge(whole(SourceText.of("a-short", SHORTHAND), SourceText.of("b-spelt", SPELT_OUT), Relation.PARAPHRASE));
    assertThat(direction.source()).isEqualTo("a-short");
    assertThat(direction.evidence()).containsExactly("shorthand");
    assertThat(direction.confidence()).isEqualTo(0.9);
  }

  @Test
  void noClueOnOneMarkWhenBothAbbreviateOrOnPairsThatAreNoParaphrase() {
    String oneMark = "Members can bring sketches, photos etc. to the meeting.";
    assertThat(signal.clues(whole(SourceText.of("a", oneMark), SourceText.of("b", ENGLISH_SPELT_OUT), Relation.PARAPHRASE))).isEmpty();
    String keepsOne = SPELT_OUT + " Mehr unter Kunst & Kultur.";
    assertThat(signal.clues(whole(SourceText.of("a", SHORTHAND), SourceText.of("b", keepsOne), Relation.PARAPHRASE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", SHORTHAND), SourceText.of("b", SPELT_OUT), Relation.NEAR_DUPLICATE))).isEmpty();
    assertThat(signal.clues(whole(SourceText.of("a", SHORTHAND), SourceText.of("b", SPELT_OUT), Relation.PARTIAL))).isEmpty();
  }

  @Test
  void marksLeaveWebAddressesAndCreditsOut() {
    assertThat(ShorthandSignal.marks("See https://example.org/news/a/b and www.x.de/y/z. Photo: AP/Getty.")).isZero();
    assertThat(ShorthandSignal.marks("and/or \u2026 ... u. a. bzw. e.g.")).isEqualTo(6);
    assertThatThrownBy(() -> new ShorthandSignal(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
