package org.doppel.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionLinesTest {
  @Test
  void aFigureLabelOrAPictureCreditMakesAParagraphACaption() {
    // written for the test, not copied from an evaluation page
    assertThat(CaptionLines.isCaption("Abbildung 3: Der Pegel des Flusses im März.")).isTrue();
    assertThat(CaptionLines.isCaption("Fig. 2. The new footbridge seen from the east bank.")).isTrue();
    assertThat(CaptionLines.isCaption("Ein Reiher am Ufer des Stausees. (jdoe / iStock.com)")).isTrue();
    assertThat(CaptionLines.isCaption("Der Marktplatz nach dem Regen© Max Muster/pixelio.de")).isTrue();
    assertThat(CaptionLines.isCaption("Volunteers fill sandbags by the river (Image: GETTY)")).isTrue();
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
