package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A table layout's headline set in a large font over a subline set in the text's size, both bold lines of their own right
 * above the text, under a {@code <title>} that names only the site and its section: the larger line is the headline, as a
 * heading is over the bold standfirst under it. Every page here is written for the test.
 */
class TableLayoutSublinesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "http://www.tsv-musterhausen.example/bericht.php?id=88";
  private static final String HEADLINE = "Knapper Auswärtssieg beim Tabellenführer";
  private static final String SUBLINE = "FC Beispielstadt - TSV Musterhausen 1:2 (0:1)";

  private static String page(String beforeText) {
    return "<html><head><title>TSV Musterhausen 1908 e.V. - Fußball - Berichte</title></head><body><table width='760'>"
        + "<tr><td colspan='2'><img src='kopf.jpg' alt='TSV Musterhausen'></td></tr>"
        + "<tr><td width='160'><a href='index.php'>Home</a><br><a href='berichte.php'>Berichte</a></td><td width='600'>"
        + "<font size='1'>Fußball &gt; Berichte</font><br><br>" + beforeText
        + "<font size='2'>Vor rund 150 Zuschauern hat unsere Erste beim Spitzenreiter gewonnen und ist damit bis auf drei Punkte "
        + "herangerückt.<br><br>Nach der Pause verteidigte die Mannschaft den Vorsprung mit viel Einsatz bis zum Schluss.</font>"
        + "<hr size='1'></td></tr></table></body></html>";
  }

  private static String title(String html) {
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST).title();
  }

  @Test
  void aBoldLineSetLargerIsTheHeadlineOverTheSmallerBoldLineRightUnderIt() {
    String html = page("<font size='4'><b>" + HEADLINE + "</b></font><br>\n<font size='2'><b>" + SUBLINE + "</b></font><br>"
        + "<font size='1'>12.4.09 - Autor: Erika Musterfrau</font><br><br>");
    assertThat(title(html)).isEqualTo(HEADLINE);
    // a relative size and paragraphs of their own read the same
    String relative = page("<p><font size='+2'><b>" + HEADLINE + "</b></font></p><p><b>" + SUBLINE + "</b></p>");
    assertThat(title(relative)).isEqualTo(HEADLINE);
  }

  @Test
  void aLargerLineThatDoesNotStandRightAboveLeavesTheLaterBoldLineTheHeadline() {
    // the section's name set large, a date line between: the bold line above the text is the headline
    String apart = page("<font size='4'><b>Aus dem Vereinsleben berichtet</b></font><br>12.4.09<br><font size='2'><b>" + HEADLINE
        + "</b></font><br><br>");
    assertThat(title(apart)).isEqualTo(HEADLINE);
    // a smaller line above a larger one is no headline over it (a kicker, a date line set bold)
    String smallerFirst = page("<font size='2'><b>Bericht aus der Kreisliga Nord</b></font><br><font size='4'><b>" + HEADLINE
        + "</b></font><br><br>");
    assertThat(title(smallerFirst)).isEqualTo(HEADLINE);
  }

  @Test
  void aLinesSizeIsThatOfTheInnermostFontAroundItsText() {
    Element body = Jsoup.parse("<div><font size='2'><span id='a'><font size='+1'><b>x</b></font></span><br><span id='b'><b>y</b></span>"
        + "<br><span id='c'><font size='-1'>z</font></span><br><span id='d'><font size='big'>w</font></span></font></div>").body();
    assertThat(FontLines.size(body.getElementById("a"))).isEqualTo(4);
    assertThat(FontLines.size(body.getElementById("b"))).isEqualTo(2);
    assertThat(FontLines.size(body.getElementById("c"))).isEqualTo(2);
    assertThat(FontLines.size(body.getElementById("d"))).isEqualTo(2);
  }
}
