#!/usr/bin/env python3
"""Seventh batch of data/meta-pages (pages S01-S24), written by hand by the feat-extract16 helper: each page is
spelled out below as a site's template would serve it; the annotation is what a reader of the page sees."""
import json, sys

def page(pid, lang, url, date, title, author, head, body):
    html = f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n{head.strip()}\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    return {"page": pid, "lang": lang, "url": url, "date": date, "title": title, "author": author, "html": html}

COOKIE_DE = '<div class="cookie-banner"><p>Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. <button>Alle akzeptieren</button></p></div>'
COOKIE_EN = '<div id="consent"><p>We use cookies to improve your experience. <a href="/privacy">Privacy policy</a> <button>Accept</button></p></div>'

P = []

# S01: regional paper; a "Top-Themen" teaser strip with <time> sits above the article in the main column;
# the article's own date is a plain text line.
P.append(page("S01", "de", "https://www.werra-anzeiger.de/lokales/eschwege/neue-kita-am-schlossberg-eroeffnet-90412.html",
 "2024-03-14", "Neue Kita am Schloßberg öffnet nach zwei Jahren Bauzeit", "Anna Keller", """
<title>Neue Kita am Schloßberg öffnet nach zwei Jahren Bauzeit | Werra-Anzeiger</title>
<meta name="description" content="Nach zwei Jahren Bauzeit ist die Kita am Schloßberg in Eschwege eröffnet worden.">
<meta property="og:site_name" content="Werra-Anzeiger">
""", f"""
{COOKIE_DE}
<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="Werra-Anzeiger"></a>
<nav><ul><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav></header>
<main>
<div class="top-themen"><h3>Top-Themen</h3><ul>
<li><a href="/lokales/witzenhausen/kirschenmarkt-90388.html">Kirschenmarkt: Programm steht fest</a> <time datetime="2024-03-11T08:00:00+01:00">11.03.2024</time></li>
<li><a href="/sport/wsv-siegt-90391.html">WSV siegt im Derby</a> <time datetime="2024-03-12T21:14:00+01:00">12.03.2024</time></li>
</ul></div>
<article>
<p class="kicker">Eschwege</p>
<h1>Neue Kita am Schloßberg öffnet nach zwei Jahren Bauzeit</h1>
<p class="byline">Von Anna Keller</p>
<p class="dateline">14.03.2024, 09:12 Uhr</p>
<p><strong>Eschwege.</strong> Nach zwei Jahren Bauzeit hat die Kita am Schloßberg ihre Türen geöffnet. 90 Kinder finden in sechs Gruppen Platz, davon zwei für Kinder unter drei Jahren.</p>
<p>Bürgermeister Ralf Dietz sprach bei der Eröffnung von einem „wichtigen Tag für junge Familien“. Die Stadt hat rund 6,2 Millionen Euro investiert, 2,1 Millionen kamen aus einem Förderprogramm des Landes.</p>
<p>Das Gebäude ist in Holzbauweise errichtet und hat ein begrüntes Dach. Im Garten gibt es einen Wasserspielplatz und ein Hochbeet, das die Kinder selbst bepflanzen sollen.</p>
<p>Die Warteliste ist dennoch lang: Rund 40 Familien haben noch keinen Platz. Die Stadt prüft deshalb, ob ein Anbau an der Grundschule Süd möglich ist.</p>
<figure><img src="/img/kita.jpg" alt="Kinder im Garten der neuen Kita"><figcaption>Die ersten Kinder erkunden den Garten. Foto: Tim Brand</figcaption></figure>
</article>
</main>
<footer><p>© 2024 Werra-Anzeiger GmbH &amp; Co. KG</p></footer>
"""))

# S02: news portal; the byline of a "Mehr zum Thema" teaser ("Von NAME") sits in the same box as the article's
# date line, the article's own author only in a rel=author link under the text.
P.append(page("S02", "de", "https://www.rheinpfalz-online.example/wirtschaft/basf-kurzarbeit-ludwigshafen-id3321907.html",
 "2023-11-08", "BASF schickt 2000 Beschäftigte in Kurzarbeit", "Jonas Brecht", """
<title>BASF schickt 2000 Beschäftigte in Kurzarbeit - Wirtschaft - Rheinpfalz Online</title>
<meta property="og:title" content="BASF schickt 2000 Beschäftigte in Kurzarbeit">
<meta property="article:published_time" content="2023-11-08T11:45:00+01:00">
""", f"""
<header><div class="topbar"><span>Mittwoch, 5. Dezember 2026</span></div>
<nav><a href="/politik/">Politik</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/region/">Region</a></nav></header>
<div class="content">
<article class="article">
<h1 class="headline">BASF schickt 2000 Beschäftigte in Kurzarbeit</h1>
<p class="teaser">Die schwache Nachfrage trifft das Stammwerk: Ab Januar wird in mehreren Anlagen die Arbeitszeit verkürzt.</p>
<div class="article-text">
<p>Der Chemiekonzern reagiert auf die anhaltend schwache Nachfrage nach Grundchemikalien. Betroffen sind vor allem Anlagen im Norden des Werksgeländes, wie ein Sprecher am Mittwoch bestätigte.</p>
<p>Der Betriebsrat hat der Vereinbarung zugestimmt. Die Kurzarbeit soll zunächst bis Ende März gelten; die Beschäftigten erhalten eine Aufstockung auf 90 Prozent ihres Nettolohns.</p>
<p>Schon im Frühjahr hatte das Unternehmen angekündigt, mehrere energieintensive Anlagen dauerhaft stillzulegen. Gewerkschaftsvertreter fordern nun eine Standortgarantie bis 2030.</p>
</div>
<p class="author-line">Autor: <a rel="author" href="/autoren/jonas-brecht/">Jonas Brecht</a></p>
</article>
<section class="mehr-zum-thema"><h2>Mehr zum Thema</h2>
<div class="teaser-item"><a href="/wirtschaft/chemie-krise-id3319001.html"><h3>Chemiebranche rechnet mit weiterem Abschwung</h3></a><p>Von Sabine Hollweg · 02.11.2023</p></div>
<div class="teaser-item"><a href="/wirtschaft/energiepreise-id3315520.html"><h3>Energiepreise: Was Unternehmen jetzt planen</h3></a><p>Von Markus Derr · 28.10.2023</p></div>
</section>
</div>
<footer>© Rheinpfalz Online 2023</footer>
"""))

# S03: an agency story on a city portal: "Von NAME (dpa)" over the text.
P.append(page("S03", "de", "https://www.stadtportal-hameln.example/nachrichten/niedersachsen/hochwasser-weser-pegel-steigt-18833",
 "2024-01-03", "Weser-Pegel steigt weiter: Deiche unter Beobachtung", "Friederike Lahm", """
<title>Weser-Pegel steigt weiter: Deiche unter Beobachtung – Stadtportal Hameln</title>
<meta name="date" content="2024-01-03">
""", f"""
<div id="kopf"><img src="/logo.png" alt="Stadtportal Hameln"><span class="heute">Heute ist Freitag, 05.12.2026</span></div>
<div id="menue"><a href="/">Start</a> | <a href="/nachrichten/">Nachrichten</a> | <a href="/termine/">Termine</a></div>
<div id="inhalt">
<h1>Weser-Pegel steigt weiter: Deiche unter Beobachtung</h1>
<p class="autor">Von Friederike Lahm (dpa)</p>
<p class="datum">03.01.2024</p>
<p>Hameln (dpa/lni) - Der Pegel der Weser steigt weiter. Am Mittwochmorgen lag der Wasserstand in Hameln bei 5,80 Metern, teilte der Landkreis mit. Die Feuerwehr kontrolliert die Deiche rund um die Uhr.</p>
<p>Mehrere Straßen in Ufernähe sind gesperrt. Anwohner wurden gebeten, Keller zu räumen und Sandsäcke bereitzuhalten. Der Höchststand wird für Donnerstag erwartet.</p>
<p>„Die Lage ist angespannt, aber unter Kontrolle“, sagte Kreisbrandmeister Olaf Henning. Rund 300 Einsatzkräfte seien im Einsatz.</p>
</div>
<div id="fuss">© 2024 Stadtportal Hameln · <a href="/impressum">Impressum</a></div>
"""))

# S04: tech blog; the navigation holds an "Interview: NAME" link, the article's writer is named in a
# "Ein Beitrag von" line under the text.
P.append(page("S04", "de", "https://www.digitalwerk-blog.example/2024/06/passkeys-im-unternehmen/",
 "2024-06-21", "Passkeys im Unternehmen: So gelingt der Umstieg", "Sophie Lenz", """
<title>Passkeys im Unternehmen: So gelingt der Umstieg – Digitalwerk Blog</title>
<meta property="og:type" content="article">
""", f"""
<header id="masthead"><p class="site-title"><a href="/">Digitalwerk Blog</a></p>
<nav class="main-navigation"><ul>
<li><a href="/kategorie/sicherheit/">Sicherheit</a></li>
<li><a href="/2024/05/interview-dr-karl-maier-ki-im-mittelstand/">Interview: Dr. Karl Maier über KI im Mittelstand</a></li>
<li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div id="primary"><main id="main">
<article class="post">
<header class="entry-header"><h1 class="entry-title">Passkeys im Unternehmen: So gelingt der Umstieg</h1>
<div class="entry-meta"><span class="posted-on">21. Juni 2024</span></div></header>
<div class="entry-content">
<p>Passwörter sind das schwächste Glied in vielen Sicherheitskonzepten. Passkeys versprechen Abhilfe: Sie beruhen auf Schlüsselpaaren, die auf dem Gerät des Nutzers bleiben, und lassen sich nicht abfischen.</p>
<p>Für den Umstieg empfiehlt sich ein Stufenplan. Zuerst werden Dienste erfasst, die Passkeys bereits unterstützen; danach folgen Pilotgruppen in einzelnen Abteilungen.</p>
<p>Wichtig ist die Wiederherstellung: Was passiert, wenn ein Gerät verloren geht? Hier sollten Unternehmen feste Abläufe und einen zweiten Schlüssel vorsehen.</p>
<p>Ein Beitrag von Sophie Lenz</p>
</div>
</article>
</main></div>
<footer class="site-footer"><p>© 2024 Digitalwerk GmbH</p></footer>
"""))

# S05: Austrian paper; date only as text "vor 2 Stunden" beside the headline and, in full, in the
# article:published_time; a "Meistgelesen" box with <time> comes first in the document.
P.append(page("S05", "de", "https://www.salzach-kurier.example/salzburg/stadt/obus-linie-neue-trasse/401877",
 "2025-01-15", "Obus-Linie 7 bekommt neue Trasse durch Lehen", "Martin Pichler", """
<title>Obus-Linie 7 bekommt neue Trasse durch Lehen | Salzach-Kurier</title>
<meta property="article:published_time" content="2025-01-15T07:30:00+01:00">
<meta name="author" content="Martin Pichler">
""", f"""
<header><a href="/">Salzach-Kurier</a></header>
<aside class="meistgelesen"><h2>Meistgelesen</h2><ol>
<li><a href="/salzburg/land/lawine-401701">Lawinenwarnstufe 4 im Pinzgau</a><time datetime="2025-01-13T16:02:00+01:00">13. Jänner</time></li>
<li><a href="/sport/ski-401755">Heimsieg beim Nachtslalom</a><time datetime="2025-01-14T22:40:00+01:00">14. Jänner</time></li>
</ol></aside>
<main><article>
<h1>Obus-Linie 7 bekommt neue Trasse durch Lehen</h1>
<div class="meta"><span class="author">Martin Pichler</span> · <span class="ago">vor 2 Stunden</span></div>
<p>Die Obus-Linie 7 fährt ab Herbst eine neue Strecke durch Lehen. Das hat der Gemeinderat am Dienstagabend mit großer Mehrheit beschlossen. Die bisherige Route durch die Ignaz-Harrer-Straße war wegen Baustellen oft überlastet.</p>
<p>Für die neue Trasse werden 1,4 Kilometer Oberleitung gebaut. Die Kosten liegen bei rund 3,5 Millionen Euro, die Stadt und Land je zur Hälfte tragen.</p>
<p>Anrainer hatten Bedenken wegen des Lärms geäußert. Die Verkehrsbetriebe verweisen darauf, dass Obusse leiser seien als Dieselbusse.</p>
</article></main>
<footer>© 2025 Salzach-Kurier</footer>
"""))

# S06: a blog whose URL carries the day of the draft; the shown date and JSON-LD give the publication day.
P.append(page("S06", "de", "https://www.gartenglueck-blog.example/2023/04/28/tomaten-vorziehen-fensterbank/",
 "2023-05-02", "Tomaten vorziehen auf der Fensterbank: meine fünf Tipps", "Lisa Hartung", """
<title>Tomaten vorziehen auf der Fensterbank: meine fünf Tipps - Gartenglück</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Tomaten vorziehen auf der Fensterbank: meine fünf Tipps","datePublished":"2023-05-02T07:00:00+02:00","dateModified":"2023-05-02T07:00:00+02:00","author":{"@type":"Person","name":"Lisa Hartung"}}</script>
""", f"""
<header class="site-header"><div class="site-branding"><a href="/">Gartenglück</a></div></header>
<div class="content-area"><article class="post type-post">
<h1 class="entry-title">Tomaten vorziehen auf der Fensterbank: meine fünf Tipps</h1>
<div class="entry-meta">Veröffentlicht am 2. Mai 2023 von <a href="/author/lisa/">Lisa Hartung</a></div>
<div class="entry-content">
<p>Jedes Frühjahr ziehe ich meine Tomaten selbst vor. Mit ein paar einfachen Kniffen werden die Pflanzen kräftig und vergeilen nicht.</p>
<p>Erstens: nicht zu früh säen. Mitte März reicht völlig. Zweitens: Licht, Licht, Licht – ein Südfenster oder eine Pflanzenlampe. Drittens: pikieren, sobald sich das erste echte Blattpaar zeigt.</p>
<p>Viertens: abhärten. Ab Ende April stelle ich die Töpfe tagsüber nach draußen. Fünftens: erst nach den Eisheiligen auspflanzen.</p>
</div></article>
<div id="comments"><h3>3 Kommentare</h3>
<div class="comment"><b>Gerda</b> <span>3. Mai 2023 um 18:20</span><p>Danke, sehr hilfreich!</p></div>
</div></div>
<footer>© 2023 Gartenglück</footer>
"""))

# S07: association news; the article's own day only at the end ("Veröffentlicht am"), a related box with <time>
# between the headline and the text's end in the document order (a float box inside the text).
P.append(page("S07", "de", "https://www.lsv-thueringen.example/aktuelles/news/landesmeisterschaft-halle-erfurt",
 "2024-02-19", "Landesmeisterschaften in der Halle: Erfurter Team holt sechs Titel", "Dirk Fährmann", """
<title>Landesmeisterschaften in der Halle: Erfurter Team holt sechs Titel | LSV Thüringen</title>
""", f"""
<div class="header"><a href="/"><img src="/logo.png" alt="Landessportverband Thüringen"></a></div>
<div class="breadcrumb"><a href="/">Start</a> › <a href="/aktuelles/">Aktuelles</a></div>
<div class="news-single">
<h1>Landesmeisterschaften in der Halle: Erfurter Team holt sechs Titel</h1>
<div class="news-text">
<p>Mit sechs Titeln war das Team aus Erfurt der erfolgreichste Verein bei den Landesmeisterschaften in der Leichtathletikhalle. Über 400 Athletinnen und Athleten gingen an den Start.</p>
<div class="news-related"><h4>Verwandte Meldungen</h4><ul>
<li><time datetime="2024-02-05">05.02.2024</time> <a href="/aktuelles/news/kaderliste-2024">Kaderliste 2024 veröffentlicht</a></li>
<li><time datetime="2024-01-29">29.01.2024</time> <a href="/aktuelles/news/trainerfortbildung">Trainerfortbildung im März</a></li>
</ul></div>
<p>Herausragend war der Lauf von Lea Sommer über 800 Meter, die in 2:08,41 Minuten einen neuen Landesrekord in ihrer Altersklasse aufstellte.</p>
<p>Der Verband dankt allen Helferinnen und Helfern, ohne die eine solche Veranstaltung nicht möglich wäre.</p>
<p class="news-footer">Veröffentlicht am 19.02.2024 von Dirk Fährmann</p>
</div></div>
<div class="footer">© 2024 Landessportverband Thüringen e.V.</div>
"""))

# S08: English local news; teaser rail before the article with "By NAME" lines; the article's byline is a link.
P.append(page("S08", "en", "https://www.valleyledger.example/news/local/city-council-approves-bike-lanes-on-main-street/article_5c1e2.html",
 "2024-09-10", "City council approves protected bike lanes on Main Street", "Rachel Whitmore", """
<title>City council approves protected bike lanes on Main Street | Valley Ledger</title>
<meta property="og:title" content="City council approves protected bike lanes on Main Street">
<meta name="parsely-pub-date" content="2024-09-10T17:05:00-05:00">
""", f"""
{COOKIE_EN}
<header><a class="brand" href="/">Valley Ledger</a><span class="today">Friday, December 5, 2026</span></header>
<div class="rail-top"><h2>Trending</h2>
<div class="card"><a href="/sports/hs-football-week2/">Week 2 high school football roundup</a><p class="card-byline">By Kevin Doyle</p><time datetime="2024-09-08T22:00:00-05:00">Sep 8, 2024</time></div>
<div class="card"><a href="/news/state/fair-attendance/">State fair sets attendance record</a><p class="card-byline">By Maria Santos</p><time datetime="2024-09-09T09:00:00-05:00">Sep 9, 2024</time></div>
</div>
<main><article>
<h1>City council approves protected bike lanes on Main Street</h1>
<p class="byline">By <a href="/users/profile/rwhitmore/">Rachel Whitmore</a></p>
<p class="published">Sep 10, 2024</p>
<p>The city council voted 6-1 on Tuesday to add protected bike lanes along a 1.2-mile stretch of Main Street, ending a debate that has lasted more than two years.</p>
<p>The $2.4 million project will remove 38 parking spaces and add concrete curbs between cyclists and traffic. Construction is expected to begin next spring.</p>
<p>"This is about safety for everyone," said council member Dana Liu, who sponsored the measure. The lone vote against came from council member Greg Tate, who cited concerns from downtown businesses.</p>
</article></main>
<footer>© 2024 Valley Ledger</footer>
"""))

# S09: English; "Updated 3 hours ago" visible, the publication day only in a <time datetime> inside the byline box.
P.append(page("S09", "en", "https://www.northcoastherald.example/2025/03/harbour-dredging-contract/",
 "2025-03-18", "Harbour dredging contract awarded after two-year delay", "Liam O’Rourke", """
<title>Harbour dredging contract awarded after two-year delay - North Coast Herald</title>
""", f"""
<header class="masthead"><a href="/">North Coast Herald</a></header>
<main>
<article>
<h1>Harbour dredging contract awarded after two-year delay</h1>
<div class="byline-box"><span class="by">By Liam O’Rourke</span> <span class="ts">Updated 3 hours ago · Published <time datetime="2025-03-18T06:00:00+00:00">6:00am</time></span></div>
<p>The port authority has awarded a £14 million contract to deepen the harbour's main channel, two years after the work was first promised.</p>
<p>The dredging will allow larger ferries to dock at low tide. Work is due to start in June and take around five months.</p>
<p>Local fishermen welcomed the decision but asked for the work to pause during the spawning season. The authority said it would consult them on the timetable.</p>
</article>
<section class="more"><h2>More from News</h2><ul>
<li><a href="/2025/03/new-lifeboat/">New lifeboat arrives at station</a> <time datetime="2025-03-16T12:00:00+00:00">16 March</time></li>
</ul></section>
</main>
<footer>© 2025 North Coast Herald</footer>
"""))

# S10: Swiss paper; "Stand:" update line the same day, publication day in the visible line "Publiziert".
P.append(page("S10", "de", "https://www.seeland-zeitung.example/biel/stadtrat-budget-2025-angenommen-ld.218844",
 "2024-11-28", "Bieler Stadtrat nimmt Budget 2025 knapp an", "Corinne Zaugg", """
<title>Biel: Stadtrat nimmt Budget 2025 knapp an | Seeland-Zeitung</title>
<meta property="og:title" content="Biel: Stadtrat nimmt Budget 2025 knapp an">
<meta property="article:modified_time" content="2024-11-28T21:10:00+01:00">
""", f"""
<header><a href="/">Seeland-Zeitung</a></header>
<main><article>
<p class="kicker">Biel</p>
<h1>Bieler Stadtrat nimmt Budget 2025 knapp an</h1>
<div class="meta"><span>Corinne Zaugg</span><span>Publiziert: 28.11.2024, 19.42 Uhr</span><span>Aktualisiert: 21.10 Uhr</span></div>
<p>Mit 31 zu 28 Stimmen hat der Bieler Stadtrat am Donnerstagabend das Budget für das kommende Jahr angenommen. Es sieht ein Defizit von 9,8 Millionen Franken vor.</p>
<p>Die bürgerlichen Fraktionen hatten eine Steuererhöhung bekämpft und scheiterten mit einem Rückweisungsantrag. Nun dürfte das Volk das letzte Wort haben: Die SVP kündigte das Referendum an.</p>
</article></main>
<footer>© 2024 Seeland-Zeitung AG</footer>
"""))

# S11: a press portal: agency writer after the text as "NAME, dpa"; names of people quoted.
P.append(page("S11", "de", "https://www.nachrichten-mittelhessen.example/panorama/zugspitze-rekord-schnee-besucher-a-77120",
 "2024-04-02", "Rekord an der Zugspitze: So viele Skifahrer wie nie", "Tobias Rauch", """
<title>Rekord an der Zugspitze: So viele Skifahrer wie nie - Nachrichten Mittelhessen</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rekord an der Zugspitze: So viele Skifahrer wie nie","datePublished":"2024-04-02T13:20:00+02:00","publisher":{"@type":"Organization","name":"Nachrichten Mittelhessen"}}</script>
""", f"""
<header><a href="/">Nachrichten Mittelhessen</a></header>
<main><article>
<h1>Rekord an der Zugspitze: So viele Skifahrer wie nie</h1>
<p class="date">02.04.2024</p>
<p>Garmisch-Partenkirchen - Das Skigebiet an der Zugspitze meldet einen Besucherrekord. Rund 210.000 Gäste zählte die Bayerische Zugspitzbahn in dieser Saison, so viele wie nie zuvor.</p>
<p>„Der viele Schnee im März hat uns sehr geholfen“, sagte Sprecherin Verena Lutz. Die Saison soll noch bis Anfang Mai dauern.</p>
<p>Tobias Rauch, dpa</p>
</article></main>
<footer>© 2024 Nachrichten Mittelhessen</footer>
"""))

# S12: a magazine; "Foto: NAME" under the picture above the headline; byline "Text: NAME".
P.append(page("S12", "de", "https://www.radwelt-magazin.example/touren/elberadweg-dresden-meissen",
 "2023-07-12", "Elberadweg: Von Dresden nach Meißen in einem Tag", "Katrin Vogel", """
<title>Elberadweg: Von Dresden nach Meißen in einem Tag | Radwelt</title>
<meta name="date" content="2023-07-12T10:00:00+02:00">
""", f"""
<header><a href="/">Radwelt</a></header>
<main><article>
<figure class="hero"><img src="/img/elbe.jpg" alt="Radfahrer am Elbufer"><figcaption>Foto: Henrik Baum</figcaption></figure>
<h1>Elberadweg: Von Dresden nach Meißen in einem Tag</h1>
<p class="credits">Text: Katrin Vogel</p>
<p>Die Etappe von Dresden nach Meißen ist rund 30 Kilometer lang und fast vollständig flach. Sie eignet sich auch für Familien mit älteren Kindern.</p>
<p>Start ist am Terrassenufer. Der Weg führt vorbei an den Elbschlössern und durch Radebeul mit seinen Weinbergen. In Meißen lohnt ein Abstecher zur Albrechtsburg.</p>
<p>Zurück geht es bequem mit der S-Bahn, die Räder kostenlos mitnimmt.</p>
</article></main>
<footer>© 2023 Radwelt Verlag</footer>
"""))

# S13: a city's press release, "Pressemitteilung vom" with the day; a related-press list with dates before it.
P.append(page("S13", "de", "https://www.stadt-weilheim.example/rathaus/presse/pressemitteilungen/2024/sanierung-hallenbad",
 "2024-05-23", "Hallenbad wird ab Juni saniert", "", """
<title>Hallenbad wird ab Juni saniert - Stadt Weilheim</title>
""", f"""
<div id="header"><img src="/logo.gif" alt="Stadt Weilheim"></div>
<div id="left"><h3>Weitere Pressemitteilungen</h3>
<p><span class="date">21.05.2024</span> <a href="/presse/stadtfest">Stadtfest: Straßensperrungen</a></p>
<p><span class="date">17.05.2024</span> <a href="/presse/wahl">Europawahl: Briefwahl beantragen</a></p></div>
<div id="content">
<h1>Hallenbad wird ab Juni saniert</h1>
<p class="pm-date">Pressemitteilung vom 23.05.2024</p>
<p>Das Hallenbad an der Pöltner Straße wird ab dem 10. Juni für rund neun Monate geschlossen. In dieser Zeit werden Lüftung, Becken und Umkleiden erneuert.</p>
<p>Schulen und Vereine weichen in die Bäder der Nachbargemeinden aus. Die Stadt hat dafür Busse organisiert.</p>
</div>
<div id="footer">Stadt Weilheim · Admiral-Hipper-Str. 20</div>
"""))

# S14: English; agency byline "By NAME | Reuters" and a "Reporting by ...; Editing by ..." line at the end.
P.append(page("S14", "en", "https://www.bayareatimes.example/business/2025/02/04/chipmaker-plant-arizona/",
 "2025-02-04", "Chipmaker delays Arizona plant opening to 2027", "Nadia Brooks", """
<title>Chipmaker delays Arizona plant opening to 2027 - Bay Area Times</title>
<meta property="article:published_time" content="2025-02-04T14:32:00Z">
""", f"""
<header><a href="/">Bay Area Times</a></header>
<main><article>
<h1>Chipmaker delays Arizona plant opening to 2027</h1>
<p class="byline">By Nadia Brooks | Reuters</p>
<p>A leading chipmaker said on Tuesday it would delay the opening of its second Arizona factory to 2027, citing a shortage of skilled workers and higher construction costs.</p>
<p>The company had originally planned to start production in 2026. It said the plant would still make its most advanced chips once it opens.</p>
<p>Shares fell 2% in early trading.</p>
<p class="credit"><i>Reporting by Nadia Brooks; Editing by Paul Grant</i></p>
</article></main>
<footer>© 2025 Bay Area Times</footer>
"""))

# S15: German club news: a dated teaser line in the same box as the headline ("Zuletzt: ... vom ...").
P.append(page("S15", "de", "https://www.tsv-eichenau-handball.example/news/2024/damen-1-aufstieg",
 "2024-04-28", "Damen 1 feiern den Aufstieg in die Bayernliga", "Stefanie Koller", """
<title>TSV Eichenau Handball</title>
""", f"""
<div id="header"><h1 class="vereinsname">TSV Eichenau Handball</h1></div>
<div id="nav"><a href="/">Home</a> <a href="/teams/">Teams</a> <a href="/news/">News</a></div>
<div id="main">
<h2>Damen 1 feiern den Aufstieg in die Bayernliga</h2>
<p class="info">28.04.2024 | Stefanie Koller</p>
<p>Mit einem 27:22-Sieg gegen den TV Gilching haben unsere Damen am letzten Spieltag den Aufstieg perfekt gemacht. Vor über 300 Zuschauern in der Budrio-Halle war die Stimmung großartig.</p>
<p>Trainer Marco Brandl lobte die Geschlossenheit der Mannschaft: „Wir haben die ganze Saison als Team gespielt.“ Beste Werferin war Julia Zeh mit acht Toren.</p>
<p>Gefeiert wurde anschließend im Vereinsheim. Die Planungen für die neue Saison laufen bereits.</p>
<p class="prev">Vorheriger Beitrag: <a href="/news/2024/jugend-turnier">Jugendturnier in der Halle</a> vom 21.04.2024</p>
</div>
<div id="footer">© 2024 TSV Eichenau</div>
"""))

# S16: German broadcaster; "Stand: DATE" at the end of the text, JSON-LD with datePublished the same day.
P.append(page("S16", "de", "https://www.hr-regional.example/nachrichten/verkehr/a5-vollsperrung-wochenende-v1,a5-sperrung-100.html",
 "2024-08-30", "A5 am Wochenende zwischen Friedberg und Bad Homburg gesperrt", "", """
<title>A5 am Wochenende zwischen Friedberg und Bad Homburg gesperrt | hr-regional</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A5 am Wochenende zwischen Friedberg und Bad Homburg gesperrt","datePublished":"2024-08-30T09:15:00+02:00","dateModified":"2024-08-30T16:40:00+02:00","author":{"@type":"Organization","name":"hr-regional"}}</script>
""", f"""
<header><a href="/">hr-regional</a></header>
<main><article>
<h1>A5 am Wochenende zwischen Friedberg und Bad Homburg gesperrt</h1>
<p>Wegen Brückenarbeiten wird die A5 am Wochenende zwischen Friedberg und dem Bad Homburger Kreuz in Richtung Frankfurt voll gesperrt. Die Sperrung beginnt am Freitag um 21 Uhr und endet am Montag um 5 Uhr.</p>
<p>Eine Umleitung ist ausgeschildert. Autofahrer sollten mit Staus rechnen, besonders am Samstagvormittag.</p>
<p class="stand">Stand: 30.08.24, 16:40 Uhr</p>
</article></main>
<footer>© Hessischer Regionalfunk 2024</footer>
"""))

# S17: French regional paper: "Par NAME" link, "Publié le ... Mis à jour le ..." the same day.
P.append(page("S17", "fr", "https://www.le-courrier-alpin.example/savoie/chambery/2024/10/09/la-ville-teste-les-bus-a-hydrogene",
 "2024-10-09", "Chambéry teste les bus à hydrogène", "Camille Rochat", """
<title>Chambéry teste les bus à hydrogène - Le Courrier alpin</title>
<meta property="article:published_time" content="2024-10-09T06:30:00+02:00">
<meta property="article:modified_time" content="2024-10-09T11:02:00+02:00">
""", f"""
<header><a href="/">Le Courrier alpin</a></header>
<main><article>
<h1>Chambéry teste les bus à hydrogène</h1>
<p class="signature">Par <a href="/auteurs/camille-rochat">Camille Rochat</a></p>
<p class="dates">Publié le 09/10/2024 à 06h30 · Mis à jour le 09/10/2024 à 11h02</p>
<p>Pendant trois mois, deux bus à hydrogène circuleront sur la ligne 3. La ville veut évaluer leur autonomie en hiver avant une éventuelle commande.</p>
<p>« Le relief et le froid sont de vrais tests », explique Marc Duval, directeur du réseau.</p>
</article></main>
<footer>© Le Courrier alpin 2024</footer>
"""))

# S18: Dutch regional site: "Door NAME" in the article, teaser "Door NAME" in the list below.
P.append(page("S18", "nl", "https://www.dagblad-achterhoek.example/winterswijk/markt-verhuist-naar-het-plein~a8123/",
 "2024-06-06", "Weekmarkt verhuist naar het Weemplein", "Sanne Mulder", """
<title>Weekmarkt verhuist naar het Weemplein | Dagblad Achterhoek</title>
<meta property="article:published_time" content="2024-06-06T15:10:00+02:00">
""", f"""
<header><a href="/">Dagblad Achterhoek</a></header>
<main><article>
<h1>Weekmarkt verhuist naar het Weemplein</h1>
<p class="byline">Door Sanne Mulder</p>
<p>De weekmarkt in Winterswijk verhuist na de zomer naar het Weemplein. De gemeenteraad stemde donderdag in met het plan.</p>
<p>Marktkooplieden zijn verdeeld. Een deel vreest minder klanten, anderen zien juist meer ruimte voor kramen.</p>
</article>
<section class="related"><h2>Lees ook</h2>
<div class="card"><a href="/winterswijk/kermis~a8110/">Kermis trekt recordaantal bezoekers</a><span>Door Pieter de Wit</span></div>
</section></main>
<footer>© 2024 Dagblad Achterhoek</footer>
"""))

# S19: a teaser line above the article that holds another headline and its byline; the article's author only in
# the meta tag and an author box at the end.
P.append(page("S19", "de", "https://www.ostalb-bote.example/aalen/kultur/theater-premiere-woyzeck-1882233.html",
 "2025-10-04", "Woyzeck im Stadttheater: Ein Abend, der lange nachwirkt", "Verena Staudt", """
<title>Woyzeck im Stadttheater: Ein Abend, der lange nachwirkt - Ostalb-Bote</title>
<meta name="author" content="Verena Staudt">
<meta property="article:published_time" content="2025-10-04T18:00:00+02:00">
""", f"""
<header><a href="/">Ostalb-Bote</a></header>
<div class="breaking"><p>Auch interessant: <a href="/aalen/reichsstaedter-tage-bilanz-1882101.html">Reichsstädter Tage ziehen Bilanz</a> – Von Holger Renz</p></div>
<main><article>
<p class="kicker">Theaterkritik</p>
<h1>Woyzeck im Stadttheater: Ein Abend, der lange nachwirkt</h1>
<p class="date">04.10.2025</p>
<p>Mit Büchners Fragment eröffnet das Stadttheater die Spielzeit – und setzt ein starkes Zeichen. Die Inszenierung verzichtet auf Kulissen; ein Laufband und grelles Licht genügen.</p>
<p>Im Zentrum steht Jonas Hägele als Woyzeck, gehetzt und verletzlich zugleich. Das Premierenpublikum dankte mit langem Applaus.</p>
<p>Weitere Vorstellungen gibt es bis Mitte November.</p>
<div class="autorenbox"><img src="/autoren/staudt.jpg" alt="Verena Staudt"><p><b>Verena Staudt</b> ist Kulturredakteurin des Ostalb-Boten.</p></div>
</article></main>
<footer>© 2025 Ostalb-Bote</footer>
"""))

# S20: a WordPress blog whose sidebar "Neueste Beiträge" with dates precedes the post in the document.
P.append(page("S20", "de", "https://www.kuestenkind-reisen.example/amrum-mit-kindern/",
 "2024-07-17", "Amrum mit Kindern: Unsere liebsten Strände und Ausflüge", "Merle Jansen", """
<title>Amrum mit Kindern: Unsere liebsten Strände und Ausflüge | Küstenkind</title>
""", f"""
<div id="page">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Küstenkind</a></p><p class="site-description">Familienreisen an Nord- und Ostsee</p></header>
<div id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>
<li><a href="/sylt-regentag/">Sylt bei Regen: 7 Ideen</a> <span class="post-date">2. Juli 2024</span></li>
<li><a href="/fehmarn-camping/">Camping auf Fehmarn</a> <span class="post-date">24. Juni 2024</span></li>
</ul></section></div>
<div id="primary"><article class="post">
<h1 class="entry-title">Amrum mit Kindern: Unsere liebsten Strände und Ausflüge</h1>
<div class="entry-meta">Gepostet am 17. Juli 2024 von Merle Jansen</div>
<div class="entry-content">
<p>Amrum ist für uns die perfekte Insel für Familien: Der Kniepsand ist riesig, die Wege sind kurz, und Autos braucht man kaum.</p>
<p>Unser Lieblingsstrand liegt bei Norddorf. Von dort kann man bei Ebbe mit einer geführten Wattwanderung bis nach Föhr laufen – ein Erlebnis für die Kinder.</p>
<p>Bei schlechtem Wetter lohnt das Öömrang Hüs in Nebel, ein altes Kapitänshaus mit Ausstellung.</p>
</div></article></div>
<footer class="site-footer">© 2024 Küstenkind</footer></div>
"""))

# S21: news site; agency writer "Von NAME, AFP" with a place line; a photographer "Foto: NAME/dpa".
P.append(page("S21", "de", "https://www.mainecho-online.example/welt/usa-wahl-swing-states-analyse-b4121.html",
 "2024-11-02", "Drei Tage vor der Wahl: Wo es in den Swing States steht", "Carla Neumeyer", """
<title>Drei Tage vor der Wahl: Wo es in den Swing States steht | Main-Echo Online</title>
<meta property="article:published_time" content="2024-11-02T10:05:00+01:00">
<meta name="author" content="AFP">
""", f"""
<header><a href="/">Main-Echo Online</a></header>
<main><article>
<h1>Drei Tage vor der Wahl: Wo es in den Swing States steht</h1>
<figure><img src="/img/wahl.jpg" alt="Wahlplakate"><figcaption>Wahlplakate in Pennsylvania. Foto: Matt Rourke/dpa</figcaption></figure>
<p class="byline">Von Carla Neumeyer, AFP</p>
<p class="ort">Washington</p>
<p>In den umkämpften Bundesstaaten liegen die Kandidaten in den Umfragen weiterhin gleichauf. Besonders in Pennsylvania und Michigan entscheiden wenige Zehntausend Stimmen.</p>
<p>Beide Lager konzentrieren ihre letzten Auftritte auf diese Staaten. Experten rechnen mit einer langen Auszählung.</p>
</article></main>
<footer>© 2024 Main-Echo Online</footer>
"""))

# S22: English blog with "Recent posts" dates before the post, "Posted by NAME on DATE" under the headline.
P.append(page("S22", "en", "https://www.quiltingcorner.example/blog/binding-tips-for-beginners",
 "2024-03-03", "Binding tips for beginners", "Debbie Marsh", """
<title>Binding tips for beginners — Quilting Corner</title>
""", f"""
<header><a href="/">Quilting Corner</a></header>
<div class="sidebar"><h3>Recent posts</h3><ul>
<li><a href="/blog/spring-fabrics">Spring fabrics are in</a><br><small>February 25, 2024</small></li>
<li><a href="/blog/guild-meeting">Guild meeting recap</a><br><small>February 18, 2024</small></li>
</ul></div>
<div class="blog-post">
<h1>Binding tips for beginners</h1>
<p class="post-meta">Posted by Debbie Marsh on March 3, 2024</p>
<p>Binding is the last step of a quilt and the one beginners fear most. It doesn't have to be hard.</p>
<p>Cut your strips 2.5 inches wide, join them on the bias, and press the seams open to reduce bulk. Sew the binding to the front, then hand-stitch it to the back.</p>
<p>Take your time at the corners: a neat mitre makes the whole quilt look finished.</p>
</div>
<footer>© 2024 Quilting Corner</footer>
"""))

# S23: German paper, date in the URL path the day before the visible date (written before midnight, published
# the next morning); the visible date and meta agree.
P.append(page("S23", "de", "https://www.weser-nachrichten.example/2024/09/11/bremen/werder-stadion-dach-sanierung-a51122/",
 "2024-09-12", "Weserstadion: Dach wird im Sommer 2025 saniert", "Henning Oltmanns", """
<title>Weserstadion: Dach wird im Sommer 2025 saniert - Weser-Nachrichten</title>
<meta property="article:published_time" content="2024-09-12T05:00:00+02:00">
""", f"""
<header><a href="/">Weser-Nachrichten</a></header>
<main><article>
<h1>Weserstadion: Dach wird im Sommer 2025 saniert</h1>
<p class="meta">12.09.2024 · Henning Oltmanns</p>
<p>Das Dach des Weserstadions wird im kommenden Sommer saniert. Die Arbeiten sollen in der Spielpause zwischen Juni und August erledigt werden, teilte die Stadiongesellschaft mit.</p>
<p>Ersetzt werden vor allem die Dichtungen der Membran, die an mehreren Stellen undicht sind. Die Kosten liegen bei rund vier Millionen Euro.</p>
</article></main>
<footer>© 2024 Weser-Nachrichten</footer>
"""))

# S24: German: author and date in one line beneath a teaser-style list item that precedes the article (latest
# news ticker), the article's own line "Von NAME, DATE" later.
P.append(page("S24", "de", "https://www.allgaeuer-rundschau.example/kempten/wirtschaft/brauerei-erweitert-abfuellung-77812",
 "2025-05-20", "Brauerei erweitert Abfüllung und schafft 25 Stellen", "Theresa Gschwend", """
<title>Brauerei erweitert Abfüllung und schafft 25 Stellen | Allgäuer Rundschau</title>
""", f"""
<header><a href="/">Allgäuer Rundschau</a></header>
<div class="ticker"><span class="label">Neueste Meldungen</span><ul>
<li><a href="/kempten/polizei-unfall-77805">Unfall auf der B12: Zwei Verletzte</a> Von Lukas Freudling, 19.05.2025</li>
<li><a href="/oberallgaeu/almabtrieb-77799">Almabtrieb: Termine stehen fest</a> Von Anja Riedle, 18.05.2025</li>
</ul></div>
<main><article>
<h1>Brauerei erweitert Abfüllung und schafft 25 Stellen</h1>
<p class="byline">Von Theresa Gschwend, 20.05.2025</p>
<p>Die Brauerei im Kemptener Norden investiert acht Millionen Euro in eine neue Abfüllanlage. Damit entstehen 25 neue Arbeitsplätze, kündigte die Geschäftsführung am Dienstag an.</p>
<p>Die Anlage soll im Herbst in Betrieb gehen und doppelt so viele Flaschen pro Stunde abfüllen wie bisher.</p>
</article></main>
<footer>© 2025 Allgäuer Rundschau</footer>
"""))

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for p in P:
            out.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(P), "pages")
