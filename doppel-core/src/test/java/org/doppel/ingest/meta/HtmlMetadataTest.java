package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.ArticleMetadata.Image;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
  private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

  /** The metadata of a page written for the test, read as of {@link #LATEST} with no URL. */
  private static ArticleMetadata extracted(String html) {
    return HtmlMetadata.extract(Jsoup.parse(html), null, LATEST);
  }

  private static Document page(String name, String url) throws IOException {
    try (InputStream in = HtmlMetadataTest.class.getResourceAsStream(name)) {
      return Jsoup.parse(in, null, url);
    }
  }

  @Test
  void readsAGermanNewsPageFromJsonLdMetaTagsAndFigures() throws IOException {
    String url = "https://www.moselbote.de/region/hochwasser-mosel-pegel-123.html";
    ArticleMetadata meta = HtmlMetadata.extract(page("german-news.html", url), url, LATEST);
    assertThat(meta.title()).isEqualTo("Hochwasser an der Mosel: Pegel steigt weiter");
    assertThat(meta.author()).isEqualTo("Anna Muster"); // the JSON-LD author is an @id reference into the @graph
    // 23:30 UTC on the 4th is half past midnight on the 5th in Germany
    assertThat(meta.date()).isEqualTo(LocalDate.of(2019, 3, 5));
    assertThat(meta.time()).isEqualTo(LocalTime.of(0, 30));
    assertThat(meta.site()).isEqualTo("Moselbote");
    assertThat(meta.url()).isEqualTo(url);
    assertThat(meta.language()).isEqualTo("de");
    assertThat(meta.images()).containsExactly(
        new Image("https://www.moselbote.de/bilder/mosel.jpg", "Die Mosel bei Trier am Montagmorgen.", "Foto: Hans Beispiel/dpa"));
    assertThat(meta.attributions()).containsExactly(new Attribution("Quelle: dpa", "dpa"));
    assertThat(meta.evidence())
        .containsEntry("title", "json-ld+h1")
        .containsEntry("author", "json-ld")
        .containsEntry("date", "meta:article:published_time")
        .containsEntry("site", "og:site_name")
        .containsEntry("url", "canonical")
        .containsEntry("language", "html-lang");
  }

  @Test
  void readsAGermanDateFromTheVisibleTextWhenNoTagDeclaresOne() throws IOException {
    Document page = page("german-news.html", "https://www.moselbote.de/region/x.html");
    page.select("meta[property=article:published_time]").remove();
    ArticleMetadata meta = HtmlMetadata.extract(page, "https://www.moselbote.de/region/x.html", LATEST);
    assertThat(meta.date()).isEqualTo(LocalDate.of(2019, 3, 5));
    assertThat(meta.time()).isEqualTo(LocalTime.of(7, 15));
    assertThat(meta.evidence()).containsEntry("date", "text");
  }

  @Test
  void aDateInAParagraphOfProseIsKeptButMarkedAsProse() {
    String prose = "The crew spent a week on the coast. Their pictures, taken between 26 February and 1 March 2024 near the"
        + " old harbour, show fishing boats, markets and the lighthouse keeper at work, and they were shown last spring"
        + " in a small gallery in the town.";
    Document page = Jsoup.parse("<html><body><h1>Life on the coast</h1><p>" + prose + "</p></body></html>", "https://example.org/a");
    ArticleMetadata meta = HtmlMetadata.extract(page, "https://example.org/a", LATEST);
    assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(meta.evidence()).containsEntry("date", ArticleMetadata.PROSE_DATE);
    assertThat(meta.datesPublication()).isFalse();
  }

  @Test
  void aDateInAShortBlockBesideProseIsThePublicationsDate() {
    String prose = "The crew spent a week on the coast. Their pictures, taken in late February near the old harbour, show"
        + " fishing boats, markets and the lighthouse keeper at work, and they were shown last spring in a small gallery.";
    Document page = Jsoup.parse("<html><body><h1>Life on the coast</h1><p class=\"meta\">By Ann Lee, 4 March 2024</p><p>"
        + prose + " A second showing opens on 12 May 2024.</p></body></html>", "https://example.org/a");
    ArticleMetadata meta = HtmlMetadata.extract(page, "https://example.org/a", LATEST);
    assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(meta.datesPublication()).isTrue();
  }

  @Test
  void readsAnEnglishPageWithSeveralAuthorsAndAGettyCredit() throws IOException {
    String url = "https://worldwire.example.com/world/rare-images";
    ArticleMetadata meta = HtmlMetadata.extract(page("english-news.html", url), url, LATEST);
    assertThat(meta.title()).isEqualTo("Rare images reveal life inside North Korea");
    assertThat(meta.author()).isEqualTo("Jane Voe; Sam Quist");
    assertThat(meta.date()).isEqualTo(LocalDate.of(2025, 4, 2)); // published, not modified
    assertThat(meta.time()).isEqualTo(LocalTime.of(10, 42));
    assertThat(meta.site()).isEqualTo("World Wire");
    assertThat(meta.language()).isEqualTo("en");
    assertThat(meta.images()).containsExactly(
        new Image("https://cdn.example.com/homes.jpg", "Views of North Korean homes", "PEDRO PARDO/AFP via Getty Images"));
    assertThat(meta.attributions()).containsExactly(new Attribution("Originally published by Kiwi Report.", "Kiwi Report"));
    assertThat(meta.evidence()).containsEntry("language", "text");
  }

  @Test
  void readsABlogWhoseH1IsTheSiteNameAndWhoseDateIsInTheUrl() throws IOException {
    String url = "https://gartenzwerge.example.org/2019/03/05/mein-garten/";
    ArticleMetadata meta = HtmlMetadata.extract(page("blog-post.html", url), url, LATEST);
    assertThat(meta.title()).isEqualTo("Mein Garten im Frühling");
    assertThat(meta.author()).isEqualTo("Max Mustermann");
    assertThat(meta.date()).isEqualTo(LocalDate.of(2019, 3, 5));
    assertThat(meta.language()).isEqualTo("de");
    assertThat(meta.site()).isEqualTo("gartenzwerge.example.org");
    assertThat(meta.evidence()).containsEntry("date", "url").containsEntry("author", "text").containsEntry("site", "url");
  }

  @Test
  void aRelativeCanonicalLinkWithoutAPageUrlGivesWayToOpenGraph() throws IOException {
    ArticleMetadata meta = HtmlMetadata.extract(page("german-news.html", ""), null, LATEST);
    assertThat(meta.url()).isEqualTo("https://www.moselbote.de/region/hochwasser-mosel-pegel-123.html");
    assertThat(meta.evidence()).containsEntry("url", "og:url");
  }

  // the pages below are written for the tests; none is copied from an evaluation page
  private static ArticleMetadata meta(String html, String url) {
    return HtmlMetadata.extract(Jsoup.parse(html, url), url, LATEST);
  }

  @Test
  void aBylineBesideTheHeadlineCountsEvenInAContainerNamedLikeASidebar() {
    ArticleMetadata meta = meta("<html><body><div id='sidebar'><header><h1>Neuer Radweg am Fluss</h1>"
        + "<span class='author vcard'><a rel='author' href='/autor/anna'>Anna Muster</a></span></header>"
        + "<p>Die Stadt baut einen Radweg.</p></div></body></html>", "https://stadtblatt.example/radweg");
    assertThat(meta.author()).isEqualTo("Anna Muster");
  }

  @Test
  void bylinesAreReadByTheirFormWrittenByFromOrARoleAfterTheName() {
    assertThat(meta("<html><body><h1>Titel</h1><span>Geschrieben von Max Muster</span><p>Text.</p></body></html>",
        "https://verein.example/a").author()).isEqualTo("Max Muster");
    assertThat(meta("<html><body><h1>Titre</h1><p>Par Marie Exemple</p><p>Texte.</p></body></html>",
        "https://journal.example/a").author()).isEqualTo("Marie Exemple");
    assertThat(meta("<html><body><h1>Titel</h1><p>Ein langer Text über Bildung.</p>"
        + "<p><strong>Autorin: Anna Muster, Referentin für Bildung in Hamburg.</strong></p></body></html>",
        "https://stiftung.example/a").author()).isEqualTo("Anna Muster");
    // an editor's or translator's credit is not the writer's byline: the writer named after it is
    assertThat(meta("<html><body><div class='author'>Second Edition, Edited by Paul Sample</div><h1>Rivers</h1>"
        + "<p>by Jane Voe</p><p>A long text about rivers.</p></body></html>", "https://encyclopedia.example/rivers").author())
        .isEqualTo("Jane Voe");
    assertThat(meta("<html><body><h1>Flüsse</h1><span class='autor'>Übersetzt von Max Muster</span><p>Text.</p></body></html>",
        "https://verlag.example/a").author()).isNull();
  }

  @Test
  void aBylineBoxThatHoldsOnlyADateNamesNoAuthor() {
    // what a date cut leaves of "4. März 2022" or "Freitag, 4. März 2022" is a month or a weekday, not a name
    for (String box : new String[] {"<div class='byline'>4. März 2022</div>", "<span class='author'>Freitag, 4. März 2022</span>",
        "<p class='byline'>Friday, March 4, 2022</p>"}) {
      ArticleMetadata meta = meta("<html><body><h1>Neuer Radweg am Fluss</h1>" + box + "<p>Die Stadt baut einen Radweg.</p></body></html>",
          "https://stadtblatt.example/radweg");
      assertThat(meta.author()).as(box).isNull();
      assertThat(meta.date()).as(box).isEqualTo(LocalDate.of(2022, 3, 4));
    }
    // a name beside the date is still read, also a first name that is spelt like a month
    assertThat(meta("<html><body><h1>Neuer Radweg</h1><div class='byline'>Anna Muster, 4. März 2022</div><p>Text.</p></body></html>",
        "https://stadtblatt.example/radweg").author()).isEqualTo("Anna Muster");
    assertThat(meta("<html><body><h1>Neuer Radweg</h1><span class='author'>Jan</span><p>Text.</p></body></html>",
        "https://stadtblatt.example/radweg").author()).isEqualTo("Jan");
  }

  @Test
  void readsGermanContributionBylines() {
    assertThat(meta("<html><body><h1>Neuer Radweg</h1><p>Ein Beitrag von Anna Muster</p><p>Die Stadt baut einen Radweg.</p></body></html>",
        "https://stadtblatt.example/radweg").author()).isEqualTo("Anna Muster");
    assertThat(meta("<html><body><h1>Neuer Radweg</h1><p>Ein Gastbeitrag von Erik Beispiel</p><p>Die Stadt baut einen Radweg.</p></body></html>",
        "https://stadtblatt.example/radweg").author()).isEqualTo("Erik Beispiel");
  }

  @Test
  void aPublisherThatSignsAsAuthorGivesWayToTheWriterNamedInTheText() {
    // the meta author is the copyright holder, so the publisher; the labelled line names the writer
    String page = "<html><head><meta name='author' content='Radio Weltweit'><meta name='copyright' content='© 2021 Radio Weltweit'>"
        + "</head><body><h1>Les rivières</h1><p>Un long texte sur les rivières et les forêts.</p>"
        + "<div><p>Auteur : Marie Exemple</p> <p>Édition : Paul Modèle</p></div></body></html>";
    ArticleMetadata meta = meta(page, "https://radio.example/fr/rivieres");
    assertThat(meta.author()).isEqualTo("Marie Exemple");
    assertThat(meta.evidence()).containsEntry("author", "text");
    // a byline mark naming the site is passed over for a later one naming a person
    assertThat(meta("<html><body><h1>Titular</h1><span itemprop='author'>Diario Ejemplo</span>"
        + "<div class='autor'>Ana Pérez | Publicado hace 3 horas</div><p>Texto.</p></body></html>",
        "https://www.diarioejemplo.example/a").author()).isEqualTo("Ana Pérez");
  }

  @Test
  void withNoPersonNamedThePublisherOrTheCopyrightHolderIsTheAuthor() {
    // the meta author is the site's own name: still the author the page declares
    assertThat(meta("<html><head><meta property='og:site_name' content='Stadtblatt Nord'><meta name='author' content='Stadtblatt Nord'>"
        + "</head><body><h1>Titel</h1><p>Text.</p></body></html>", "https://stadtblatt-nord.example/a").author())
        .isEqualTo("Stadtblatt Nord");
    // a one-person site names its writer only in the footer
    ArticleMetadata owner = meta("<html><head><title>Notes | Jane Voe</title></head><body><h1>Notes</h1><p>Text.</p>"
        + "<footer><p>Copyright (c) 2012- Jane Voe. All rights reserved.</p></footer></body></html>", "https://notes.example/a");
    assertThat(owner.author()).isEqualTo("Jane Voe");
    assertThat(owner.evidence()).containsEntry("author", "copyright");
    // a picture credit is not the page's notice, and a phrase in lower case is no name
    assertThat(meta("<html><head><meta name='author' content='deinen Lieblingsbloggern'></head><body><h1>Titel</h1>"
        + "<figure><img src='a.jpg'><figcaption>© 2020 Erik Beispiel</figcaption></figure><p>Text.</p></body></html>",
        "https://blog.example/a").author()).isNull();
  }

  @Test
  void readsHanBylineLabels() {
    assertThat(meta("<html><body><h1>标题</h1><p>一段很长的正文。</p><span class='p-jc'><a href='#'>【纠错】</a> 责任编辑： 王小明 </span>"
        + "</body></html>", "https://news.example/a").author()).isEqualTo("王小明");
    assertThat(meta("<html><body><h1>标题</h1><p>文化新闻</p><p>正文。</p></body></html>", "https://news.example/b").author()).isNull();
  }

  @Test
  void aTitleLosesTheSiteNamedByTheHostGluedSiteNamesAndSmallKickers() {
    assertThat(meta("<html><head><title>Jane Voe's Notebook | Why rivers flood</title></head><body><p>x</p></body></html>",
        "https://janevoe.example/rivers").title()).isEqualTo("Why rivers flood");
    assertThat(meta("<html><head><title>Why rivers flood // » Valleypost</title></head><body><p>x</p></body></html>",
        "https://www.valleypost.example/rivers").title()).isEqualTo("Why rivers flood");
    assertThat(meta("<html><head><meta property='og:site_name' content='Valley Post'>"
        + "<meta property='og:title' content='Why rivers flood-Valley Post'></head><body><p>x</p></body></html>",
        "https://news.example/rivers").title()).isEqualTo("Why rivers flood");
    assertThat(meta("<html><head><title>Neue Regierung</title></head><body><h1><small>Tunis</small><br> Neue Regierung</h1>"
        + "<p>x</p></body></html>", "https://stiftung.example/a").title()).isEqualTo("Neue Regierung");
    // a title that is only the site's name is no headline: the entry title is
    assertThat(meta("<html><head><title>Valley Post - </title><meta property='og:site_name' content='Valley Post'></head>"
        + "<body><h2 class='entry-title'>Bridge reopens</h2><p>x</p></body></html>", "https://news.example/b").title())
        .isEqualTo("Bridge reopens");
    // a headline that names the site is kept whole
    assertThat(meta("<html><head><title>Valleypost readers vote the old bridge the town's finest sight | Valleypost</title>"
        + "</head><body><p>x</p></body></html>", "https://valleypost.example/a").title())
        .isEqualTo("Valleypost readers vote the old bridge the town's finest sight");
  }

  @Test
  void aTitlePartThatAHeadingRepeatsIsTheHeadline() {
    // no h1: the part of the <title> that a heading shows is the headline, wherever it stands
    assertThat(meta("<html><head><title>Jane's Digital Corner | Why rivers flood</title></head><body>"
        + "<h2>Why rivers flood</h2><p>Text.</p><h2>Older posts</h2></body></html>", "https://corner.example/a").title())
        .isEqualTo("Why rivers flood");
    assertThat(meta("<html><head><title>Verein der Freunde e.V. - Neuigkeiten » Das Sommerfest</title></head><body>"
        + "<h2>Das Sommerfest</h2><p>Text.</p></body></html>", "https://freunde.example/a").title()).isEqualTo("Das Sommerfest");
    // but not the site's heading, which marks its part as the site's name (cut since feat-metapages)
    assertThat(meta("<html><head><title>Why rivers flood | Valley Notes</title></head><body>"
        + "<header><h2><a href='/'>Valley Notes</a></h2></header><p>Text.</p></body></html>", "https://riverblog.example/a").title())
        .isEqualTo("Why rivers flood");
  }

  @Test
  void aHeadingThatPutsAKickerOrLabelBeforeTheMetaTitleGivesTheMetaTitle() {
    // a kicker printed as plain text inside the h1: the page's own title leaves it out
    assertThat(meta("<html><head><meta property='og:title' content='Release Notes - Version 2.3 - Spring Update'>"
        + "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Version 2.3 - Spring Update\"}</script>"
        + "</head><body><h1>Release Notes Version 2.3 - Spring Update</h1><p>Text.</p></body></html>",
        "https://game.example/notes/23").title()).isEqualTo("Version 2.3 - Spring Update");
    // a long label cut off by a colon, over an og:title that is only the section's name
    assertThat(meta("<html><head><meta property='og:title' content='Pressemeldungen'>"
        + "<title>Die Fähre fährt wieder nach Fahrplan</title></head><body>"
        + "<h1>Pressemeldung des Amtes für Verkehr und Häfen : Die Fähre fährt wieder nach Fahrplan</h1><p>Text.</p></body></html>",
        "https://kanton.example/meldung?id=7").title()).isEqualTo("Die Fähre fährt wieder nach Fahrplan");
    // a heading that only ends with a short candidate keeps its words
    assertThat(meta("<html><head><title>Sport</title></head><body><h1>Neues vom Sport</h1><p>Text.</p></body></html>",
        "https://zeitung.example/a").title()).isEqualTo("Neues vom Sport");
  }

  @Test
  void thePagesOneHeadlineWinsOverADifferentlyWordedSeoTitle() {
    assertThat(meta("<html><head><meta property='og:title' content='Fahrradreparatur – günstig oder selbst machen?'></head>"
        + "<body><h1>Reparieren Sie Ihr Rad</h1><p>Text.</p></body></html>", "https://rad.example/reparatur").title())
        .isEqualTo("Reparieren Sie Ihr Rad");
    // not when the heading is the site's name with a tagline
    assertThat(meta("<html><head><title>Brot backen | Brotzeit Blog</title></head><body><h1>Brotzeit Blog - Rezepte aus dem Ofen</h1>"
        + "<p>Text.</p></body></html>", "https://brotzeit.example/brot").title()).isEqualTo("Brot backen");
    // nor when the page has several h1 headings
    assertThat(meta("<html><head><meta property='og:title' content='Fahrradreparatur – günstig oder selbst machen?'></head>"
        + "<body><h1>Reparieren Sie Ihr Rad</h1><h1>Unsere Werkstatt</h1><p>Text.</p></body></html>",
        "https://rad.example/reparatur").title()).isEqualTo("Fahrradreparatur – günstig oder selbst machen?");
  }

  @Test
  void aNameATitleShowsTwiceIsTheSitesAndABareTitleAHeadingRepeatsIsConfirmed() {
    assertThat(meta("<html><head><title>Waschanlage NordDas Branchenbuch der Region | Das Branchenbuch der Region</title></head>"
        + "<body><p>Text.</p></body></html>", "https://branchen.example/?p=12").title()).isEqualTo("Waschanlage Nord");
    // a headline-classed h2 of a side box loses to the <title> that the article's own heading repeats
    assertThat(meta("<html><head><title>Auf Tour mit dem Nachwuchs</title></head><body>"
        + "<h3 class='subheadline'>Auf Tour mit dem Nachwuchs</h3><p>Text.</p>"
        + "<div class='box'><h2 class='box__headline'>Kontakt</h2><p>Telefon</p></div></body></html>",
        "https://verband.example/news/tour.html").title()).isEqualTo("Auf Tour mit dem Nachwuchs");
  }

  @Test
  void aSiteNameIsRecognisedAsItsHostSpellsItAndByAShortHostName() {
    assertThat(meta("<html><head><title>Der Hafen wächst | Süddeutsche Rundschau</title></head><body><p>Text.</p></body></html>",
        "https://www.sueddeutsche-rundschau.example/a").title()).isEqualTo("Der Hafen wächst");
    assertThat(meta("<html><head><title>Der Hafen wächst - FAZ</title></head><body><p>Text.</p></body></html>",
        "https://www.faz.example/a").title()).isEqualTo("Der Hafen wächst");
    assertThat(meta("<html><head><title>Der Hafen wächst • Hafenblatt</title></head><body><p>Text.</p></body></html>",
        "https://www.hafenblatt.example/a").title()).isEqualTo("Der Hafen wächst");
    assertThat(meta("<html><head><title>Hafenblatt › Der Hafen wächst</title></head><body><p>Text.</p></body></html>",
        "https://www.hafenblatt.example/a").title()).isEqualTo("Der Hafen wächst");
    // a short word that is not the host's name stays
    assertThat(meta("<html><head><title>Der Hafen wächst - FAQ</title></head><body><p>Text.</p></body></html>",
        "https://www.faz.example/a").title()).isEqualTo("Der Hafen wächst - FAQ");
  }

  @Test
  void readsTitlesOfBrokenPagesAndHanSiteSuffixes() {
    // a server warning printed before the doctype puts the <title> into the body
    assertThat(meta("<br /><b>Warning</b>: something failed<br />\n<!DOCTYPE html><html><head><title>Der Mai ist da</title>"
        + "</head><body><p>Text.</p></body></html>", "https://blog.example/a").title()).isEqualTo("Der Mai ist da");
    assertThat(meta("<html><head><title>城市的声音：有你才有英雄的城！-某某网</title></head><body><p>正文。</p></body></html>",
        "https://news.example/a").title()).isEqualTo("城市的声音：有你才有英雄的城！");
    // a title that is the site's name and a dangling separator is no headline
    assertThat(meta("<html><head><title>Harbour Rail Enquiries -</title></head><body><p>Text.</p></body></html>",
        "https://www.harbourrail.example/a").title()).isNull();
  }

  @Test
  void aTitleThatNamesItsSiteLosesTheSectionsNamedBesideIt() {
    String url = "https://www.stadtblatt.example/artikel/123";
    for (String title : new String[] {"Neuer Radweg am Fluss eröffnet - Lokales - Stadtblatt",
        "Stadtblatt - Neuer Radweg am Fluss eröffnet - Lokales - Aktuelle News", "Neuer Radweg am Fluss eröffnet | Region | Stadtblatt"}) {
      assertThat(meta("<html><head><title>" + title + "</title></head><body><p>Text.</p></body></html>", url).title())
          .as(title).isEqualTo("Neuer Radweg am Fluss eröffnet");
    }
    // a short part with a number is the headline's own, and two short parts are not told apart
    assertThat(meta("<html><head><title>Leseprobe Band 3 / Kapitel 12 - Stadtblatt</title></head><body><p>Text.</p></body></html>", url)
        .title()).isEqualTo("Leseprobe Band 3 / Kapitel 12");
    assertThat(meta("<html><head><title>Das Interview - Anna Muster - Stadtblatt</title></head><body><p>Text.</p></body></html>", url)
        .title()).isEqualTo("Das Interview - Anna Muster");
  }

  @Test
  void anH1ThatLabelsTheSectionIsNotTheHeadline() {
    // the template's category label stands in an h1 above the article's; the meta titles add a place to the headline
    String head = "<html><head><meta property='og:title' content='Neuer Radweg am Fluss eröffnet, Niedersachsen'></head><body>";
    assertThat(meta(head + "<h1 class='article-category-title'><a href='/kategorie/region'>Region</a></h1>"
        + "<h1 class='page-title'>Neuer Radweg am Fluss eröffnet</h1><p>Die Stadt hat den Radweg eröffnet.</p></body></html>",
        "https://stadtblatt.example/radweg").title()).isEqualTo("Neuer Radweg am Fluss eröffnet");
    // the page's one h1 is its headline whatever the design system calls it
    assertThat(meta(head + "<h1 class='section-title'>Neuer Radweg am Fluss eröffnet</h1><p>Text.</p></body></html>",
        "https://stadtblatt.example/radweg").title()).isEqualTo("Neuer Radweg am Fluss eröffnet");
    // a container named after the category does not make its headline a label
    assertThat(meta(head + "<div class='category-region'><h1>Neuer Radweg am Fluss eröffnet</h1><p>Text.</p></div></body></html>",
        "https://stadtblatt.example/radweg").title()).isEqualTo("Neuer Radweg am Fluss eröffnet");
  }

  @Test
  void aDateTheTextIntroducesAsThePublicationsWinsOverEarlierDatesAndChangesOverOriginals() {
    // a ticker date above the article, then the article's own dateline
    Document ticker = Jsoup.parse("<html><body><p>Eilmeldung vom 02.03.2022: Stau auf der A1</p><h1>Der Hafen wächst</h1>"
        + "<p>Veröffentlicht am Freitag, 4. März 2022</p><p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(ticker, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
    // "updated" first, the publication right after it
    Document updated = Jsoup.parse("<html><body><h1>Der Hafen wächst</h1><div class='date'>Aktualisiert am 07.03.2022, 09:10 Uhr"
        + " – 05.03.2022</div><p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(updated, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 5));
    // a change's date alone is still the best date there is
    Document onlyUpdated = Jsoup.parse("<html><body><h1>Der Hafen wächst</h1><div class='date'>Updated: March 7, 2022</div>"
        + "<p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(onlyUpdated, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 7));
    // a video page dates itself by schema.org's uploadDate
    Document video = Jsoup.parse("<html><head><script type='application/ld+json'>{\"@type\":\"VideoObject\","
        + "\"name\":\"Der Hafen wächst\",\"uploadDate\":\"2022-03-04T18:15:00+01:00\"}</script></head>"
        + "<body><h1>Der Hafen wächst</h1><p>Sendung vom 1. März 2022</p></body></html>");
    assertThat(HtmlMetadata.extract(video, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
    // a <time> marked as the last change comes after the page's other <time>
    Document times = Jsoup.parse("<html><body><h1>Der Hafen wächst</h1><p class='meta'><time class='updated' datetime='2022-03-07'>"
        + "7. März</time> <time datetime='2022-03-05'>5. März</time></p><p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(times, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 5));
  }

  @Test
  void ofTheDaysTheMetadataDeclaresTheOneTheTextShowsFirstWins() {
    String head = "<html><head><meta property='article:published_time' content='2020-10-12T09:00:00+00:00'>"
        + "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"Faster builds\","
        + "\"datePublished\":\"2020-10-12T09:00:00+00:00\",\"dateModified\":\"2021-04-27T16:41:00+00:00\"}</script></head>";
    // the page shows its revision first: that is the date its readers see
    Document revised = Jsoup.parse(head + "<body><h1>Faster builds</h1><p>Last updated 27 April 2021, first published"
        + " 12 October 2020</p><p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(revised, null, LATEST).date()).isEqualTo(LocalDate.of(2021, 4, 27));
    assertThat(HtmlMetadata.extract(revised, null, LATEST).evidence()).containsEntry("date", "json-ld:modified");
    // it shows the publication first, or only the publication: the publication
    Document published = Jsoup.parse(head + "<body><h1>Faster builds</h1><p>12 October 2020 · updated 27 April 2021</p></body></html>");
    assertThat(HtmlMetadata.extract(published, null, LATEST).date()).isEqualTo(LocalDate.of(2020, 10, 12));
    // it shows neither day (another article's date does not count): the publication
    Document neither = Jsoup.parse(head + "<body><h1>Faster builds</h1><p>Text.</p><ul><li>Older post, 3 May 2020</li></ul></body></html>");
    assertThat(HtmlMetadata.extract(neither, null, LATEST).date()).isEqualTo(LocalDate.of(2020, 10, 12));
    // a meta tag's modification date counts as JSON-LD's does
    Document metaOnly = Jsoup.parse("<html><head><meta name='dateCreated' content='2005-05-01'>"
        + "<meta name='dateModified' content='2018-09-21'></head><body><h1>Lemon drizzle loaf</h1><p>Updated Sep 21, 2018</p></body></html>");
    assertThat(HtmlMetadata.extract(metaOnly, null, LATEST).date()).isEqualTo(LocalDate.of(2018, 9, 21));
    // two publication dates a day apart: the meta tag's by trust, JSON-LD's when the page shows it first
    String twoPublished = "<html><head><meta property='article:published_time' content='2021-11-23'>"
        + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-11-22\"}</script></head>";
    assertThat(extracted(twoPublished + "<body><p>Text.</p></body></html>").date())
        .isEqualTo(LocalDate.of(2021, 11, 23));
    assertThat(extracted(twoPublished + "<body><p>22. November 2021</p></body></html>").date())
        .isEqualTo(LocalDate.of(2021, 11, 22));
  }

  @Test
  void readsThePublicationTimesThatNewsCmsAndAnalyticsTagsDeclare() {
    // a ticker's date comes first in the text; the publisher's analytics tag names the article's own
    for (String tag : new String[] {"<meta name='cXenseParse:recs:publishtime' content='2022-03-04T18:15:00+0100'>",
        "<meta name='article_date_original' content='2022-03-04'>", "<meta name='date_published' content='2022-03-04'>",
        "<meta name='DC.created' content='2022-03-04'>"}) {
      Document page = Jsoup.parse("<html><head>" + tag + "</head><body><p>Eilmeldung vom 02.03.2022</p><h1>Der Hafen wächst</h1>"
          + "<p>Text.</p></body></html>");
      assertThat(HtmlMetadata.extract(page, null, LATEST).date()).as(tag).isEqualTo(LocalDate.of(2022, 3, 4));
    }
  }

  @Test
  void readsHAtomPublishedDatesAndGermanNoticeDatelines() {
    // hAtom's abbr.published carries the machine-readable date in its title; its text may say anything
    Document hatom = Jsoup.parse("<html><body><p>Ausgabe vom 2. März 2022</p><h1>Der Hafen wächst</h1>"
        + "<abbr class='updated' title='2022-03-06'>gestern</abbr> <abbr class='published' title='2022-03-04T10:00:00+01:00'>vor zwei Tagen</abbr>"
        + "<p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(hatom, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
    // "Artikel vom", "Pressemitteilung vom" introduce the page's own date, after an issue's date above the article
    for (String notice : new String[] {"Pressemitteilung vom 04.03.2022", "Artikel vom 4. März 2022", "Ein Beitrag vom 4. März 2022"}) {
      Document page = Jsoup.parse("<html><body><p>Ausgabe 2. März 2022</p><h1>Der Hafen wächst</h1><p>" + notice + "</p>"
          + "<p>Text.</p></body></html>");
      assertThat(HtmlMetadata.extract(page, null, LATEST).date()).as(notice).isEqualTo(LocalDate.of(2022, 3, 4));
    }
    // a bare "vom" opens a span of days, which is no publication date: the first date of the text stays
    Document span = Jsoup.parse("<html><body><p>Ausgabe 2. März 2022</p><h1>Die Messe</h1><p>Die Messe läuft vom 04.03.2022 bis"
        + " 06.03.2022.</p></body></html>");
    assertThat(HtmlMetadata.extract(span, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 2));
  }

  @Test
  void aLayoutWrapperNamedAfterItsSidebarStillHoldsTheArticlesDate() {
    // the template names its page wrapper after where the sidebar goes; the real side box still does not count
    Document wrapper = Jsoup.parse("<html><body><p>Ausgabe vom 2. März 2022</p><div class='page-wrapper layout-sidebar-right'><article><h1>Der Hafen wächst</h1>"
        + "<div class='post-meta'>4. März 2022</div><p>Text.</p></article>"
        + "<aside class='sidebar'><div class='post-date'>1. März 2022</div></aside></div></body></html>");
    assertThat(HtmlMetadata.extract(wrapper, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
    Document sideFirst = Jsoup.parse("<html><head><meta name='date' content='2022-03-04'></head><body>"
        + "<div class='sidebar'><div class='post-date'>1. März 2022</div></div><h1>Der Hafen wächst</h1><p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(sideFirst, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
  }

  @Test
  void theDatesOfAListOfLinkedEntriesAreTheEntries() {
    // an events box: each item a date and a link to the event; the page's own date is the meta tag's
    Document events = Jsoup.parse("<html><head><meta name='date' content='2022-03-04'></head><body><h1>Der Hafen wächst</h1>"
        + "<p>Text.</p><ul class='box'><li class='entry'><span class='datum'>12.03.2022 18:00 Uhr</span> <a href='/termine/1'>Hafenfest</a></li>"
        + "<li class='entry'><span class='datum'>19.03.2022 19:00 Uhr</span> <a href='/termine/2'>Konzert am Kai</a></li></ul></body></html>");
    assertThat(HtmlMetadata.extract(events, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
    // one dated item with a link is a byline in a list of facts about the page: its date is the page's
    Document byline = Jsoup.parse("<html><head><meta name='date' content='2022-03-01'></head><body><h1>Der Hafen wächst</h1>"
        + "<ul class='meta'><li class='date'>Von <a href='/autor/anna'>Anna Muster</a>, 4. März 2022</li><li>Lesezeit 3 Minuten</li></ul>"
        + "<p>Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(byline, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
  }

  @Test
  void theDayAHeaderShowsAsTodayIsNotThePublicationDate() {
    for (String header : new String[] {"<div class='current-date'>Dienstag, 30. Dezember 2025</div>",
        "<div id='heute'><span>30.12.2025</span></div>", "<p class='header-today'>Tuesday, December 30, 2025</p>"}) {
      Document page = Jsoup.parse("<html><body><header>" + header + "<a href='/'>Stadtblatt</a></header><h1>Der Hafen wächst</h1>"
          + "<p>Hamburg, 4. März 2022. Der Hafen wächst weiter.</p></body></html>");
      assertThat(HtmlMetadata.extract(page, null, LATEST).date()).as(header).isEqualTo(LocalDate.of(2022, 3, 4));
    }
  }

  @Test
  void theMastheadsDayOfViewingDoesNotChooseBetweenThePublishedAndTheModifiedDay() {
    // published on the 4th, changed on the 5th; the masthead shows the day the page is viewed, the 5th, above the dateline
    String head = "<html><head><meta property='article:published_time' content='2022-03-04T10:00:00+01:00'>"
        + "<meta property='article:modified_time' content='2022-03-05T08:00:00+01:00'></head><body>";
    String article = "<article><h1>Der Hafen wächst</h1><span class='dateline'>04.03.2022, 10:00 Uhr</span>"
        + "<span class='updated'>Aktualisiert am 05.03.2022</span><p>Der Hafen wächst weiter.</p></article></body></html>";
    for (String masthead : new String[] {
        "<header class='site-header'><div class='topbar'><span class='today'>Samstag, 5. März 2022</span> <a href='/abo'>Abo</a></div></header>",
        "<header><div class='wetter'>Hamburg 7 °C · Sa., 05.03.2022</div><a href='/'>Stadtblatt</a></header>",
        "<div role='banner'><div class='kopfzeile'>5. März 2022</div></div>"}) {
      assertThat(extracted(head + masthead + article).date()).as(masthead)
          .isEqualTo(LocalDate.of(2022, 3, 4));
    }
    // an article's own header holds its headline and dateline: its date counts
    Document ownHeader = Jsoup.parse(head + "<article><header><h1>Der Hafen wächst</h1><p>Aktualisiert: 5. März 2022</p></header>"
        + "<p>Der Hafen wächst weiter.</p></article></body></html>");
    assertThat(HtmlMetadata.extract(ownHeader, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 5));
  }

  @Test
  void aDateLineInTheMastheadIsNotTheArticlesDateWhateverItsBoxIsNamed() {
    Document page = Jsoup.parse("<html><body><header class='masthead'><div class='datumzeile'>Dienstag, 8. März 2022 | Graz 4 °C</div>"
        + "<a href='/'>Stadtblatt</a></header><article><h1>Der Hafen wächst</h1><div class='artikel-info'><span class='datum'>"
        + "4. März 2022, 18:40</span></div><p>Der Hafen wächst weiter.</p></article></body></html>");
    assertThat(HtmlMetadata.extract(page, null, LATEST).date()).isEqualTo(LocalDate.of(2022, 3, 4));
  }

  @Test
  void aNewsPageWhoseH1IsItsSectionNameHasItsHeadlineInTheDatedEntryBelow() {
    String entry = "<div class='eintrag'><div class='datum'>4.3.2022</div><h2>Frühjahrsversammlung wählt neuen Vorstand</h2>"
        + "<p>Die Mitglieder trafen sich im Vereinsheim.</p></div>";
    Document news = Jsoup.parse("<html><head><title>Neuigkeiten - Gartenfreunde Musterdorf e.V.</title></head><body>"
        + "<div id='inhalt'><h1>Neuigkeiten</h1>" + entry + "<h3>Weitere Meldungen</h3></div></body></html>");
    assertThat(HtmlMetadata.extract(news, "https://gartenfreunde.example/news/fruehjahr.html", LATEST).title())
        .isEqualTo("Frühjahrsversammlung wählt neuen Vorstand");
    // a page's own subheading shows no date: the <h1> stays the headline
    Document imprint = Jsoup.parse("<html><head><title>Impressum - Gartenfreunde Musterdorf e.V.</title></head><body>"
        + "<h1>Impressum</h1><div class='modul'><h2>Angaben nach dem Telemediengesetz</h2></div><p>Gartenfreunde e.V.</p></body></html>");
    assertThat(HtmlMetadata.extract(imprint, "https://gartenfreunde.example/impressum.html", LATEST).title()).isEqualTo("Impressum");
    // nor when a meta title names the article
    Document declared = Jsoup.parse("<html><head><title>Neuigkeiten - Gartenfreunde</title><meta property='og:title' "
        + "content='Vorstand gewählt'></head><body><h1>Neuigkeiten</h1>" + entry + "</body></html>");
    assertThat(HtmlMetadata.extract(declared, "https://gartenfreunde.example/news/fruehjahr.html", LATEST).title())
        .isNotEqualTo("Frühjahrsversammlung wählt neuen Vorstand");
  }

  @Test
  void aTitlePartThatTheSitesHeadingRepeatsIsTheSiteAndAKickerBeforeAShownHeadingIsCut() {
    Document page = Jsoup.parse("<html><head><title>Handball: Zweite Mannschaft gewinnt das Pokalspiel - SV Blau-Gelb Musterhausen 1908 e.V."
        + "</title></head><body><header><a href='/'><h1 class='site-title'>SV Blau-Gelb Musterhausen 1908 e.V.</h1></a></header>"
        + "<div class='page-header'><h2>Zweite Mannschaft gewinnt das Pokalspiel</h2></div><p>Am Sonntag gewann die Zweite.</p>"
        + "</body></html>");
    assertThat(HtmlMetadata.extract(page, "https://svbg-musterhausen.example/handball/pokal", LATEST).title())
        .isEqualTo("Zweite Mannschaft gewinnt das Pokalspiel");
    // the site's heading alone is left as it is when no other part remains
    assertThat(SiteHeadings.without("SV Blau-Gelb", java.util.List.of("sv blau-gelb"))).isEqualTo("SV Blau-Gelb");
    assertThat(SiteHeadings.without("Pokalsieg | SV Blau-Gelb", java.util.List.of("sv blau-gelb"))).isEqualTo("Pokalsieg");
  }

  @Test
  void anAmbiguousSlashDateIsReadMonthFirstOnAPageThatWritesItsOtherSlashDatesMonthFirst() {
    String page = "<html><body><h1>Moving our queue</h1><span class='post-date'>Published 5/7/2024</span><p>Text.</p>"
        + "<div class='more'><span class='card-meta'>Sam Quist · %s</span></div></body></html>";
    // another date with no month 20: the page writes month first, so 5/7 is 7 May
    assertThat(extracted(page.formatted("2/20/2024")).date()).isEqualTo(LocalDate.of(2024, 5, 7));
    // day first by default, and where another date shows it
    assertThat(extracted(page.formatted("3/4/2024")).date()).isEqualTo(LocalDate.of(2024, 7, 5));
    assertThat(extracted(page.formatted("20/2/2024 and 2/20/2024")).date())
        .isEqualTo(LocalDate.of(2024, 7, 5));
  }

  @Test
  void anArchivedCopyIsDatedNoLaterThanItsCaptureAndRelativeTimesCountBackFromIt() {
    String archived = "https://web.archive.org/web/20140109030403/http://blog.example/eintrag";
    String body = "<html><body><h1>Der Hafen wächst</h1><p class='meta'>Anna Muster, %s</p><p>Text.</p></body></html>";
    // captured at 03:04 UTC on 9 January 2014: three hours before is the same day, five hours before the day before
    assertThat(HtmlMetadata.extract(Jsoup.parse(body.formatted("vor 3 Stunden")), archived, LATEST).date())
        .isEqualTo(LocalDate.of(2014, 1, 9));
    assertThat(HtmlMetadata.extract(Jsoup.parse(body.formatted("5 hours ago")), archived, LATEST).date())
        .isEqualTo(LocalDate.of(2014, 1, 8));
    assertThat(HtmlMetadata.extract(Jsoup.parse(body.formatted("hace 2 días")), archived, LATEST).evidence())
        .containsEntry("date", "text:relative");
    // a page that does not say when it was captured leaves relative times unread
    assertThat(HtmlMetadata.extract(Jsoup.parse(body.formatted("vor 3 Stunden")), "http://blog.example/eintrag", LATEST).date()).isNull();
    // a date after the capture is no publication date of the copy
    Document later = Jsoup.parse("<html><body><p>Zuletzt geprüft am 20.02.2015</p><h1>Der Hafen wächst</h1>"
        + "<p>Hamburg, 5. Januar 2014. Text.</p></body></html>");
    assertThat(HtmlMetadata.extract(later, archived, LATEST).date()).isEqualTo(LocalDate.of(2014, 1, 5));
  }

  @Test
  void aGuestPostBylineNamesTheGuestWithoutAcademicTitleOrJobTitle() {
    String page = "<html><body><h1>Wie Moore Wasser speichern</h1><div class='info'>%s</div><p>Text.</p></body></html>";
    // "Gastbeitrag von" and "Guest post by" open a byline as "von" and "by" do; the doctor's title is not the name
    assertThat(extracted(page.formatted("Gastbeitrag von Dr. Ilse Beispiel · Publiziert am 03.05.2024")).author()).isEqualTo("Ilse Beispiel");
    // a meta line that opens with its date: the byline is the item after a separator, without the item after it
    assertThat(extracted(page.formatted("Published 5/3/2024 · Guest post by Prof. Dr. Omar Example · 6 min read")).author()).isEqualTo("Omar Example");
    // the kind of piece before "von" (AuthorNamesTest has the other forms a byline takes)
    assertThat(extracted(page.formatted("Eine Kolumne von Ilse Beispiel")).author())
        .isEqualTo("Ilse Beispiel");
  }

  @Test
  void aShownSlashDateIsReadTheWayTheDeclaredDaysSay() {
    String page = publishedAndModified("2024-03-12T14:00:00Z", "2024-03-13T09:00:00Z",
        "<h1>Port deal</h1><div class='dates'>Published 3/12/2024 · Last updated <time datetime='2024-03-13'>March 13, 2024</time></div>"
        + "<p>Text.</p>");
    // day first, 3/12 would be 3 December, no declared day, and the update's day would be the first shown
    assertThat(extracted(page).date()).isEqualTo(LocalDate.of(2024, 3, 12));
  }

  @Test
  void aPrintEditionsDayIsNotTheOnlineArticlesDay() {
    // an archive page shows the day the paper printed the article before its online day; the metadata declares both
    String german = publishedAndModified("2023-09-04T18:10:00+02:00", "2023-09-05T05:30:00+02:00",
        "<h1>Stadtrat vertagt den Haushalt</h1><p class='note'>Aus der Printausgabe vom 05.09.2023, Lokalteil.</p>"
        + "<div class='when'>Online seit 04.09.2023, 18:10 Uhr</div><p>Text.</p>");
    assertThat(extracted(german).date()).isEqualTo(LocalDate.of(2023, 9, 4));
    String english = publishedAndModified("2023-09-04T18:10:00Z", "2023-09-05T05:30:00Z",
        "<h1>Council delays the budget</h1><p class='note'>Print edition: September 5, 2023</p>"
        + "<div class='when'>September 4, 2023</div><p>Text.</p>");
    assertThat(extracted(english).date()).isEqualTo(LocalDate.of(2023, 9, 4));
    // without a print cue the day shown first still wins, as before
    String shown = publishedAndModified("2023-09-04T18:10:00Z", "2023-09-05T05:30:00Z",
        "<h1>Council delays the budget</h1><p class='note'>Last updated September 5, 2023</p><p>Text.</p>");
    assertThat(extracted(shown).date()).isEqualTo(LocalDate.of(2023, 9, 5));
  }

  @Test
  void aWiresNameInTheMetaTagsGivesWayToTheReporterTheBylineNames() {
    String page = "<html><head><meta name='sailthru.author' content='AFP'></head><body><article><h1>Harbour strike ends</h1>"
        + "<div class='byline'>By <span itemprop='author'>Jane Sample</span>, AFP</div><p>Text.</p></article></body></html>";
    assertThat(extracted(page).author()).isEqualTo("Jane Sample");
    // with no person named, the wire is still the answer
    String wireOnly = "<html><head><meta name='author' content='Reuters'></head><body><h1>Harbour strike ends</h1><p>Text.</p></body></html>";
    assertThat(extracted(wireOnly).author()).isEqualTo("Reuters");
    // a byline mark that names only the wire gives way to a later mark that names a person
    String marks = "<html><body><article><h1>Harbour strike ends</h1><div class='byline'>AFP</div><p>Text.</p>"
        + "<p>Reported by <a rel='author' href='/people/omar'>Omar Example</a></p></article></body></html>";
    assertThat(extracted(marks).author()).isEqualTo("Omar Example");
    assertThat(PublisherNames.isAgency("dpa/AFP")).isTrue();
    assertThat(PublisherNames.isAgency("Anna Reuter")).isFalse();
  }

  @Test
  void repeatedAuthorMetaTagsNameEveryWriter() {
    String page = "<html><head><meta name='parsely-author' content='Jane Sample'><meta name='parsely-author' content='Omar Example'>"
        + "</head><body><h1>Harbour strike ends</h1><p>Text.</p></body></html>";
    assertThat(extracted(page).author()).isEqualTo("Jane Sample; Omar Example");
    // the same name twice is one writer
    String twice = "<html><head><meta name='author' content='Jane Sample'><meta name='author' content='Jane Sample'></head>"
        + "<body><h1>Harbour strike ends</h1><p>Text.</p></body></html>";
    assertThat(extracted(twice).author()).isEqualTo("Jane Sample");
  }

  @Test
  void aBylineMarkThatShowsOnlyAPortraitIsNamedByItsAltText() {
    String page = "<html><body><article><h1>Die Ernte fällt aus</h1><div class='box'><a rel='author' href='/autoren/x'>"
        + "<img src='x.jpg' alt='%s'></a></div><p>Text.</p><div class='more'>Von Ida Probe | 03.05.2023</div></article></body></html>";
    assertThat(extracted(page.formatted("Erika Beispiel")).author()).isEqualTo("Erika Beispiel");
    // an alt text that is no name is not taken for one
    assertThat(extracted(page.formatted("Autorenfoto")).author()).isEqualTo("Ida Probe");
  }

  @Test
  void germanBylineFormsOfLargePapers() {
    // the credit for the text in a line of credits names the writer, not the photographer
    String credits = "<html><body><h1>Die Ernte fällt aus</h1><div class='meta'>Anna Muster (Text), Erik Beispiel (Fotos)</div>"
        + "<p>Text.</p></body></html>";
    assertThat(extracted(credits).author()).isEqualTo("Anna Muster");
    // a film's credits at the end of a video page's text
    String video = "<html><body><h1>Die Fischer geben auf</h1><p>Text über die Fischer im Hafen.</p>"
        + "<p>Ein Film von Lea Beispiel. Kamera: Tom Test, Schnitt: Ida Probe.</p></body></html>";
    assertThat(extracted(video).author()).isEqualTo("Lea Beispiel");
  }

  @Test
  void aDateInAListOfFactsCountsAsShown() {
    String page = publishedAndModified("2023-06-06T09:00:00+02:00", "2023-06-09T11:00:00+02:00",
        "<h1>Ein neues Prüfverfahren</h1><dl class='facts'><dt>Nummer</dt><dd>7/2023</dd><dt>Datum</dt><dd>06.06.2023</dd></dl>"
        + "<p>Text.</p><footer><p>Letzte Änderung: 09.06.2023</p></footer>");
    // the press release's date in its <dl> is shown before the footer's last change
    assertThat(extracted(page).date()).isEqualTo(LocalDate.of(2023, 6, 6));
  }

  /** A page whose JSON-LD declares its publication and its last change on two days, with {@code body} as its body. */
  private static String publishedAndModified(String published, String modified, String body) {
    return "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"" + published
        + "\",\"dateModified\":\"" + modified + "\"}</script></head><body>" + body + "</body></html>";
  }

  @Test
  void theDeclaredHeadlineShownAsTheFirstH2UnderASectionH1IsTheTitle() {
    String page = "<html><head><title>Orgelkonzert füllt die Kirche | Gemeinde Beispielstadt</title></head><body>"
        + "<h1 class='page-title'>Neues aus der Gemeinde</h1><div class='entry'><h2>Orgelkonzert füllt die Kirche</h2><p>Text.</p></div>"
        + "</body></html>";
    assertThat(extracted(page).title()).isEqualTo("Orgelkonzert füllt die Kirche");
    // an <h1> that is the headline stays, whatever its first subheading says
    String headline = "<html><head><title>Orgelkonzert füllt die Kirche | Gemeinde Beispielstadt</title></head><body>"
        + "<h1>Orgelkonzert füllt die Kirche</h1><h2>Das Programm im Überblick</h2><p>Text.</p></body></html>";
    assertThat(extracted(headline).title()).isEqualTo("Orgelkonzert füllt die Kirche");
    // and a subheading that does not repeat the declared title leaves the <h1>
    String other = "<html><head><title>Ein Abend voller Musik | Gemeinde Beispielstadt</title></head><body>"
        + "<h1>Orgelkonzert füllt die Kirche</h1><h2>Das Programm im Überblick</h2><p>Text.</p></body></html>";
    assertThat(extracted(other).title()).isNotEqualTo("Das Programm im Überblick");
    // nor does an <h1> that shares most of the title's words: it is the headline, worded otherwise
    String worded = "<html><head><title>Anna Bernsiel stellt ihr Album Nordlicht vor</title></head><body>"
        + "<h1>Anna Bernsiel<br>Nordlicht</h1><h2>Anna Bernsiel stellt ihr Album Nordlicht vor</h2><p>Text.</p></body></html>";
    assertThat(extracted(worded).evidence().get("title")).doesNotContain("h2-under-h1");
  }

  @Test
  void initialsThatSignATextNameNoWriter() {
    // the rule that read sign-off initials served two written pages and was wrong on the one crawled page it decided (issue 11)
    String page = "<html><body><h1>Neuer Spielplatz am Weiher</h1><p>Die Gemeinde hat den Spielplatz eröffnet. %s</p>"
        + "<footer><p>%s</p></footer></body></html>";
    assertThat(extracted(page.formatted("(mb)", "Lokalredaktion Weihertal: Maria Beispiel (mb), Otto Muster (om)")).author()).isNull();
    assertThat(extracted(page.formatted("(mb)", "")).author()).isNull();
  }

  @Test
  void ignoresDatesAfterTheLatestPlausibleDay() {
    Document page = Jsoup.parse("<html><head><meta property='article:published_time' content='2031-05-01'></head>"
        + "<body><p>Posted 3 March 2019</p></body></html>");
    assertThat(HtmlMetadata.extract(page, null, LATEST).date()).isEqualTo(LocalDate.of(2019, 3, 3));
  }

  @Test
  void brokenOrEmptyPagesDeclareNothingButNeverFail() {
    ArticleMetadata meta = extracted("<p><b>unclosed <i>tags");
    assertThat(meta.title()).isNull();
    assertThat(meta.date()).isNull();
    assertThat(HtmlMetadata.extract(Jsoup.parse(""), "not a url", LATEST).author()).isNull();
  }

  @Test
  void leavesThePageUnchanged() throws IOException {
    Document page = page("german-news.html", "https://www.moselbote.de/a.html");
    String before = page.outerHtml();
    HtmlMetadata.extract(page, "https://www.moselbote.de/a.html", LATEST);
    assertThat(page.outerHtml()).isEqualTo(before);
  }

  @Test
  void aPostsBylineCountsInsideABlogColumnThatItsTemplateCallsAWidgetButACommentersNameDoesNot() {
    String post = "<html><body><div class='widget Blog'><div class='post hentry'><h3 class='post-title'>Neue Weichen im Keller</h3>"
        + "<div class='post-body'><p>Drei Abende Arbeit, und die Weichen schalten endlich leise.</p></div>"
        + "<div class='post-footer'><span class='post-author vcard'>Eingestellt von <span class='fn'>"
        + "<a rel='author' href='/profile/7'>Jonas Weber</a></span></span></div></div>"
        + "<div class='comments'><cite class='user vcard'><span class='fn'>Lisa Kramer</span></cite>"
        + "<p>Schön geworden!</p></div></div></body></html>";
    assertThat(meta(post, "https://keller-bahn.example/2024/01/weichen.html").author()).isEqualTo("Jonas Weber");
    String comments = post.replace("<span class='post-author vcard'>Eingestellt von <span class='fn'>"
        + "<a rel='author' href='/profile/7'>Jonas Weber</a></span></span>", "");
    assertThat(meta(comments, "https://keller-bahn.example/2024/01/weichen.html").author()).isNotEqualTo("Lisa Kramer");
  }

  @Test
  void thePressPortalsCodeOfTheIssuingOfficeIsNoPartOfTheHeadline() {
    String release = "<html><head><title>%s | Presseportal</title></head><body><h1>%s</h1>"
        + "<p>Am Dienstagabend ist ein Lieferwagen auf der Landstraße von der Fahrbahn abgekommen.</p></body></html>";
    String headline = "Lieferwagen kommt bei Glätte von der Fahrbahn ab";
    assertThat(meta(release.formatted("POL-XY: " + headline, "POL-XY: " + headline), "https://portal.example/pm/1").title())
        .isEqualTo(headline);
    assertThat(meta(release.formatted("FW-AB2: " + headline, "FW-AB2: " + headline), "https://portal.example/pm/2").title())
        .isEqualTo(headline);
    // a label that is a word, not an office's code, stays: "Kommentar: …" is the page's headline as written
    assertThat(meta(release.formatted("Kommentar: " + headline, "Kommentar: " + headline), "https://portal.example/pm/3").title())
        .isEqualTo("Kommentar: " + headline);
  }

  @Test
  void aForumPostsAuthorLineLosesTheGuillemetBetweenTheNameAndTheTime() {
    String thread = "<html><body><h1>Heizung pfeift nachts</h1><div class='post'><p class='author'>Beitrag von "
        + "<strong><a href='/u/5'>Kellerkind_42</a></strong> &raquo; <time datetime='2024-02-03T21:10:00+00:00'>"
        + "Sa 3. Feb 2024, 22:10</time></p><div class='content'>Seit gestern pfeift die Heizung, sobald die Pumpe anläuft."
        + "</div></div></body></html>";
    assertThat(meta(thread, "https://forum.example/viewtopic.php?t=9").author()).isEqualTo("Kellerkind_42");
  }

  @Test
  void thePressReleasesOpeningDatelineChoosesAmongTheDeclaredDaysOverAFootersLastChange() {
    String release = "<html><head><meta name='dcterms.created' content='2024-05-06T09:00:00+02:00'>"
        + "<meta name='dcterms.modified' content='2024-05-08T16:30:00+02:00'></head><body><h1>Neue Messstation am See</h1>"
        + "<p><strong>Seedorf, 06.05.2024 –</strong> Das Amt hat am Ufer eine neue Station aufgebaut, die den Pegel misst."
        + " Sie ersetzt die alte Anlage, die seit 1987 in Betrieb war und zuletzt oft ausfiel.</p>"
        + "<div id='footer'><p>Stand: 08.05.2024</p></div></body></html>";
    assertThat(meta(release, "https://amt.example/presse/pm-12").date()).isEqualTo(LocalDate.of(2024, 5, 6));
  }

  @Test
  void aPodcastEpisodesJsonLdDatesTheEpisodePage() {
    String episode = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
        + "\"@type\":\"PodcastEpisode\",\"name\":\"Bees in the city\",\"datePublished\":\"2024-04-02\"}</script></head>"
        + "<body><h1>Bees in the city</h1><p>Episode 12 · 35 min</p>"
        + "<p>We talk to two beekeepers who keep hives on the roofs of the town hall and the library.</p></body></html>";
    assertThat(meta(episode, "https://bees.example/episodes/12").date()).isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @Test
  void theHeadlineUnderAClubSectionsH1IsTheTitleEvenWhenTheTitleAddsAKicker() {
    String report = "<html><head><meta property='og:title' content='Handball: Knapper Auswärtssieg beim Tabellenführer'>"
        + "</head><body><h1 class='abteilung'>Handball – 2. Damen</h1><div class='bericht'>"
        + "<h2>Knapper Auswärtssieg beim Tabellenführer</h2><p>Mit einem Tor in der letzten Minute gewannen unsere Damen"
        + " am Sonntag beim bisher ungeschlagenen Tabellenführer.</p></div></body></html>";
    assertThat(meta(report, "https://tv-musterdorf.example/handball/bericht-12").title())
        .isEqualTo("Knapper Auswärtssieg beim Tabellenführer");
  }

  @Test
  void aLazyLoadedFigureNamesItsRealPictureNotTheStandIn() {
    Document page = Jsoup.parse("<html><body><article><p>Text.</p>"
        + "<figure><img src=\"/assets/blank.gif\" data-src=\"/photos/2026/flood.jpg\"><figcaption>The river at noon</figcaption></figure>"
        + "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><noscript><img src=\"/photos/2026/bridge.jpg\"></noscript>"
        + "<figcaption>The old bridge</figcaption></figure></article></body></html>", "https://paper.example/news/flood.html");
    assertThat(HtmlMetadata.extract(page, "https://paper.example/news/flood.html").images()).extracting(Image::url)
        .containsExactly("https://paper.example/photos/2026/flood.jpg", "https://paper.example/photos/2026/bridge.jpg");
  }

  @Test
  void aPageDatedTodayInTheFarEastKeepsItsDateWhateverTheMachinesZone() {
    // tomorrow in UTC is today on Kiritimati (UTC+14); under TZ=Etc/GMT+12 the bound was the machine's tomorrow,
    // a day earlier (for the half of each UTC day when that zone is still on the day before), and the page's date was
    // dropped as one in the future
    String day = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
    Document page = Jsoup.parse("<html><head><title>Island market opens</title><meta property=\"article:published_time\" content=\""
        + day + "T07:00:00+14:00\"></head><body><h1>Island market opens</h1><p>The fish market opened at six.</p></body></html>");
    java.util.TimeZone machine = java.util.TimeZone.getDefault();
    try {
      for (String zone : new String[] {"Etc/GMT+12", "UTC", "Pacific/Kiritimati"}) {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
        assertThat(HtmlMetadata.extract(page.clone(), null).date()).as(zone).isEqualTo(LocalDate.parse(day));
      }
    } finally {
      java.util.TimeZone.setDefault(machine);
    }
    assertThat(HtmlMetadata.latestPublicationDay()).isEqualTo(LocalDate.parse(day));
  }
}
