package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Older and plainer pages (table layouts, early CMS templates, hand-made sites), whose date, headline and author stand in
 * the visible text rather than in head metadata. Every page here is written for the test.
 */
class PlainPageMetadataTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  private static ArticleMetadata meta(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  @Test
  void aDateInTheUrlsFileNameOrQueryDatesThePage() {
    String page = "<html><head><meta name='date' content='2007-01-15'><title>Verein</title></head><body>"
        + "<p>Unsere Jugend hat am Wochenende das Turnier in der Halle gewonnen und sich für die Endrunde qualifiziert.</p></body></html>";
    assertThat(meta(page, "http://verein.example/news/bericht_2012_03_12.html").date()).isEqualTo(LocalDate.of(2012, 3, 12));
    assertThat(meta(page, "http://verein.example/news.php?id=41&datum=20120312").date()).isEqualTo(LocalDate.of(2012, 3, 12));
    // eight digits after a hyphen are as often an article's number
    assertThat(meta(page, "http://verein.example/news/turnier-20120312").date()).isNotEqualTo(LocalDate.of(2012, 3, 12));
  }

  @Test
  void aLabelledDateInTheTextWinsOverATemplatesMetaDate() {
    String page = "<html><head><meta name='date' content='2007-11-02'><title>SV Musterdorf</title></head><body>"
        + "<table><tr><td><h3>Knapper Sieg im Derby</h3><p class='klein'>Eingestellt am 19.3.2012 von Max Muster | Fußball</p>"
        + "<p>Mit einem 2:1 beim Nachbarn hat unsere erste Mannschaft am Sonntag drei wichtige Punkte geholt.</p>"
        + "<p>Bericht vom 19.03.2012</p></td></tr></table></body></html>";
    assertThat(meta(page, "http://sv-musterdorf.example/news.php?id=412").date()).isEqualTo(LocalDate.of(2012, 3, 19));
  }

  @Test
  void aClubsReportDatedAtItsEndIsDatedSo() {
    String page = "<html><head><title>TV Musterhausen</title></head><body><h2>Rang 4 am Turnfest</h2>"
        + "<p>Bei großer Hitze zeigte unsere Riege am Samstag einen ihrer besten Wettkämpfe der letzten Jahre.</p>"
        + "<p>Bericht vom 16.06.2014</p></body></html>";
    assertThat(meta(page, "http://tv-musterhausen.example/bericht_turnfest.html").date()).isEqualTo(LocalDate.of(2014, 6, 16));
  }

  @Test
  void aDublinCoreDateThatThePageNeverShowsGivesWayToTheDateItsTextLabels() {
    String page = "<html><head><meta name='DC.date.created' content='2009-02-11'><title>News - Borough Council</title></head><body>"
        + "<table><tr><td><h2>New play area opens in the park</h2></td></tr><tr><td>Date:</td><td>08/04/2013</td></tr></table>"
        + "<p>Work on the new play area began this week, and families should be able to use it in time for the summer.</p>"
        + "</body></html>";
    assertThat(meta(page, "http://borough.example/news/article.aspx?id=2184").date()).isEqualTo(LocalDate.of(2013, 4, 8));
    // a Dublin Core date that the page shows is the article's
    String shown = page.replace("08/04/2013", "11/02/2009");
    assertThat(meta(shown, "http://borough.example/news/article.aspx?id=2184").date()).isEqualTo(LocalDate.of(2009, 2, 11));
  }

  @Test
  void theDayInAnOldTemplatesHeaderBoxIsTheDayOfViewing() {
    String page = "<html><head><title>Artikel anzeigen</title></head><body>"
        + "<div id='header'><img src='logo.png' alt='Weserbote'><div class='datumzeile'>Dienstag, 19. Oktober 2010</div></div>"
        + "<table><tr><td class='contentheading'>Fähre bleibt im Dock</td></tr><tr><td class='createdate'>18.10.2010 | 14:32</td></tr>"
        + "<tr><td><p>Die Fähre bleibt wegen Rostschäden bis zum Frühjahr in der Werft, teilte der Betreiber mit.</p></td></tr>"
        + "<tr><td class='modifydate'>Zuletzt aktualisiert am Dienstag, 19. Oktober 2010</td></tr></table></body></html>";
    assertThat(meta(page, "http://weserbote.example/lokales/4712-faehre").date()).isEqualTo(LocalDate.of(2010, 10, 18));
  }

  @Test
  void aDutchPostingLineDatesThePage() {
    String page = "<html><head><title>Brandweer Dorp</title></head><body><p>Laatste meldingen: 21-08-2010 Brandmelding</p>"
        + "<p><b>Nieuwe tankautospuit in gebruik genomen</b></p>"
        + "<p>De burgemeester heeft zaterdag de nieuwe tankautospuit officieel overgedragen aan het korps.</p>"
        + "<p>Geplaatst op 14 september 2008</p></body></html>";
    assertThat(meta(page, "http://brandweer-dorp.example/nieuws/tankautospuit.html").date()).isEqualTo(LocalDate.of(2008, 9, 14));
  }

  @Test
  void underATitleThatIsOnlyTheSitesNameTheHeadingAboveTheTextIsTheHeadline() {
    String page = "<html><head><title>TSV Musterdorf 1921 e.V.</title></head><body><table><tr>"
        + "<td class='navi'><p><b>Menü</b></p><p><a href='/'>Startseite</a><br><a href='/news'>Neuigkeiten</a></p></td>"
        + "<td><table><tr><td class='rubrik'>Neuigkeiten » Fußball</td></tr><tr><td class='titel'>Erste Mannschaft wird Meister</td></tr>"
        + "<tr><td class='klein'>Eingestellt am 3.5.2009 von Max Muster</td></tr><tr><td class='text'>"
        + "<p>Mit einem 3:1-Heimsieg hat sich unsere erste Mannschaft am Samstag drei Spieltage vor Saisonende die Meisterschaft"
        + " gesichert. Die Freude bei Spielern und Fans war riesig.</p></td></tr></table></td></tr></table></body></html>";
    assertThat(meta(page, "http://tsv-musterdorf.example/news_2009_05_03.htm").title()).isEqualTo("Erste Mannschaft wird Meister");
  }

  @Test
  void aCmsLabelAsTitleGivesWayToTheHeadingAboveTheTextNotToItsStandfirst() {
    String page = "<html><head><meta name='title' content='Artikel anzeigen'><title>Artikel anzeigen</title></head><body>"
        + "<div id='left'><h4>Veranstaltungstipp</h4><p><b>Sa., 8. Februar 2014</b><br>Ball im Pfarrsaal</p></div>"
        + "<div id='content'><h3 class='pm-titel'>Weniger Azubis in der Werkstatt</h3>"
        + "<p><b>Weniger neue Verträge als im Vorjahr – der Verband wirbt jetzt in den Schulen</b></p>"
        + "<p>Dem Handwerk fehlt der Nachwuchs. Im vergangenen Jahr wurden deutlich weniger neue Verträge"
        + " geschlossen als im Jahr davor, teilte der Verband mit.</p></div></body></html>";
    assertThat(meta(page, "http://verband.example/presse.php?id=187").title()).isEqualTo("Weniger Azubis in der Werkstatt");
  }

  @Test
  void aLargeBoldParagraphAboveTheTextIsTheHeadlineOfAHandMadePage() {
    String page = "<html><head><title>Feuerwehr Dorf</title></head><body><table><tr><td>"
        + "<font face='Arial' size='2'><p><font size='1'>Sie sind hier: Home &gt; Neues</font></p>"
        + "<p><font size='4'><b>Neues Löschfahrzeug feierlich übergeben</b></font></p>"
        + "<p>Bei schönstem Wetter hat der Bürgermeister am Samstag das neue Löschfahrzeug an die Wehr übergeben. Viele"
        + " Einwohner kamen zur Feier ans Gerätehaus.</p></font></td></tr></table></body></html>";
    assertThat(meta(page, "http://feuerwehr-dorf.example/neues/fahrzeug.html").title()).isEqualTo("Neues Löschfahrzeug feierlich übergeben");
  }

  @Test
  void aTitleThatNamesTheArticleStaysTheHeadline() {
    String page = "<html><head><title>Neues Löschfahrzeug für die Wehr - Feuerwehr Dorf</title></head><body>"
        + "<h3>Ein großer Tag am Gerätehaus</h3><p>Bei schönstem Wetter hat der Bürgermeister am Samstag das neue"
        + " Löschfahrzeug an die Wehr übergeben. Viele Einwohner kamen zur Feier ans Gerätehaus.</p></body></html>";
    assertThat(meta(page, "http://feuerwehr-dorf.example/neues/fahrzeug.html").title()).isEqualTo("Neues Löschfahrzeug für die Wehr");
  }

  @Test
  void aTitleThatTheCopyrightNoticeNamesAsTheSiteIsNoHeadline() {
    String page = "<html><head><title>Seeblick Bote Online</title></head><body><table><tr><td>"
        + "<p><font size='2'>Region Seeblick</font></p><p><b>Zweiter Kreisel für die Hauptstrasse</b></p>"
        + "<p>Der Kanton will die Kreuzung beim Bahnhof sicherer machen. Bis Ende Jahr soll dort ein Kreisel entstehen, die"
        + " Gewerbetreibenden sind skeptisch.</p></td></tr><tr><td><font size='1'>© 2008 Seeblick Bote AG</font></td></tr>"
        + "</table></body></html>";
    assertThat(meta(page, "http://www.bote-seeblick.example/archiv/artikel_2008_04_17.html").title())
        .isEqualTo("Zweiter Kreisel für die Hauptstrasse");
  }

  @Test
  void aBoardsNameInItsSiteDescriptionIsNotTheTopicsHeadline() {
    String page = "<html><head><title>Valley Board &bull; View topic - Road closed for repairs next week</title></head><body>"
        + "<div id='site-description'><h1>Valley Board</h1><p>News and talk for the valley</p></div>"
        + "<h2><a href='./viewtopic.php?t=7'>Road closed for repairs next week</a></h2>"
        + "<div class='content'>Posted by Sam Quist<br>The county will close the river road from Monday for two weeks while"
        + " crews repair the bridge deck. A detour is signed.</div></body></html>";
    assertThat(meta(page, "http://valleyboard.example/viewtopic.php?t=7").title()).isEqualTo("Road closed for repairs next week");
  }

  @Test
  void theAuthorCellOfATableOfFactsNamesTheWriterWithoutTheirOffice() {
    String page = "<html><head><title>Kirchengemeinde Musterort</title></head><body><table class='artikel'>"
        + "<tr><td class='titel' colspan='2'>Erntedank in der Kirche</td></tr><tr><td class='label'>Datum:</td><td>07.10.13</td></tr>"
        + "<tr><td class='label'>Autor:</td><td>Pfarrerin Eva Beispiel</td></tr><tr><td colspan='2'><p>Zum Erntedankfest war unsere"
        + " Kirche festlich geschmückt. Viele Gaben kamen der Tafel zugute.</p></td></tr></table>"
        + "<div class='fuss'>© 2013 Ev.-luth. Kirchengemeinde Musterort</div></body></html>";
    assertThat(meta(page, "http://kirche-musterort.example/news.php?id=218").author()).isEqualTo("Eva Beispiel");
  }

  @Test
  void aSignatureWithADashOrATextAndPictureCreditAtTheEndNamesTheWriter() {
    String dash = "<html><head><title>Bezirk Online | Nachrichten</title></head><body><div id='content'>"
        + "<div class='post_title'>Gemeinden gründen Verband</div><div class='post_long'><p>Die Gemeinden am Fluss haben sich auf"
        + " einen gemeinsamen Verband geeinigt, der den Hochwasserschutz plant.</p><p>Bericht vom 14.01.2014<br>– Karl Beispiel</p>"
        + "</div></div><div id='footer'>© 2014 Bezirk Online</div></body></html>";
    assertThat(meta(dash, "http://bezirk-online.example/pages/posts/verband-1877.php").author()).isEqualTo("Karl Beispiel");
    String credit = "<html><head><meta name='author' content='Reto Muster'><title>TV Musterdorf</title></head><body>"
        + "<h2>Rang 4 am Turnfest</h2><p>Bei großer Hitze zeigte unsere Riege am Samstag einen ihrer besten Wettkämpfe.</p>"
        + "<p><i>Beat Beispiel (Text und Bild)</i><br>Bericht vom 16.06.2014</p>"
        + "<p class='fuss'>© 2014 Turnverein Musterdorf | Webmaster: Reto Muster</p></body></html>";
    assertThat(meta(credit, "http://tv-musterdorf.example/bericht_turnfest_2014.html").author()).isEqualTo("Beat Beispiel");
  }

  @Test
  void theNewsroomAndTheWebmasterWaitForAWriterWhoSigns() {
    String page = "<html><head><meta name='author' content='Webmaster SV Musterdorf'><title>SV Musterdorf</title></head><body>"
        + "<table><tr><td><span class='small'>Geschrieben von Redaktion</span></td></tr></table>"
        + "<h3>Auswärtssieg im Derby</h3><p class='klein'>Eingestellt am 19.3.2012 von Max Beispiel | Kategorie: Fußball</p>"
        + "<p>Mit einem 2:1 beim Nachbarn hat unsere erste Mannschaft am Sonntag drei wichtige Punkte geholt.</p></body></html>";
    assertThat(meta(page, "http://sv-musterdorf.example/news.php?id=412").author()).isEqualTo("Max Beispiel");
    String alone = page.replace("Eingestellt am 19.3.2012 von Max Beispiel | ", "");
    assertThat(meta(alone, "http://sv-musterdorf.example/news.php?id=412").author()).isEqualTo("Redaktion"); // no person signs: the newsroom is the answer
  }

  @Test
  void aWritersJobOnTheBylinesNextLineAndAPhotographersCreditAreNotTheName() {
    String page = "<html><head><title>The Parish Ledger</title></head><body><h1>Fire keeps crews busy overnight</h1>"
        + "<p class='byline'>By Sam Example<br><span class='staff'>Parish Staff Writer</span></p>"
        + "<p>Crews from four towns fought the fire at the old grain elevator through the night.</p></body></html>";
    assertThat(meta(page, "http://parishledger.example/news/2012/10/04/fire.html").author()).isEqualTo("Sam Example");
    String credits = "<html><head><title>Radio Tal</title></head><body><h1>Stadt kauft Gelände am Fluss</h1>"
        + "<p>Die Stadt hat das Gelände des alten Sägewerks gekauft und will dort Wohnungen bauen.</p>"
        + "<p class='credits'>Text: Jan Beispiel / Foto: Radio-Archiv</p></body></html>";
    assertThat(meta(credits, "http://radio-tal.example/nachrichten/gelaende").author()).isEqualTo("Jan Beispiel");
  }
}
