package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A newsroom's folder of feeds beside a saved page: every item read as a document by scan, index add and trace. */
class FeedScanTest {
  private static final String[] PARAGRAPHS = {
      "The harbour authority said on Tuesday that four new cranes had arrived after a six-week voyage from Shanghai, "
          + "and that each of them stands taller than a thirty-storey building on the quay.",
      "Engineers will spend the summer bolting the cranes to their rails, testing the spreaders and training the "
          + "crews who will drive them from the cabins one hundred metres above the water.",
      "The port expects the new terminal to handle two million more containers a year once the cranes are working, "
          + "which would make it the busiest on the northern coast."};
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  /** A page published on 3 March, its story syndicated word for word in a feed on 5 March, beside another feed and a sitemap. */
  private Path newsroom() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("newsroom"));
    Files.createDirectories(corpus.resolve("pages"));
    Files.createDirectories(corpus.resolve("feeds"));
    StringBuilder body = new StringBuilder();
    for (String paragraph : PARAGRAPHS) {
      body.append("<p>").append(paragraph).append("</p>\n");
    }
    Files.writeString(corpus.resolve("pages/cranes.html"), "<!DOCTYPE html><html><head><title>New cranes for the port</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-03T08:00:00Z\"></head><body><article><h1>New cranes for the port</h1>\n"
        + body + "</article></body></html>");
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Coast Wire</title>
        <item><title>New cranes for the port</title><link>https://wire.example/cranes</link><guid>wire-77</guid>
        <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Wire Staff</dc:creator>
        <content:encoded><![CDATA[%s]]></content:encoded></item>
        <item><title>Tides</title><guid>wire-78</guid><description>High water is at noon on Saturday, the harbour master says.</description></item>
        </channel></rss>
        """.formatted(body);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("feeds/wire.rss.gz")))) {
      out.write(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.writeString(corpus.resolve("feeds/courier.xml"), """
        <?xml version="1.0"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
        <entry><id>urn:courier:1</id><title>Council budget</title><updated>2024-03-04T09:00:00Z</updated>
        <content type="html">&lt;p&gt;The council set its budget for the coming year on Monday evening.&lt;/p&gt;</content></entry>
        </feed>
        """);
    Files.writeString(corpus.resolve("feeds/sitemap.xml"), "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://wire.example/cranes</loc></url></urlset>");
    return corpus;
  }

  @Test
  void aScanOfAFolderOfFeedsFindsTheItemCopiedFromAPageAndDatesItByItsPubDate() throws Exception {
    Path corpus = newsroom();
    Path report = dir.resolve("pairs.jsonl");

    assertThat(DoppelCli.run("scan", "--format", "jsonl", "--out", report.toString(), corpus.toString())).isZero();

    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(1);
    JsonNode pair = JSON.readTree(lines.get(0));
    assertThat(List.of(pair.get("a").asText(), pair.get("b").asText())).containsExactlyInAnyOrder("wire-77", "pages/cranes");
    assertThat(pair.get("relation").asText()).isEqualTo("exact");
    assertThat(pair.get("source").asText()).as("the page, two days before the feed's pubDate").isEqualTo("pages/cranes");
    assertThat(console.stderr()).contains(
        "feeds/wire.rss.gz: RSS feed: 2 items read",
        "feeds/courier.xml: Atom feed: 1 item read",
        "feeds/sitemap.xml: XML whose root element is <urlset>, not an RSS or Atom feed",
        "4 documents");
  }

  @Test
  void indexAddAndTraceReadTheFeedsItemsAsScanDoes() throws Exception {
    Path corpus = newsroom();
    Path index = dir.resolve("index");

    assertThat(DoppelCli.run("index", "add", index.toString(), corpus.toString())).isZero();
    assertThat(console.stderr()).contains("4 documents added");
    console.reset();
    assertThat(DoppelCli.run("trace", "wire-77", "--in", corpus.toString(), "--format", "json", "--out", dir.resolve("trace.json").toString())).isZero();
    assertThat(Files.readString(dir.resolve("trace.json"))).contains("\"origin\":\"pages/cranes\"",
        "date: pages/cranes published 2024-03-03T08:00Z, wire-77 2024-03-05T10:00Z");
  }
}
