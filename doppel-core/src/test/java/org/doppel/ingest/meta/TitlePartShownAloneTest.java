package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.meta.HtmlTitles.Found;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitlePartShownAloneTest {
  private static final Found TITLE = new Found("Rowing Club Elmhurst - News - New boathouse opens on the river", "html-title");

  @Test
  void thePartPrintedAsATextOfItsOwnIsTheHeadline() {
    var page = Jsoup.parse("""
        <body><a href="/news">Rowing Club Elmhurst</a>
        <font size="5"><b>New boathouse opens on the river</b></font><p>The members met on Sunday.</p></body>""");

    assertThat(TitlePartShownAlone.find(page, TITLE)).isEqualTo(new Found("New boathouse opens on the river", "html-title+shown"));
  }

  @Test
  void aPartShownOnlyInALinkOrTheSitesHeaderIsNot() {
    var linked = Jsoup.parse("<body><a href=\"/b\">New boathouse opens on the river</a></body>");
    var header = Jsoup.parse("<body><header><b>New boathouse opens on the river</b></header></body>");

    assertThat(TitlePartShownAlone.find(linked, TITLE)).isNull();
    assertThat(TitlePartShownAlone.find(header, TITLE)).isNull();
  }

  @Test
  void aSectionsNameBeforeAColonIsCutEvenFromATitleOfOnePart() {
    var page = Jsoup.parse("<body><b>New boathouse opens on the river</b></body>");

    assertThat(TitlePartShownAlone.find(page, new Found("Sport: New boathouse opens on the river", "html-title")))
        .isEqualTo(new Found("New boathouse opens on the river", "html-title+shown-after-label"));
  }
}
