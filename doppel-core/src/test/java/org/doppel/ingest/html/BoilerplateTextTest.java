package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTextTest {
  // every line below is written for the test: none is copied from an evaluation page
  @Test
  void stockLabelsAndCallsToActionAreBoilerplate() {
    assertThat(BoilerplateText.isBoilerplate("Advertisement")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Share this article")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Das könnte Sie auch interessieren:")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Subscribe today and read every story of the Valley Post.")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("© 2024 Valley Post Media. All Rights Reserved")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Permalink")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("PDF herunterladen")).isTrue();
  }

  @Test
  void advertisingDisclosuresAndMembershipAppealsAreBoilerplate() {
    assertThat(BoilerplateText.isBoilerplate("Dieser Beitrag enthält Werbung.")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Become a member of the Valley Post")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Advertise with us")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The club, which anyone can join, now has 300 members.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Abonniere unseren YouTube-Kanal!")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Die Stadt plant einen neuen Radweg am Fluss… mehr »")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The flood was the worst in decades... more than 300 homes were damaged.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Für das Projekt nutzen wir die Videos unseres Vereins.")).isFalse();
  }

  @Test
  void proseThatMentionsTheSameWordsIsNot() {
    assertThat(BoilerplateText.isBoilerplate("The mayor shared the report with the council on Tuesday.")).isFalse();
    String longParagraph = "The newsletter, which the paper launched in 2019, now has more subscribers than the print "
        + "edition, and its editor says the team will hire two more reporters next year to cover the region's towns "
        + "and villages.";
    assertThat(BoilerplateText.isBoilerplate(longParagraph)).isFalse();
  }

  @Test
  void bylinesAndDatelinesAreRecognisedButOrdinarySentencesAreNot() {
    assertThat(BylineLines.isBylineOrDate("By Jane Voe - 03/12/24 9:15 AM EST")).isTrue();
    assertThat(BylineLines.isBylineOrDate("Sam Quist, AP Science Writer")).isTrue();
    assertThat(BylineLines.isBylineOrDate("Lesezeit: 3 Minuten")).isTrue();
    assertThat(BylineLines.isBylineOrDate("By evening the water in the lower town had gone down again.")).isFalse();
  }
}
