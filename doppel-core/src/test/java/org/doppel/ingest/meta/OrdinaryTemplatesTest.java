package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Headlines and bylines of everyday templates: pages laid out with tables and {@code <font>} before style sheets, an older
 * CMS's section heading over the entry's, a byline in capitals with the writer's role, and a JSON-LD author list that
 * names the agency beside the writer. Every page here is written for the test.
 */
class OrdinaryTemplatesTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  private static ArticleMetadata meta(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  // -- a paper's page of 2008: tables, <font>, no headings, a "Site - Section - Headline" <title>

  private static final String OLD_URL = "http://www.huegelland-bote.example/lokales/artikel.php?id=5120";

  private static String oldPaper(String title, String headlineLine, String bylineLine, String teasers) {
    return "<html><head><title>" + title + "</title></head><body><table width='900'>"
        + "<tr><td colspan='2'><img src='/kopf.gif' alt='Hügelland-Bote'></td></tr>"
        + "<tr><td width='160'><font size='1'><a href='/lokales/'>Lokales</a><br><a href='/sport/'>Sport</a></font></td>"
        + "<td width='600'><font size='1'><a href='/'>Startseite</a> &raquo; Lokales</font><br>"
        + headlineLine + "<br>" + bylineLine + "<br><br>"
        + "<font size='2'>Die Kreisstraße zwischen den beiden Ortsteilen wird ab Montag für drei Wochen voll gesperrt, "
        + "weil die Fahrbahn erneuert wird.<br><br>Eine Umleitung über die Bundesstraße ist ausgeschildert; Busse fahren "
        + "nach einem eigenen Fahrplan.</font><br>" + teasers + "</td></tr></table></body></html>";
  }

  private static final String BOLD_HEADLINE = "<font face='Georgia' size='5'><b>Kreisstraße wird drei Wochen gesperrt</b></font>";

  @Test
  void theTitlePartThatThePageShowsAsItsBoldHeadlineIsTheHeadline() {
    String page = oldPaper("Hügelland-Bote - Lokales - Kreisstraße wird drei Wochen gesperrt", BOLD_HEADLINE, "", "");
    assertThat(meta(page, OLD_URL).title()).isEqualTo("Kreisstraße wird drei Wochen gesperrt");
  }

  @Test
  void aTitlePartShownOnlyAsALinkIsNotTakenForTheHeadline() {
    // the page prints no headline; the words stand only in a teaser's link: the title is read as before
    String teaser = "<font size='1'><a href='/lokales/artikel.php?id=5121'>Kreisstraße wird drei Wochen gesperrt</a></font>";
    String page = oldPaper("Hügelland-Bote - Lokales - Kreisstraße wird drei Wochen gesperrt", "", "", teaser);
    assertThat(meta(page, OLD_URL).title()).isNotEqualTo("Kreisstraße wird drei Wochen gesperrt");
  }

  private static String clubEntry(String title, String headline) {
    return "<html><head><title>" + title + "</title></head><body>"
        + "<div id='header'><span>Freunde des Kelterhofs Rundblick</span></div>"
        + headline + "<p>Die Lese beginnt in diesem Jahr schon Anfang September, weil der Sommer warm war.</p></body></html>";
  }

  @Test
  void aTitlePartThatThePagesHeaderShowsIsTheSiteNotTheHeadline() {
    String url = "https://kelterhof-rundblick.example/termine/weinlese";
    // the club's name stands alone in the header box, before the headline the page prints in bold
    assertThat(meta(clubEntry("Freunde des Kelterhofs Rundblick - Weinlese am Südhang beginnt früher",
        "<p><b>Weinlese am Südhang beginnt früher</b></p>"), url).title()).isEqualTo("Weinlese am Südhang beginnt früher");
    // a "Club - Section" title over a headline in a heading: the club's name is not taken for the headline
    assertThat(meta(clubEntry("Freunde des Kelterhofs Rundblick - Termine", "<h2>Weinlese am Südhang beginnt früher</h2>"), url)
        .title()).isNotEqualTo("Freunde des Kelterhofs Rundblick");
  }

  @Test
  void aBylineAfterTheDateInAFontLineIsRead() {
    String byline = "<font size='2' color='#666666'>Mi., 04.03.2009 &middot; Von Marta Quellmann</font>";
    String page = oldPaper("Hügelland-Bote - Lokales - Kreisstraße wird drei Wochen gesperrt", BOLD_HEADLINE, byline, "");
    assertThat(meta(page, OLD_URL).author()).isEqualTo("Marta Quellmann");
  }

  // -- a club's CMS of 2011: the section as <h1>, the entry's headline as <h2> in a table, its date in the next table

  private static String clubPage(String dateRow) {
    return "<html><head><title>SV Wiesenfeld 1908 e.V. - Handball</title></head><body><table><tr><td class='links'>"
        + "<h3>Spielplan</h3><p>Sa, 19.03.2011, 17:00</p></td><td class='inhalt'>"
        + "<h1 class='componentheading'>Handball</h1>"
        + "<table class='contentpaneopen'><tr><td class='contentheading'><h2>Zweite gewinnt das Kellerduell deutlich</h2></td>"
        + "<td class='buttonheading'><a href='/print'><img src='/print.png' alt='Drucken'></a></td></tr></table>"
        + "<table class='contentpaneopen'>" + dateRow + "<tr><td><p>Mit einem klaren Heimsieg hat sich unsere Zweite im "
        + "Abstiegskampf Luft verschafft. Vor gut hundert Zuschauern stand es zur Pause schon 15:9.</p>"
        + "<p>Nach dem Wechsel ließ die Mannschaft nichts mehr anbrennen und baute den Vorsprung Tor um Tor aus.</p>"
        + "</td></tr></table></td></tr></table></body></html>";
  }

  @Test
  void theEntrysHeadlineUnderTheSectionsH1IsTheHeadlineWhenItsDatelineFollowsInTheNextTable() {
    String page = clubPage("<tr><td class='createdate'>Sonntag, 13. März 2011 um 19:40 Uhr</td></tr>");
    assertThat(meta(page, "http://www.sv-wiesenfeld.example/index.php?option=com_content&id=88").title())
        .isEqualTo("Zweite gewinnt das Kellerduell deutlich");
  }

  @Test
  void withoutADatelineTheSubheadingIsNotTakenForTheEntrysHeadline() {
    assertThat(meta(clubPage(""), "http://www.sv-wiesenfeld.example/index.php?option=com_content&id=88").title())
        .isEqualTo("Handball");
  }

  // -- bylines of today's templates

  private static final String NEWS_URL = "https://www.flusstal-anzeiger.example/region/neue-bruecke-freigegeben-a1234";

  private static String news(String head, String byline) {
    return "<html><head><title>Neue Brücke freigegeben | Flusstal-Anzeiger</title>" + head + "</head><body>"
        + "<header><a href='/'>Flusstal-Anzeiger</a></header><article><h1>Neue Brücke freigegeben</h1>" + byline
        + "<p>Nach zwei Jahren Bauzeit ist die neue Brücke über den Fluss für den Verkehr freigegeben worden.</p>"
        + "<p>Sie ersetzt einen Bau aus den Sechzigerjahren, dessen Träger nicht mehr zu retten waren.</p>"
        + "</article><footer>© Flusstal-Anzeiger</footer></body></html>";
  }

  /** A JSON-LD article whose author list holds these typed names ("Person", "Marta Quellmann", "Organization", "xpa"). */
  private static String ldAuthors(String... typesAndNames) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i + 1 < typesAndNames.length; i += 2) {
      list.append(list.isEmpty() ? "" : ",").append("{\"@type\":\"").append(typesAndNames[i]).append("\",\"name\":\"")
          .append(typesAndNames[i + 1]).append("\"}");
    }
    return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[" + list + "]}</script>";
  }

  @Test
  void anAgencyListedBesideTheWriterInJsonLdIsNotAnAuthor() {
    String withAgency = ldAuthors("Person", "Marta Quellmann", "Organization", "xpa");
    assertThat(meta(news(withAgency, "<p class='meta'>Marta Quellmann, xpa</p>"), NEWS_URL).author()).isEqualTo("Marta Quellmann");
    String twoWriters = ldAuthors("Person", "Marta Quellmann", "Person", "Jonas Feldkamp");
    assertThat(meta(news(twoWriters, ""), NEWS_URL).author()).isEqualTo("Marta Quellmann; Jonas Feldkamp");
  }

  @Test
  void aNameInCapitalsEndsWhereTheWritersRoleBegins() {
    String byline = "<p class='byline'>By MARTA QUELLMANN <span class='title'>Flusstal Staff Writer</span></p>";
    assertThat(AuthorNames.clean("By MARTA QUELLMANN Flusstal Staff Writer", null)).isEqualTo("MARTA QUELLMANN");
    assertThat(meta(news("", byline), NEWS_URL).author()).isEqualTo("MARTA QUELLMANN");
    assertThat(AuthorNames.clean("By MARTA QUELLMANN and JONAS FELDKAMP Flusstal Staff Writers", null))
        .isEqualTo("MARTA QUELLMANN and JONAS FELDKAMP");
    // a site whose name starts in capitals is still the site, not a name cut short
    assertThat(AuthorNames.clean("FLUSS TAL Anzeiger", "FLUSS TAL Anzeiger")).isNull();
  }

  @Test
  void anOrganisationsNameInCapitalsBeforeItsLegalFormIsNotCutToLookLikeAPerson() {
    // a legal form is no writer's role: cut before it, the organisation's name was given as a person's
    for (String organisation : new String[] {"KELTERHOF RUNDBLICK GmbH Redaktion", "WEINBERG FREUNDE eV Vorstand",
        "ORCHARD LANE PRESS Ltd Newsroom"}) {
      assertThat(AuthorNames.clean(organisation, null)).isEqualTo(organisation);
    }
    // a role that only looks like one ("Gmbh" is no legal form as written) is cut as before
    assertThat(AuthorNames.clean("Von KELTERHOF RUNDBLICK Gmbh Redaktion", null)).isEqualTo("KELTERHOF RUNDBLICK");
  }

  // -- a blog theme of 2010: the date line's label classed like the byline ("meta-prep meta-prep-author")

  private static final String BLOG_URL = "http://www.gartenbank-blog.example/2011/05/14/hochbeet-bauen/";

  private static String themeBlogPost(String entryMeta, String authorInfo) {
    return "<html><head><title>Hochbeet bauen, Teil 2 | Gartenbank</title></head><body><div id='wrapper'>"
        + "<div id='header'><a href='/'>Gartenbank</a></div><div id='content'>"
        + "<div class='post hentry'><h1 class='entry-title'>Hochbeet bauen, Teil 2</h1>"
        + "<div class='entry-meta'>" + entryMeta + "</div><div class='entry-content'>"
        + "<p>Nachdem der Rahmen im April stand, ging es jetzt an die Füllung: Äste, Laub, Kompost und zuletzt gute Erde.</p>"
        + "<p>Die ersten Salate sind schon gesetzt, die Tomaten folgen nach den Eisheiligen.</p></div>"
        + authorInfo + "</div></div></div></body></html>";
  }

  @Test
  void aDateLinesLabelClassedLikeTheBylineIsNotTheWriter() {
    String dateThenName = "<span class='meta-prep meta-prep-author'>Veröffentlicht am</span> <a href='" + BLOG_URL
        + "' rel='bookmark'><span class='entry-date'>14. Mai 2011</span></a> <span class='meta-sep'>von</span> "
        + "<span class='author vcard'><a class='url fn n' href='/author/irmgard/'>Irmgard Beispiel</a></span>";
    assertThat(meta(themeBlogPost(dateThenName, ""), BLOG_URL).author()).isEqualTo("Irmgard Beispiel");
    // only the section after the label: the writer is named in the author box's link to their posts
    String sectionOnly = "<span class='meta-prep meta-prep-author'>Veröffentlicht in</span> <a href='/garten/'>Garten</a>";
    String authorBox = "<div id='entry-author-info'><div id='author-description'><h2>Über Irmgard Beispiel</h2>Gärtnert seit "
        + "zwanzig Jahren.<div id='author-link'><a href='/author/irmgard/' rel='author'>Alle Beiträge von Irmgard Beispiel "
        + "anzeigen <span class='meta-nav'>&rarr;</span></a></div></div></div>";
    assertThat(meta(themeBlogPost(sectionOnly, authorBox), BLOG_URL).author()).isEqualTo("Irmgard Beispiel");
  }
}
