package org.doppel.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.WebPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;

class WarcPageReaderTest {
  @TempDir
  Path dir;

  private final List<IngestProblem> problems = new ArrayList<>();
  private final List<WebPage> pages = new ArrayList<>();

  private void read(Path file, int maxPageBytes) throws IOException {
    new WarcPageReader(problems::add, maxPageBytes).read(file, "crawl", pages::add);
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void htmlResponsesBecomePagesAndOtherRecordsAreCountedAndSkipped(WarcCompression compression) throws IOException {
    Path file = WarcFixtures.crawl(dir.resolve(compression == WarcCompression.GZIP ? "c.warc.gz" : "c.warc"), compression);
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/one", "https://news.example/two");
    assertThat(pages).extracting(WebPage::id).containsExactly("crawl/https://news.example/one", "crawl/https://news.example/two");
    assertThat(pages.get(0).fetched()).isEqualTo(WarcFixtures.CRAWLED);
    assertThat(new String(pages.get(0).html(), StandardCharsets.UTF_8)).contains("The first story is about a river");
    assertThat(pages.get(0).location()).startsWith(file.toString() + "@");
    assertThat(problems).singleElement().satisfies(summary -> {
      assertThat(summary.skipped()).isFalse();
      assertThat(summary.note()).as("what a clean crawl held is a note, not a problem").isTrue();
      assertThat(summary.message()).isEqualTo(
          "2 HTML pages read; 5 other records skipped (1 HTTP 404 response, 1 image/png response, 2 request, 1 warcinfo)");
    });
  }

  @Test
  void aPageOverTheLimitIsReportedAndSkipped() throws IOException {
    read(WarcFixtures.crawl(dir.resolve("c.warc.gz"), WarcCompression.GZIP), 200);
    assertThat(pages).isEmpty();
    assertThat(problems).filteredOn(IngestProblem::skipped).hasSize(2)
        .allSatisfy(p -> assertThat(p.message()).isEqualTo("page is over 200 bytes"));
  }

  @Test
  void aCorruptRecordIsReportedWithItsOffsetAndTheRestIsStillRead() throws IOException {
    Path file = WarcFixtures.crawl(dir.resolve("c.warc"), WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int second = text.indexOf("WARC/1.", text.indexOf("https://news.example/one"));
    // break the version line of the record after the first request
    bytes[second] = 'X';
    bytes[second + 1] = 'X';
    Files.write(file, bytes);
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    int request = text.lastIndexOf("WARC/1.", second - 1);
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo(file + "@" + request))
        .satisfies(p -> assertThat(p.message()).startsWith("corrupt or truncated WARC record after the record at byte " + request));
    assertThat(pages).extracting(WebPage::url).contains("https://news.example/two");
  }

  @Test
  void aRecordCutShortDoesNotSwallowTheRecordAfterIt() throws IOException {
    Path file = WarcFixtures.crawl(dir.resolve("c.warc"), WarcCompression.NONE);
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    int firstPage = text.indexOf("The first story");
    int firstResponse = text.lastIndexOf("WARC/1.", firstPage);
    int afterIt = text.indexOf("WARC/1.", firstPage);
    // the first page's response loses its last 120 bytes, as when a crawler stopped writing it
    String cut = text.substring(0, afterIt - 120) + text.substring(afterIt);
    Files.write(file, cut.getBytes(StandardCharsets.ISO_8859_1));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/two");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo(file + "@" + firstResponse))
        .satisfies(p -> assertThat(p.message()).startsWith("truncated WARC record for https://news.example/one: the record at byte " + (afterIt - 120)));
  }

  @Test
  void aRecordClaimingMoreBytesThanTheFileHoldsIsOneProblem() throws IOException {
    Path file = dir.resolve("long.warc");
    byte[] page = "<html><body><p>A page whose record claims far more bytes than the file has.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    String whole = new String(record("response", "https://news.example/long", "application/http; msgtype=response",
        httpResponse("", page)), StandardCharsets.ISO_8859_1);
    // the record's header claims 99,999,999,999,999 bytes; the file ends after its real block
    Files.write(file, whole.replaceFirst("Content-Length: \\d+", "Content-Length: 99999999999999").getBytes(StandardCharsets.ISO_8859_1));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).isEmpty();
    // it was named twice, once as truncated and once more as a broken record after itself: two problems for one record
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo(file + "@0"));
  }

  @Test
  void aGzipMemberWhoseRecordClaimsTooManyBytesIsNamedOnceAndTheRecordAfterItIsReadWithNoLossCounted() throws IOException {
    Path file = dir.resolve("members.warc.gz");
    byte[] first = record("response", "https://news.example/first", "application/http; msgtype=response",
        httpResponse("", WarcFixtures.article("First story", "A ferry ran aground on the sandbank.").getBytes(StandardCharsets.UTF_8)));
    String claimed = new String(first, StandardCharsets.ISO_8859_1);
    int length = Integer.parseInt(claimed.replaceFirst("(?s).*?Content-Length: (\\d+).*", "$1"));
    // a crawler wrote the first record's Content-Length 300 bytes too long; every record is its own gzip member
    byte[] wrong = claimed.replaceFirst("Content-Length: " + length, "Content-Length: " + (length + 300)).getBytes(StandardCharsets.ISO_8859_1);
    byte[] second = record("response", "https://news.example/second", "application/http; msgtype=response",
        httpResponse("", WarcFixtures.article("Second story", "The harbour wall was mended in a week.").getBytes(StandardCharsets.UTF_8)));
    byte[] third = record("response", "https://news.example/third", "application/http; msgtype=response",
        httpResponse("", WarcFixtures.article("Third story", "The lighthouse keeper retired after forty years.").getBytes(StandardCharsets.UTF_8)));
    byte[] wrongMember = gzip(wrong);
    Files.write(file, concat(wrongMember, gzip(second), gzip(third)));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::url)
        .containsExactly("https://news.example/first", "https://news.example/second", "https://news.example/third");
    // main: "corrupt or truncated WARC record after the record at byte 0: …; skipped to the next record" for a record
    // read whole, counted as a corrupt one, beside a "WARC warning: invalid record trailer" that named no record
    assertThat(problems).filteredOn(IngestProblem::skipped).isEmpty();
    assertThat(problems).filteredOn(p -> !p.note()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(file + "@0#1");
      assertThat(p.message()).isEqualTo("the record's Content-Length runs past its gzip member into the record at byte "
          + wrongMember.length + " (invalid record trailer): it was read with the first bytes of the record at byte " + wrongMember.length
          + " after its own, and that record read again from its start");
    });
    assertThat(problems).filteredOn(IngestProblem::note).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("3 HTML pages read"));
  }

  @Test
  void aGzipMemberCutShortIsNamedWithThePageItHeld() throws IOException {
    Path file = dir.resolve("cut.warc.gz");
    byte[][] members = new byte[3][];
    for (int i = 0; i < 3; i++) {
      members[i] = gzip(record("response", "https://news.example/" + i, "application/http; msgtype=response",
          httpResponse("", WarcFixtures.article("Story " + i, "The quay was rebuilt in stone number " + i + ".").getBytes(StandardCharsets.UTF_8))));
    }
    // the second member loses its second half, as when a crawler's write was cut; its header still inflates
    byte[] cut = Arrays.copyOf(members[1], members[1].length / 2 + 20);
    Files.write(file, concat(members[0], cut, members[2]));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/0", "https://news.example/2");
    // main: "…; skipped to the next record, at byte N", the page lost not named
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("corrupt or truncated WARC record after the record at byte 0: ")
        .endsWith("; skipped to the next record, at byte " + (members[0].length + cut.length) + "; the record lost, at byte "
            + members[0].length + ", was for https://news.example/1"));
  }

  @Test
  void aRecordCutShortInAStreamIsNamedWithItsPageAndTheRecordItRanIntoIsRead() throws IOException {
    byte[][] records = new byte[3][];
    for (int i = 0; i < 3; i++) {
      records[i] = record("response", "https://news.example/" + i, "application/http; msgtype=response",
          httpResponse("", WarcFixtures.article("Story " + i, "The quay was rebuilt in stone number " + i + ".").getBytes(StandardCharsets.UTF_8)));
    }
    // the second record loses its end, and its Content-Length, the whole block's, runs into the third record
    byte[] cut = Arrays.copyOf(records[1], records[1].length / 2);
    byte[] crawl = concat(records[0], cut, records[2]);
    // read as a stream is (an archive's member, a .warc.bz2): main took the cut record as a page, with the third
    // record's header in its HTML, and named the third as broken ("after the record at byte N"), read again
    new WarcPageReader(problems::add, WarcPageReader.DEFAULT_MAX_PAGE_BYTES)
        .read(new java.io.ByteArrayInputStream(crawl), "crawl.warc.bz2", "crawl", pages::add, null);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/0", "https://news.example/2");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("crawl.warc.bz2@" + records[0].length);
      assertThat(p.message()).isEqualTo("truncated WARC record for https://news.example/1: the record at byte "
          + (records[0].length + cut.length) + " starts inside it; skipped to that record");
    });
    assertThat(problems).filteredOn(IngestProblem::note).extracting(IngestProblem::message)
        .containsExactly("2 HTML pages read; 1 corrupt record");
  }

  @Test
  void aPageQuotingAVersionLineIsReadWhole() throws IOException {
    Path file = dir.resolve("q.warc");
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
      WarcFixtures.page(writer, "https://news.example/format", WarcFixtures.article("The format",
          "A record begins with a version line.\nWARC/1.0\nand then its named fields follow."));
      WarcFixtures.page(writer, "https://news.example/two", WarcFixtures.article("Second story", "A bridge was closed."));
    }
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/format", "https://news.example/two");
    assertThat(problems).filteredOn(IngestProblem::skipped).isEmpty();
  }

  @Test
  void aTruncatedCompressedFileEndsCleanlyAtEveryCut() throws IOException {
    Path whole = WarcFixtures.crawl(dir.resolve("c.warc.gz"), WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    for (int length = bytes.length - 1; length > 0; length -= 97) {
      Files.write(cut, Arrays.copyOf(bytes, length));
      problems.clear();
      pages.clear();
      long started = System.nanoTime();
      read(cut, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(pages.size()).isLessThanOrEqualTo(2);
      assertThat(problems).isNotEmpty(); // at least the summary; a cut record is reported with its offset
    }
  }

  @Test
  void recognisesWarcFileNames() {
    assertThat(WarcPageReader.isWarc("CC-MAIN-1.warc.gz")).isTrue();
    assertThat(WarcPageReader.isWarc("crawl.WARC")).isTrue();
    assertThat(WarcPageReader.isWarc("page.html.gz")).isFalse();
    assertThat(WarcPageReader.isWarc("CC-MAIN-1.warc.wet.gz")).isTrue();
    assertThat(WarcPageReader.isWarc("CC-MAIN-1.warc.wat.gz")).isTrue();
  }

  /** One WARC record as a crawler writes it, by hand: {@code block} is the HTTP message or the resource. */
  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] httpResponse(String headers, byte[] body) {
    return concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII), body);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void aCompressedBodyAndAResourceRecordArePagesAndABinaryBodyOrABrokenEncodingIsNamed() throws IOException {
    byte[] page = WarcFixtures.article("Ferry returns", "The night ferry to the islands will run again from July.").getBytes(StandardCharsets.UTF_8);
    byte[] noise = new byte[3000];
    new java.util.Random(5).nextBytes(noise);
    Path file = dir.resolve("mixed.warc");
    Files.write(file, concat(
        record("response", "https://news.example/gzip", "application/http; msgtype=response", httpResponse("Content-Encoding: gzip\r\n", gzip(page))),
        record("resource", "https://news.example/saved", "text/html; charset=utf-8", page),
        record("response", "https://news.example/noise", "application/http; msgtype=response", httpResponse("", noise)),
        record("response", "https://news.example/notgzip", "application/http; msgtype=response", httpResponse("Content-Encoding: gzip\r\n", page)),
        record("response", "https://news.example/bomb", "application/http; msgtype=response",
            httpResponse("Content-Encoding: gzip\r\n", gzip(new byte[5_000_000]))),
        record("response", "https://news.example/last", "application/http; msgtype=response", httpResponse("", page))));
    read(file, 1_000_000);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/gzip", "https://news.example/saved", "https://news.example/last");
    assertThat(pages).allSatisfy(p -> assertThat(p.html()).isEqualTo(page));
    assertThat(problems).filteredOn(IngestProblem::skipped).extracting(IngestProblem::message).satisfiesExactly(
        binary -> assertThat(binary).isEqualTo("an HTML response that looks like binary data, not a page"),
        broken -> assertThat(broken).startsWith("corrupt or truncated WARC record: not in gzip format"),
        bomb -> assertThat(bomb).isEqualTo("page is over 1000000 bytes"));
  }

  /** Twelve pages, the fifth with a header jwarc cannot read (a Content-Length that is no number). */
  private static byte[] twelvePagesTheFifthBroken() {
    List<byte[]> records = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      byte[] page = WarcFixtures.article("Canal lock " + i, "The canal lock number " + i + " reopened after the winter repairs.").getBytes(StandardCharsets.UTF_8);
      byte[] whole = record("response", "https://canal.example/" + i, "application/http; msgtype=response", httpResponse("", page));
      if (i == 5) {
        whole = new String(whole, StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: ", "Content-Length: x").getBytes(StandardCharsets.ISO_8859_1);
      }
      records.add(whole);
    }
    return concat(records.toArray(byte[][]::new));
  }

  private static List<String> canalPagesBut(int... missing) {
    List<String> urls = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      final int page = i;
      if (Arrays.stream(missing).noneMatch(m -> m == page)) {
        urls.add("https://canal.example/" + i);
      }
    }
    return urls;
  }

  @Test
  void aStreamedCrawlResumesAfterABrokenRecord() throws IOException {
    byte[] records = twelvePagesTheFifthBroken();
    // an archive's member or a .warc.bz2 is a stream: a broken record ended it ("the records after it are not read": 7 lost)
    new WarcPageReader(problems::add, WarcPageReader.DEFAULT_MAX_PAGE_BYTES).read(new java.io.ByteArrayInputStream(records), "s.tar!/c.warc", "crawl", pages::add, null);
    assertThat(pages).extracting(WebPage::url).containsExactlyElementsOf(canalPagesBut(5));
    String text = new String(records, StandardCharsets.ISO_8859_1);
    int fourth = text.indexOf("WARC/1.0", text.indexOf("https://canal.example/4") - 200);
    int fifth = text.indexOf("WARC/1.0", text.indexOf("https://canal.example/5") - 200);
    int sixth = text.indexOf("WARC/1.0", text.indexOf("https://canal.example/6") - 200);
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("s.tar!/c.warc@" + fourth);
      // the lost record's page named from the stream's kept bytes, as a file's walk names it
      assertThat(p.message()).startsWith("corrupt or truncated WARC record after the record at byte " + fourth + ": ")
          .endsWith("; skipped to the next record, at byte " + sixth + "; the record lost, at byte " + fifth + ", was for https://canal.example/5");
    });
    assertThat(pages).extracting(WebPage::location).contains("s.tar!/c.warc@" + sixth);
    assertThat(problems).filteredOn(IngestProblem::note).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("11 HTML pages read; 1 corrupt record"));
  }

  @Test
  void aStreamThatCannotBeReadPastABreakSaysWhatItRead() throws IOException {
    byte[] records = twelvePagesTheFifthBroken();
    String text = new String(records, StandardCharsets.ISO_8859_1);
    int cut = text.indexOf("https://canal.example/9") + 10;
    // the stream fails in the ninth record, as a corrupt bzip2 block or a cut gzip stream does
    java.io.InputStream failing = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(records, 0, cut)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          throw new java.util.zip.ZipException("invalid block type");
        }
        return n;
      }
    };
    new WarcPageReader(problems::add, WarcPageReader.DEFAULT_MAX_PAGE_BYTES).read(failing, "c.warc.bz2", "crawl", pages::add, null);
    assertThat(pages).extracting(WebPage::url).containsExactlyElementsOf(canalPagesBut(5, 9, 10, 11, 12));
    assertThat(problems).filteredOn(IngestProblem::skipped).extracting(IngestProblem::message).satisfiesExactly(
        fifth -> assertThat(fifth).endsWith("skipped to the next record, at byte " + text.indexOf("WARC/1.0", text.indexOf("https://canal.example/6") - 200)
            + "; the record lost, at byte " + text.indexOf("WARC/1.0", text.indexOf("https://canal.example/5") - 200) + ", was for https://canal.example/5"),
        ninth -> assertThat(ninth).startsWith("corrupt or truncated WARC record after the record at byte "
            + text.indexOf("WARC/1.0", text.indexOf("https://canal.example/8") - 200) + ": ")
            .endsWith("; the stream itself cannot be read past there (invalid block type), so every record after it is lost (7 records before it read)"));
  }

  /** The twelve canal pages, the fifth record's Content-Length {@code more} bytes off (more than it holds, or fewer). */
  private static String twelvePagesTheFifthsLengthOff(int more) {
    String text = new String(twelvePagesTheFifthBroken(), StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: x", "Content-Length: ");
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(text);
    assertThat(length.find(text.indexOf("https://canal.example/5"))).isTrue();
    return text.substring(0, length.start(1)) + (Integer.parseInt(length.group(1)) + more) + text.substring(length.end(1));
  }

  private static int recordStart(String text, int page) {
    return text.indexOf("WARC/1.0", text.indexOf("https://canal.example/" + page) - 200);
  }

  @Test
  void aRecordRunningIntoTheNextInAOneStreamWarcGzIsNamedTruncatedAsInTheSameCrawlUncompressed() throws IOException {
    // the fifth record claims 300 bytes more than it holds: it runs into the sixth
    String text = twelvePagesTheFifthsLengthOff(300);
    Path plain = dir.resolve("plain.warc");
    Files.write(plain, text.getBytes(StandardCharsets.ISO_8859_1));
    read(plain, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    List<String> plainPages = pages.stream().map(WebPage::url).toList();
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(plain + "@" + recordStart(text, 5));
      assertThat(p.message()).isEqualTo("truncated WARC record for https://canal.example/5: the record at byte "
          + recordStart(text, 6) + " starts inside it; skipped to that record");
    });
    pages.clear();
    problems.clear();
    Path oneStream = dir.resolve("one-stream.warc.gz");
    Files.write(oneStream, gzip(text.getBytes(StandardCharsets.ISO_8859_1)));
    read(oneStream, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    // main kept the fifth with the sixth record's first 300 bytes (12 pages), and warned of its missing trailer
    assertThat(pages).extracting(WebPage::url).containsExactlyElementsOf(plainPages).containsExactlyElementsOf(canalPagesBut(5));
    assertThat(problems).filteredOn(p -> !p.note()).singleElement().satisfies(p -> {
      assertThat(p.skipped()).isTrue();
      assertThat(p.location()).isEqualTo(oneStream + "@" + recordStart(text, 5) + "#5");
      assertThat(p.message()).isEqualTo("truncated WARC record for https://canal.example/5: the record at byte "
          + recordStart(text, 6) + " of the decompressed crawl starts inside it; skipped to that record");
    });
  }

  @Test
  void aOneStreamWarcGzHandedOverAsAStreamIsReadAsTheSameFile() throws IOException {
    // an archive's member is handed to the walk as stored: main left jwarc to inflate it, kept the fifth record with the
    // sixth's first bytes and found no gzip member to resume at after the sixth broke (the sixth to twelfth lost)
    String text = twelvePagesTheFifthsLengthOff(300);
    Path file = dir.resolve("one-stream.warc.gz");
    Files.write(file, gzip(text.getBytes(StandardCharsets.ISO_8859_1)));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    List<String> filePages = pages.stream().map(WebPage::location).map(at -> at.replace(file.toString(), "")).toList();
    List<String> fileProblems = problems.stream().map(p -> p.location().replace(file.toString(), "") + " " + p.message()).toList();
    pages.clear();
    problems.clear();

    new WarcPageReader(problems::add, WarcPageReader.DEFAULT_MAX_PAGE_BYTES)
        .read(new java.io.ByteArrayInputStream(Files.readAllBytes(file)), "s.tar!/c.warc.gz", "crawl", pages::add, null);

    assertThat(pages).extracting(WebPage::url).containsExactlyElementsOf(canalPagesBut(5));
    assertThat(pages).extracting(page -> page.location().replace("s.tar!/c.warc.gz", "")).containsExactlyElementsOf(filePages);
    assertThat(problems).extracting(p -> p.location().replace("s.tar!/c.warc.gz", "") + " " + p.message())
        .containsExactlyElementsOf(fileProblems);
  }

  @Test
  void theFirstRecordOfAOneStreamWarcGzRunningIntoTheSecondIsNamedTruncatedInAFileAndInAStream() throws IOException {
    // the first record claims 300 bytes more than it holds: main kept it with the second's first 300 bytes (12 pages),
    // the walk knowing the crawl one stream only at the second record's start, with a trailer warning and a break
    String text = twelvePagesTheFifthsLengthOff(0);
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("Content-Length: (\\d+)\r\n\r\nHTTP").matcher(text);
    assertThat(length.find()).isTrue();
    text = text.substring(0, length.start(1)) + (Integer.parseInt(length.group(1)) + 300) + text.substring(length.end(1));
    byte[] oneStream = gzip(text.getBytes(StandardCharsets.ISO_8859_1));
    Path file = dir.resolve("one-stream.warc.gz");
    Files.write(file, oneStream);
    String expected = "truncated WARC record for https://canal.example/1: the record at byte " + recordStart(text, 2)
        + " of the decompressed crawl starts inside it; skipped to that record";

    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    new WarcPageReader(problems::add, WarcPageReader.DEFAULT_MAX_PAGE_BYTES)
        .read(new java.io.ByteArrayInputStream(oneStream), "s.tar!/c.warc.gz", "crawl", pages::add, null);

    assertThat(pages).extracting(WebPage::url).containsExactlyElementsOf(java.util.stream.Stream.concat(
        canalPagesBut(1).stream(), canalPagesBut(1).stream()).toList());
    assertThat(problems).filteredOn(p -> !p.note()).extracting(p -> p.location() + " " + p.message())
        .containsExactly(file + "@0#1 " + expected, "s.tar!/c.warc.gz@0#1 " + expected);
  }

  @Test
  void aWarningAboutARecordOfAOneStreamWarcGzIsSaidOnceWithItsPlaceInTheDecompressedCrawl() throws IOException {
    // the fifth record claims 300 bytes fewer than it holds: no trailer follows its block, and jwarc cannot read on
    String text = twelvePagesTheFifthsLengthOff(-300);
    Path file = dir.resolve("one-stream.warc.gz");
    Files.write(file, gzip(text.getBytes(StandardCharsets.ISO_8859_1)));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(problems).filteredOn(p -> !p.skipped() && !p.note()).singleElement().satisfies(warning -> {
      assertThat(warning.message()).isEqualTo("WARC warning: invalid record trailer");
      assertThat(warning.location()).isEqualTo(file + "@" + recordStart(text, 5) + "#5");
    });
  }

  @Test
  void theMessagesOfAOneStreamWarcGzPlaceEveryRecordInTheDecompressedCrawlNumberedAmongAllItsRecords() throws IOException {
    byte[] records = twelvePagesTheFifthBroken();
    String text = new String(records, StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("one-stream.warc.gz");
    Files.write(file, gzip(records));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    // main placed the fourth record where jwarc's buffer stood in the compressed file, the sixth in the decompressed
    // crawl, and numbered the sixth #5
    assertThat(pages).filteredOn(page -> page.url().endsWith("/4") || page.url().endsWith("/6")).extracting(WebPage::location)
        .containsExactly(file + "@" + recordStart(text, 4) + "#4", file + "@" + recordStart(text, 6) + "#6");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(file + "@" + recordStart(text, 4));
      assertThat(p.message()).startsWith("corrupt or truncated WARC record after the record at byte " + recordStart(text, 4)
          + " of the decompressed crawl: ").endsWith("; skipped to the next record, at byte " + recordStart(text, 6) + " of the decompressed crawl");
    });
  }

  @Test
  void aWarcGzOfOneGzipStreamIsReadAgainToResumeAfterABrokenRecord() throws IOException {
    Path file = dir.resolve("one-stream.warc.gz");
    Files.write(file, gzip(twelvePagesTheFifthBroken())); // gzip crawl.warc: one member, no record start to seek
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    // it said "skipped to the next record" and read none: 7 pages lost
    assertThat(pages).extracting(WebPage::url).containsExactlyElementsOf(canalPagesBut(5));
    assertThat(pages).extracting(WebPage::location).doesNotHaveDuplicates();
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("corrupt or truncated WARC record after the record at byte ").contains(" of the decompressed crawl: ")
        .containsPattern("; skipped to the next record, at byte \\d+ of the decompressed crawl$"));
    assertThat(problems).filteredOn(IngestProblem::note).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("11 HTML pages read; 1 corrupt record"));
  }

  @Test
  void recordsOfOneGzipMemberHaveLocationsOfTheirOwn() throws IOException {
    byte[] page = WarcFixtures.article("Ferry returns", "The night ferry to the islands will run again from July.").getBytes(StandardCharsets.UTF_8);
    byte[] records = concat(
        record("response", "https://news.example/a", "application/http; msgtype=response", httpResponse("", page)),
        record("response", "https://news.example/b", "application/http; msgtype=response", httpResponse("", page)),
        record("response", "https://news.example/c", "application/http; msgtype=response", httpResponse("", page)));
    Path file = dir.resolve("one-member.warc.gz");
    Files.write(file, gzip(records)); // the whole file one gzip member, as some tools write it
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::url).containsExactly("https://news.example/a", "https://news.example/b", "https://news.example/c");
    assertThat(pages).extracting(WebPage::location).doesNotHaveDuplicates().allSatisfy(location -> assertThat(location).startsWith(file + "@"));
  }

  @Test
  void aRecordWithoutTargetUriIsKnownByItsRecordIdAndABrotliBodyIsDecoded() throws IOException {
    byte[] page = WarcFixtures.article("Ferry returns", "The night ferry to the islands will run again from July.").getBytes(StandardCharsets.UTF_8);
    byte[] brotliPage = WarcFixtures.article("Harbour closes", "The old harbour closes for repairs until the spring.").getBytes(StandardCharsets.UTF_8);
    String noTarget = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:7d3b0e52-0000-4000-8000-000000000001>\r\n"
        + "WARC-Date: 2024-03-14T09:30:00Z\r\nContent-Type: application/http; msgtype=response\r\n";
    byte[] block = httpResponse("", page);
    Path file = dir.resolve("odd.warc");
    Files.write(file, concat(
        (noTarget + "Content-Length: " + block.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        record("response", "https://news.example/br", "application/http; msgtype=response", httpResponse("Content-Encoding: br\r\n", brotliStored(brotliPage))),
        record("response", "https://news.example/last", "application/http; msgtype=response", httpResponse("", page))));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::id).containsExactly(
        "crawl/urn:uuid:7d3b0e52-0000-4000-8000-000000000001", "crawl/https://news.example/br", "crawl/https://news.example/last");
    assertThat(pages.get(0).url()).isNull();
    assertThat(new String(pages.get(1).html(), StandardCharsets.UTF_8)).contains("The old harbour closes for repairs");
    assertThat(problems).extracting(IngestProblem::message).containsExactly("3 HTML pages read");
  }

  @Test
  void aBrokenBrotliBodyIsACorruptRecordAndTheNextPageIsStillRead() throws IOException {
    byte[] page = WarcFixtures.article("Ferry returns", "The night ferry to the islands will run again from July.").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("broken-br.warc");
    Files.write(file, concat(
        record("response", "https://news.example/br", "application/http; msgtype=response", httpResponse("Content-Encoding: br\r\n", new byte[] {11, 2, (byte) 0x80})),
        record("response", "https://news.example/last", "application/http; msgtype=response", httpResponse("", page))));
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES);
    assertThat(pages).extracting(WebPage::id).containsExactly("crawl/https://news.example/last");
    assertThat(problems).extracting(IngestProblem::message).anySatisfy(m -> assertThat(m).startsWith("corrupt"));
  }

  /**
   * A Brotli stream (RFC 7932) holding {@code data} in one uncompressed meta-block, as no Brotli encoder is at hand:
   * the window bit 0 (WBITS 16), ISLAST 0, four nibbles of MLEN - 1, ISUNCOMPRESSED 1, padding to the byte, the bytes,
   * then a last, empty meta-block.
   */
  private static byte[] brotliStored(byte[] data) {
    int header = (data.length - 1) << 4 | 1 << 20;
    byte[] out = new byte[data.length + 4];
    out[0] = (byte) header;
    out[1] = (byte) (header >>> 8);
    out[2] = (byte) (header >>> 16);
    System.arraycopy(data, 0, out, 3, data.length);
    out[out.length - 1] = 0b11;
    return out;
  }

  @Test
  void conversionRecordsAreTextsForAReaderThatTakesThemAndSkippedOtherwise() throws IOException {
    byte[] text = "Ferry returns\nThe night ferry to the islands will run again from July.\n".getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("c.warc.wet");
    Files.write(file, concat(record("conversion", "https://news.example/ferry", "text/plain", text),
        record("conversion", "https://news.example/data", "application/json", "{}".getBytes(StandardCharsets.UTF_8))));
    List<WarcText> texts = new ArrayList<>();
    new WarcPageReader(problems::add, WarcPageReader.DEFAULT_MAX_PAGE_BYTES).read(file, "wet", pages::add, texts::add);
    assertThat(texts).singleElement().satisfies(t -> {
      assertThat(t.id()).isEqualTo("wet/https://news.example/ferry");
      assertThat(t.text()).isEqualTo(text);
      assertThat(t.fetched()).isEqualTo(WarcFixtures.CRAWLED);
    });
    assertThat(problems).extracting(IngestProblem::message).containsExactly(
        "1 text (conversion record) read; 1 other record skipped (1 conversion of application/json)");
    problems.clear();
    read(file, WarcPageReader.DEFAULT_MAX_PAGE_BYTES); // extract reads pages only
    assertThat(pages).isEmpty();
    assertThat(problems).extracting(IngestProblem::message).containsExactly("0 HTML pages read; 2 other records skipped (2 conversion)");
  }
}
