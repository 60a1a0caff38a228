package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path folder;
  private final List<IngestProblem> problems = new ArrayList<>();

  private Path fixture(String name) throws IOException {
    return fixture(name, name);
  }

  private Path fixture(String name, String as) throws IOException {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("feeds/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      Path file = folder.resolve(as);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  private Map<String, SourceText> read(Path path) {
    return new CorpusReader(problems::add).readAll(List.of(path)).stream()
        .collect(Collectors.toMap(SourceText::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private List<String> problemLines() {
    return problems.stream().map(IngestProblem::toString).toList();
  }

  @Test
  void anRss2FeedsItemsAreDocumentsWithTheirCdataOrEscapedHtmlReadAsAPagesParagraphs() throws IOException {
    Path feed = fixture("harbour.rss");
    Map<String, SourceText> read = read(feed);

    assertThat(read.keySet()).containsExactly("gazette-1041", "https://gazette.example/2024/03/ferry", "harbour#4");
    SourceText crane = read.get("gazette-1041");
    assertThat(crane.text()).isEqualTo("New crane arrives at Kirkwall pier\n\n"
        + "A forty-tonne crane was lifted onto the Kirkwall pier on Monday, the first of two the harbour board ordered last year.\n\n"
        + "Harbour master Ewan Rendall said the crane would let the pier take container ships for the first time since 1998.\n\n"
        + "The second crane is due in May & will be fitted at Hatston.");
    assertThat(crane.origin()).isEqualTo(feed + ":8");
    ArticleMetadata meta = crane.metadata();
    assertThat(meta.title()).isEqualTo("New crane arrives at Kirkwall pier");
    assertThat(meta.url()).isEqualTo("https://gazette.example/2024/03/crane");
    assertThat(meta.author()).isEqualTo("Ina Flett");
    // "+0100": read in UTC, as a stated offset is
    assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(meta.time()).isEqualTo(LocalTime.of(8, 30));
    assertThat(meta.dateText()).isEqualTo("2024-03-12T08:30Z");
    assertThat(meta.evidence()).containsEntry("date", "feed").containsEntry("title", "feed").containsEntry("author", "feed");

    SourceText ferry = read.get("https://gazette.example/2024/03/ferry");
    assertThat(ferry.text()).isEqualTo("Ferry timetable & fares change\n\n"
        + "The winter ferry timetable ends on Sunday, and fares rise by four per cent from April.\n\nIslanders & visitors can book from today.");
    assertThat(ferry.metadata().author()).as("the name after an RSS author's address").isEqualTo("Tom Sclater");
    assertThat(ferry.metadata().dateText()).isEqualTo("2024-03-13T07:00Z");

    SourceText lifeboat = read.get("harbour#4");
    assertThat(lifeboat.text()).as("a plain description's blank line cuts paragraphs")
        .isEqualTo("Lifeboat called out twice\n\nThe Stromness lifeboat was called out twice on Saturday.\n\nBoth crews were back in harbour before dark.");
    assertThat(lifeboat.metadata().author()).as("a bare address is no byline").isNull();
    assertThat(lifeboat.metadata().date()).isNull();

    assertThat(problemLines()).containsExactly(
        feed + ":26: item has no text (its <content:encoded> and <description> are missing or empty) (skipped)",
        feed + ":31: <pubDate> \"sometime last week\" is not a date Doppel reads (Tue, 12 Mar 2024 09:00:00 GMT, 2024-03-12T09:00:00Z or 12 March 2024); the item is read without it",
        feed + ":31: item has no guid nor link; using harbour#4 (every item of this file without one is named by its position so; this note is given once)",
        feed + ": RSS feed: 3 items read; 1 skipped");
  }

  @Test
  void anAtomFeedsEntriesReadXhtmlAndTextContentHtmlTitlesAuthorsAndThePublishedDate() throws IOException {
    Path feed = fixture("causeway.atom");
    Map<String, SourceText> read = read(feed);

    assertThat(read.keySet()).containsExactly("urn:courier:2024-0314-storm", "urn:courier:2024-0315-council");
    SourceText storm = read.get("urn:courier:2024-0314-storm");
    assertThat(storm.text()).isEqualTo("Storm closes the Churchill causeway\n\n"
        + "Police closed the Churchill causeway at dawn as waves broke over the barrier.\n\nDrivers were told to wait until the afternoon tide had turned.");
    assertThat(storm.metadata().url()).as("the alternate link, not the edit link").isEqualTo("https://courier.example/storm");
    assertThat(storm.metadata().author()).isEqualTo("Morag Isbister and Jo Linklater");
    assertThat(storm.metadata().dateText()).as("published, not updated").isEqualTo("2024-03-14T06:15Z");

    SourceText council = read.get("urn:courier:2024-0315-council");
    assertThat(council.text()).isEqualTo("Council meets on Friday\n\n"
        + "The council meets on Friday to set the budget for the coming year.\n\nMembers will also hear about the causeway repairs.");
    assertThat(council.metadata().author()).as("the feed's author, where the entry names none").isEqualTo("Courier Desk");
    assertThat(council.metadata().dateText()).as("updated, when nothing else dates it").isEqualTo("2024-03-15T10:00Z");
    assertThat(problemLines()).containsExactly(feed + ": Atom feed: 2 items read");
  }

  @Test
  void anXmlFileIsReadAsAFeedWhenItsRootIsRss1InTheCharsetItDeclaresAndASitemapKeepsItsAdvice() throws IOException {
    Path rdf = fixture("islands-rdf.xml");
    Path sitemap = fixture("sitemap.xml");

    Map<String, SourceText> read = read(rdf);
    assertThat(read.keySet()).containsExactly("https://isles.example/shop");
    SourceText cafe = read.get("https://isles.example/shop");
    assertThat(cafe.text()).isEqualTo("Café reopens in Stromness\n\nThe harbour café reopened on Saturday after a winter of repairs.");
    assertThat(cafe.metadata().author()).isEqualTo("Sigrún Ward");
    assertThat(cafe.metadata().dateText()).isEqualTo("2024-03-11T11:00Z");

    problems.clear();
    assertThat(read(sitemap)).isEmpty();
    assertThat(problemLines()).containsExactly(sitemap + ": XML whose root element is <urlset>, not an RSS or Atom feed (<rss>, <feed> in the "
        + "Atom namespace, <rdf:RDF> with RSS 1.0's), which Doppel does not read: write its items as JSON Lines (one object a line, with an "
        + "\"id\" and the text as \"text\", \"body\" or \"content\"; \"title\", \"url\" and \"date\" are read too), which Doppel reads, or save "
        + "the items' pages as .html (skipped)");
  }

  @Test
  void aFeedCutShortGivesTheItemsThatEndedAndNamesTheFileAndTheItemItEndsIn() throws IOException {
    Path cut = fixture("cut.rss");

    assertThat(read(cut).keySet()).containsExactly("gazette-1041");
    assertThat(problemLines()).containsExactly(
        cut + ":19: the feed ends inside this item (cut short?): it is not read (skipped)",
        cut + ": the feed is cut short: its <rss> never ends (1 item read before it)",
        cut + ": RSS feed: 1 item read; 1 skipped");
  }

  @Test
  void aGzippedFeedAndAFeedInsideAZipAreReadAsTheFileIs() throws IOException {
    Path plain = fixture("causeway.atom");
    Path gzipped = folder.resolve("gz/causeway.atom.gz");
    Files.createDirectories(gzipped.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      out.write(Files.readAllBytes(plain));
    }
    Path zip = folder.resolve("zip/feeds.zip");
    Files.createDirectories(zip.getParent());
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("2024/causeway.atom"));
      out.write(Files.readAllBytes(plain));
      out.closeEntry();
    }
    List<String> texts = read(plain).values().stream().map(SourceText::text).toList();

    assertThat(read(gzipped).values().stream().map(SourceText::text).toList()).isEqualTo(texts);
    Map<String, SourceText> members = read(zip);
    assertThat(members.values().stream().map(SourceText::text).toList()).isEqualTo(texts);
    assertThat(members.get("urn:courier:2024-0314-storm").origin()).isEqualTo(zip + "!/2024/causeway.atom:7");
  }

  @Test
  void entitiesADoctypeDeclaresAreNeverExpandedNeitherFromOutsideTheFileNorMultiplied() throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "the launch codes");
    StringBuilder laughs = new StringBuilder("<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    Path feed = Files.writeString(folder.resolve("evil.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + laughs
        + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><item><guid>e1</guid>"
        + "<description>Outside: &xxe; and laughs: &lol9; end of the item text.</description></item></channel></rss>\n");

    SourceText item = read(feed).get("e1");

    assertThat(item.text()).doesNotContain("launch codes").doesNotContain("lollol");
    assertThat(item.text().length()).as(item.text()).isLessThan(100);
  }

  @Test
  void anItemLongerThanTheDocumentLimitStopsTheFileAfterTheItemsBeforeIt() throws IOException {
    String item = "<item><guid>%s</guid><description>%s</description></item>";
    Path feed = Files.writeString(folder.resolve("huge.rss"), "<rss><channel>" + item.formatted("a", "A short item of news.")
        + item.formatted("b", "word ".repeat(2000)) + item.formatted("c", "Never read.") + "</channel></rss>");

    List<SourceText> read = new CorpusReader(problems::add, 4000).readAll(List.of(feed));

    assertThat(read).extracting(SourceText::id).containsExactly("a");
    assertThat(problemLines()).hasSize(2);
    assertThat(problemLines().get(0)).startsWith(feed + ":1: an item, or the text between two, runs past 4000 characters, the longest document read"
        + " (1 item read before it); the rest of the file is not read");
  }

  @Test
  void anRssFileThatIsNoFeedIsNamedWithItsRootAndABinaryOneAsBinary() throws IOException {
    Path page = Files.writeString(folder.resolve("page.rss"), "<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>");
    Path binary = Files.write(folder.resolve("blob.atom"), new byte[] {0, 1, 2, 0, 0, 3, 0, 0});

    assertThat(read(page)).isEmpty();
    assertThat(read(binary)).isEmpty();
    assertThat(problemLines().get(0)).startsWith(page + ": a .rss file whose root element is <html>, not an RSS or Atom feed");
    assertThat(problemLines().get(1)).isEqualTo(binary + ": looks like a binary file, not a feed (it contains NUL or many control bytes) (skipped)");
    assertThat(new String(Files.readAllBytes(page), StandardCharsets.UTF_8)).contains("Not a feed");
  }

  @Test
  void elementsAreKnownByTheirNamespaceWhateverPrefixTheFeedBindsItTo() throws IOException {
    Path atom = fixture("prefixed.atom");
    Path rss = fixture("rebound.rss");
    Path rdf = fixture("prefixed-rdf.xml");

    Map<String, SourceText> entries = read(atom);
    assertThat(entries.keySet()).containsExactly("urn:courier:2024-0316-ferry", "urn:courier:2024-0317-pier");
    SourceText ferry = entries.get("urn:courier:2024-0316-ferry");
    assertThat(ferry.text()).isEqualTo("Ferry sails again\n\nThe ferry sailed again on Saturday after a week in dock.\n\nIts first crossing was full.");
    assertThat(ferry.metadata().url()).isEqualTo("https://courier.example/ferry");
    assertThat(ferry.metadata().author()).as("the feed's <atom:author>").isEqualTo("Courier Desk");
    assertThat(ferry.metadata().dateText()).isEqualTo("2024-03-16T09:00Z");
    assertThat(entries.get("urn:courier:2024-0317-pier").text()).isEqualTo("Pier lights mended\n\nThe pier lights were mended on Sunday.");
    assertThat(entries.get("urn:courier:2024-0317-pier").metadata().dateText()).isEqualTo("2024-03-17T12:00Z");

    Map<String, SourceText> items = read(rss);
    SourceText dues = items.get("gazette-1050");
    assertThat(dues.text()).as("content:encoded bound to full:, not the description")
        .isEqualTo("Harbour dues rise\n\nHarbour dues rise by three per cent in April, the board said on Monday.\n\nFishing boats are spared the rise.");
    assertThat(dues.metadata().author()).as("Dublin Core bound to dcel:").isEqualTo("Ina Flett");
    assertThat(dues.metadata().dateText()).isEqualTo("2024-03-18T08:00Z");
    assertThat(items.get("gazette-1051").metadata().author()).as("a dc: prefix the feed never declares, read as feeds write it").isEqualTo("Tom Sclater");

    Map<String, SourceText> rdfItems = read(rdf);
    assertThat(rdfItems.keySet()).containsExactly("https://isles.example/bus");
    assertThat(rdfItems.get("https://isles.example/bus").text()).isEqualTo("Bus timetable changes\n\nThe island bus runs an hour later on Sundays from April.");
    assertThat(rdfItems.get("https://isles.example/bus").metadata().dateText()).isEqualTo("2024-03-19T10:00Z");
    assertThat(problemLines()).containsExactly(atom + ": Atom feed: 2 items read", rss + ": RSS feed: 2 items read", rdf + ": RSS 1.0 feed: 1 item read");
  }

  @Test
  void aFeedPipedToStandardInputIsKnownByItsRootAsAnXmlFileIsAndReadAnItemADocument() throws IOException {
    byte[] feed;
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("feeds/harbour.rss")) {
      feed = in.readAllBytes();
    }
    java.io.ByteArrayOutputStream gzip = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gzip)) {
      out.write(feed);
    }
    for (byte[] input : List.of(feed, gzip.toByteArray())) {
      problems.clear();
      List<SourceText> read = new CorpusReader(problems::add).withStandardInput(new java.io.ByteArrayInputStream(input)).readAll(List.of(Path.of("-")));

      assertThat(read).extracting(SourceText::id).containsExactly("gazette-1041", "https://gazette.example/2024/03/ferry", "stdin#4");
      assertThat(read.get(0).origin()).isEqualTo("stdin:8");
      assertThat(read.get(0).metadata().author()).isEqualTo("Ina Flett");
      assertThat(problemLines()).contains("stdin:26: item has no text (its <content:encoded> and <description> are missing or empty) (skipped)",
          "stdin: RSS feed: 3 items read; 1 skipped");
    }
  }

  @Test
  void extractShowsAFeedsItemsPipedOrAsAFileOneArticleAnItemTheDocumentsTheScanReads() throws IOException {
    Path feed = fixture("harbour.rss");
    byte[] bytes = Files.readAllBytes(feed);
    List<SourceText> scanned = new CorpusReader(problems::add).withStandardInput(new java.io.ByteArrayInputStream(bytes)).readAll(List.of(Path.of("-")));
    List<ExtractedPage> piped = new ArrayList<>();
    new CorpusReader(problems::add).withStandardInput(new java.io.ByteArrayInputStream(bytes)).readPages(List.of(Path.of("-")), piped::add);
    List<ExtractedPage> filed = new ArrayList<>();
    problems.clear();
    new CorpusReader(problems::add).readPages(List.of(feed), filed::add);

    assertThat(piped).extracting(ExtractedPage::id).containsExactly("gazette-1041", "https://gazette.example/2024/03/ferry", "stdin#4");
    assertThat(piped).extracting(ExtractedPage::toSourceText).as("what extract shows is what scan reads").isEqualTo(scanned);
    assertThat(piped.get(1).url()).isEqualTo("https://gazette.example/2024/03/ferry");
    assertThat(piped.get(0).article().metadata().evidence()).containsEntry("author", "feed");
    assertThat(filed).extracting(ExtractedPage::id).containsExactly("gazette-1041", "https://gazette.example/2024/03/ferry", "harbour#4");
    assertThat(filed.get(0).location()).isEqualTo(feed + ":8");
    assertThat(filed.get(0).toSourceText()).isEqualTo(read(feed).get("gazette-1041"));
  }

  @Test
  void dublinCoreTermsGiveTheCreatorsAndTheDateIssuedOrCreatedBeforeTheDateModified() throws IOException {
    Path feed = fixture("terms.rss");
    Map<String, SourceText> read = read(feed);

    assertThat(read.keySet()).containsExactly("bulletin-201", "bulletin-202", "bulletin-203");
    ArticleMetadata museum = read.get("bulletin-201").metadata();
    assertThat(museum.author()).as("two dct:creators").isEqualTo("Ina Flett and Tom Sclater");
    assertThat(museum.dateText()).as("created, not the later modified").isEqualTo("2024-03-20T07:00Z");
    assertThat(museum.evidence()).containsEntry("author", "feed").containsEntry("date", "feed");
    assertThat(read.get("bulletin-202").metadata().dateText()).as("modified, the only date; an undeclared dcterms: prefix")
        .isEqualTo("2024-03-22T09:30Z");
    ArticleMetadata lifeboat = read.get("bulletin-203").metadata();
    assertThat(lifeboat.author()).as("the same name as dc:creator and dct:creator, once").isEqualTo("Ina Flett");
    assertThat(lifeboat.dateText()).as("issued before created").isEqualTo("2024-03-23T06:00Z");
    assertThat(problemLines()).containsExactly(feed + ": RSS feed: 3 items read");
  }
}
