package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionLinesTest {
  @Test
  void aFigureLabelOrAPictureCreditMakesAParagraphACaption() {
    assertThat(CaptionLines.isCaption("Abbildung 4: klassische Schwachschicht mit kantigen Körnern.")).isTrue();
    assertThat(CaptionLines.isCaption("Fig. 2. The core stage of the rocket in the assembly hall.")).isTrue();
    assertThat(CaptionLines.isCaption("Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)")).isTrue();
    assertThat(CaptionLines.isCaption("Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de")).isTrue();
    assertThat(CaptionLines.isCaption("The plague wiped out half of Europe in the 14th century (Image: GETTY)")).isTrue();
    assertThat(CaptionLines.isCaption("Der neue Bürgermeister am Wahlabend. - Foto: Hendrik Urban")).isTrue();
  }

  @Test
  void proseThatMentionsPicturesOrCopyrightIsNot() {
    assertThat(CaptionLines.isCaption("The photo, taken in 1969 by a NASA astronaut, shows the Earth rising over the Moon.")).isFalse();
    assertThat(CaptionLines.isCaption("Figures released on Monday show 4 million more passengers than last year.")).isFalse();
    assertThat(CaptionLines.isCaption("The court said the copyright had expired. The heirs will appeal next month.")).isFalse();
    String longCaption = "Die Forscher zeigen ihr neues Messgerät. ".repeat(8) + "(Foto: dpa)";
    assertThat(CaptionLines.isCaption(longCaption)).isFalse();
  }
}
