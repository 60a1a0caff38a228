package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Table layouts' headlines against the section that the {@code <title>} names: a section glued to the headline by a
 * colon ("Site - Sport: Headline"), and a title that is only the site and its section, where the headline is the bold
 * line above the text of the article's cell, also when a side column's list of dated events comes first in the source, and
 * when one {@code <font>} wraps the whole cell, rule and further reports included, so that its text is no paragraph of its own.
 * Every page here is written for the test.
 */
class TableLayoutSectionTitlesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);
  private static final String URL = "http://www.sv-talheim.example/news.php?id=77";
  private static final String HEADLINE = "Neuer Kunstrasen am Sportplatz eingeweiht";
  private static final String PROSE = "Am Samstag hat der Verein seinen neuen Kunstrasenplatz an der Schulstraße eingeweiht, nach einem "
      + "Sommer voller Bauarbeiten und vielen Stunden, die die Mitglieder selbst mit angepackt haben.<br><br>Der Vorsitzende dankte "
      + "der Gemeinde, den Sponsoren aus dem Ort und allen Helfern, ohne die der Platz nicht vor dem Saisonbeginn fertig geworden "
      + "wäre. Die Jugend bestritt danach das erste Spiel auf dem neuen Rasen.<br><br>Im Herbst folgt noch die neue Flutlichtanlage, "
      + "für die der Verein weiter Spenden sammelt.";

  private static String title(String pageTitle, String sideColumn) {
    String html = "<html><head><title>" + pageTitle + "</title></head><body><table width='780'>"
        + "<tr><td colspan='2'><img src='kopf.gif' alt='SV Talheim 1920 e.V.'></td></tr>"
        + "<tr><td colspan='2'><a href='index.php'>Home</a> | <a href='news.php'>Nachrichten</a> | <a href='sport.php'>Sport</a></td></tr>"
        + "<tr><td width='160'>" + sideColumn + "</td><td width='620'>"
        + "<font size='1'><a href='news.php'>Nachrichten</a> &raquo; Sport</font><br><br>"
        + "<font size='4'><b>" + HEADLINE + "</b></font><br><font size='1'>Mo., 12.10.2009</font><br><br>"
        + "<font size='2'>" + PROSE + "</font><hr size='1'><a href='news.php'>zurück</a></td></tr></table></body></html>";
    return HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST).title();
  }

  @Test
  void aSectionGluedToTheHeadlineByAColonIsCutWhenThePageShowsTheHeadlineAlone() {
    assertThat(title("SV Talheim 1920 e.V. - Sport: " + HEADLINE, "")).isEqualTo(HEADLINE);
    assertThat(title("Sport: " + HEADLINE + " - SV Talheim", "")).isEqualTo(HEADLINE);
  }

  @Test
  void aTopicOfTwoWordsBeforeAColonStaysPartOfTheHeadline() {
    String whole = "Neuer Kunstrasen: Am Sportplatz eingeweiht";
    String html = "<html><head><title>" + whole + "</title></head><body><table><tr><td>"
        + "<font size='4'><b>Am Sportplatz eingeweiht</b></font><br><br><font size='2'>" + PROSE + "</font></td></tr></table></body></html>";
    assertThat(HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST).title()).isEqualTo(whole);
  }

  @Test
  void aSideColumnsDatedEventsAreNoProseBeforeTheHeadlineOfTheArticlesCell() {
    String events = "<font size='1'><b>Termine</b><br>24.10. Herbstfest am Sportheim<br>31.10. Jahreshauptversammlung im Gasthaus<br>"
        + "07.11. Preisschafkopf im Sportheim<br>14.11. Weihnachtsfeier der Jugend<br><a href='termine.php'>alle Termine</a></font>";
    assertThat(title("SV Talheim 1920 e.V. - Nachrichten", events)).isEqualTo(HEADLINE);
  }

  @Test
  void theBoldLineAboveTextSetStraightInACellWrappedInOneFontIsTheHeadline() {
    String html = "<html><head><title>SV Talheim 1920 e.V. - Fussball - 1. Mannschaft</title></head><body><table width='780'>"
        + "<tr><td colspan='2'><img src='kopf.gif' alt='SV Talheim 1920 e.V.'></td></tr>"
        + "<tr><td width='160'><b>Fussball</b><br><a href='f1.php'>1. Mannschaft</a><br><a href='f2.php'>2. Mannschaft</a></td>"
        + "<td width='620'><table width='100%'><tr><td><font face='Verdana' size='2'>"
        + "<font size='1'>Fussball &gt; 1. Mannschaft &gt; Berichte</font><br><br>"
        + "<font size='3'><b>" + HEADLINE + "</b></font><br><font size='1'>Eingetragen am 12.10.09</font><br><br>"
        + PROSE + "<br><br><hr size='1'><b>Weitere Berichte:</b><br>05.10.09 - <a href='b.php?id=1'>Remis im Derby</a><br>"
        + "28.09.09 - <a href='b.php?id=2'>Pokal-Aus nach Elfmeterschießen</a></font></td></tr></table></td></tr></table></body></html>";
    assertThat(HtmlMetadata.extract(Jsoup.parse(html, URL), URL, LATEST).title()).isEqualTo(HEADLINE);
  }
}
