package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTextTest {
  @Test
  void stockLabelsAndCallsToActionAreBoilerplate() {
    assertThat(BoilerplateText.isBoilerplate("Advertisement")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Share this article")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Das könnte Sie auch interessieren:")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Subscribe now to our eNATION edition for the full story.")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("© 2020 General Mills. All Rights Reserved")).isTrue();
  }

  @Test
  void advertisingDisclosuresAndMembershipAppealsAreBoilerplate() {
    assertThat(BoilerplateText.isBoilerplate("*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Advertise with us")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The club, which anyone can join, now has 300 members.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Abonniere unseren YouTube-Kanal!")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Auskunft über vergangenes Wetter… mehr •••")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The flood was the worst in decades... more than 300 homes were damaged.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Für die Challenge nutzen wir die Sequenzen meines Youtube-Kanals.")).isFalse();
  }

  @Test
  void shopMessagesServerErrorsPaginationAndSharePromptsAreBoilerplate() {
    assertThat(BoilerplateText.isBoilerplate("Der Artikel wurde erfolgreich hinzugefügt.")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Item added to your cart")).isTrue();
    assertThat(BoilerplateText.isBoilerplate(
        "Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on line 407")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Showing 1-12 of 40 results")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Möchten Sie den Artikel teilen?")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Dieses Skript als PDF herunterladen")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Das Thema könnte dich auch interessieren:")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Weitere Tourentipps in Schweden")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("Permalink https://p.example/p/RPYx")).isTrue();
    assertThat(BoilerplateText.isBoilerplate("The council added two more buses to the night service.")).isFalse();
    assertThat(BoilerplateText.isBoilerplate("Between 1 and 10 of the 19 wineries were closed.")).isFalse();
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
    assertThat(BylineLines.isBylineOrDate("By Justine Coleman - 11/18/19 11:04 PM EST")).isTrue();
    assertThat(BylineLines.isBylineOrDate("Tom Krisher, AP Auto Writer")).isTrue();
    assertThat(BylineLines.isBylineOrDate("Lesezeit: 3 Minuten")).isTrue();
    assertThat(BylineLines.isBylineOrDate("By the end of the day the water had gone down again.")).isFalse();
  }
}
