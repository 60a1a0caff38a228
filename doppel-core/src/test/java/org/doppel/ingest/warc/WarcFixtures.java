package org.doppel.ingest.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small crawl files with jwarc, the way a crawler would: warcinfo, then request/response pairs. */
public final class WarcFixtures {
  public static final Instant CRAWLED = Instant.parse("2024-03-14T09:30:00Z");

  private WarcFixtures() {}

  public static String article(String title, String sentence) {
    String paragraph = (sentence + " ").repeat(4).strip();
    return "<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a></nav><article><h1>" + title
        + "</h1><p>" + paragraph + "</p><p>" + paragraph.toUpperCase(java.util.Locale.ROOT) + "</p></article></body></html>";
  }

  /** A crawl with two HTML pages, a PNG, a 404 page, their requests and a warcinfo record. */
  public static Path crawl(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      writer.write(new Warcinfo.Builder().date(CRAWLED).fields(Map.of("software", List.of("doppel-test"))).build());
      page(writer, "https://news.example/one", article("First story", "The first story is about a river that rose overnight."));
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(CRAWLED)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build())
          .build());
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/gone")).date(CRAWLED)
          .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML, "<html>missing</html>".getBytes(StandardCharsets.UTF_8)).build())
          .build());
      page(writer, "https://news.example/two", article("Second story", "The second story is about a bridge that was closed."));
    }
    return file;
  }

  /** A crawl of one page at https://news.example/legacy, served with {@code contentType} (a legacy charset, say). */
  public static Path crawlOfOnePage(Path file, String contentType, byte[] html) throws IOException {
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.NONE)) {
      writer.write(new WarcResponse.Builder(URI.create("https://news.example/legacy")).date(CRAWLED)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), html).build()).build());
    }
    return file;
  }

  static void page(WarcWriter writer, String url, String html) throws IOException {
    writer.write(new WarcRequest.Builder(URI.create(url)).date(CRAWLED)
        .body(new HttpRequest.Builder("GET", URI.create(url)).build()).build());
    writer.write(new WarcResponse.Builder(URI.create(url)).date(CRAWLED)
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build())
        .build());
  }
}
