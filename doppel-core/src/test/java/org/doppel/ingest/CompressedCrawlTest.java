package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** WARC crawls packed as crawls are shipped besides .warc.gz: bzip2, xz, Zstandard (with its dictionary), inside a tar. */
class CompressedCrawlTest {
  @TempDir Path root;
  private final List<IngestProblem> problems = new ArrayList<>();

  private static byte[] page(String title, String text) {
    return ("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text
        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  /** A resource record of a saved page, as an archiver writes it. */
  private static byte[] record(String uri, byte[] html) {
    String head = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: text/html; charset=utf-8"
        + "\r\nContent-Length: " + html.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(html);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static final byte[] FIRST = record("https://news.example/cranes", page("Cranes arrive",
      "Four new cranes arrived at the harbour after a six-week voyage from the shipyard."));
  private static final byte[] SECOND = record("https://news.example/ferry", page("Ferry returns",
      "The night ferry to the islands will run again from July, the operator said on Monday."));

  private static byte[] crawl() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(FIRST);
    out.writeBytes(SECOND);
    return out.toByteArray();
  }

  private List<SourceText> read(Path file) {
    return new CorpusReader(problems::add).readAll(List.of(file));
  }

  private static byte[] bzip2(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  @Test
  void aCrawlCompressedWithBzip2OrXzIsReadAsAWarcGzIs() throws IOException {
    Files.write(root.resolve("crawl.warc.bz2"), bzip2(crawl()));
    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (OutputStream out = new XZOutputStream(xz, new LZMA2Options())) {
      out.write(crawl());
    }
    Files.write(root.resolve("crawl2.warc.xz"), xz.toByteArray());

    List<SourceText> documents = new CorpusReader(problems::add).readAll(List.of(root));

    assertThat(documents).extracting(SourceText::id).containsExactly("crawl/https://news.example/cranes", "crawl/https://news.example/ferry",
        "crawl2/https://news.example/cranes", "crawl2/https://news.example/ferry");
    assertThat(documents.get(1).text()).contains("The night ferry to the islands");
    assertThat(problems).allMatch(IngestProblem::note);
  }

  @Test
  void aWarcZstWithItsDictionaryFrameIsRead() throws IOException {
    // the .warc.zst form (WARC 1.1 annex): a skippable frame holding the dictionary, then one frame per record
    byte[] dictionary = ("<html><head><title></title></head><body><article><h1></h1><p> the harbour the ferry WARC/1.0\r\n"
        + "WARC-Type: resource\r\nContent-Type: text/html; charset=utf-8\r\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ByteBuffer skippable = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x184D2A5D).putInt(dictionary.length);
    file.writeBytes(skippable.array());
    file.writeBytes(dictionary);
    try (ZstdDictCompress compressor = new ZstdDictCompress(dictionary, 3)) {
      file.writeBytes(Zstd.compress(FIRST, compressor));
      file.writeBytes(Zstd.compress(SECOND, compressor));
    }
    Path crawl = root.resolve("CC-NEWS-1.warc.zst");
    Files.write(crawl, file.toByteArray());

    assertThat(read(crawl)).extracting(SourceText::id)
        .containsExactly("CC-NEWS-1/https://news.example/cranes", "CC-NEWS-1/https://news.example/ferry");
    assertThat(problems).allMatch(IngestProblem::note);
  }

  @Test
  void aWarcZstWithoutDictionaryIsRead() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(Zstd.compress(FIRST));
    file.writeBytes(Zstd.compress(SECOND));
    Path crawl = root.resolve("plain.warc.zst");
    Files.write(crawl, file.toByteArray());

    assertThat(read(crawl)).hasSize(2);
  }

  @Test
  void aBrokenRecordInAStreamedCrawlIsSkippedAndThePagesAfterItRead() throws IOException {
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    broken.writeBytes(FIRST);
    broken.writeBytes("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: not a number\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    broken.writeBytes(SECOND);
    Path crawl = root.resolve("broken.warc.bz2");
    Files.write(crawl, bzip2(broken.toByteArray()));

    // a broken record ended the stream ("the records after it are not read"): the ferry page after it was lost
    assertThat(read(crawl)).extracting(SourceText::id).containsExactly("broken/https://news.example/cranes", "broken/https://news.example/ferry");
    assertThat(problems).filteredOn(problem -> !problem.note()).singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("; skipped to the next record, at byte " + (FIRST.length + 63)));
  }

  @Test
  void aCrawlInsideATarIsReadRecordByRecord() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry entry = new TarArchiveEntry("2024/03/crawl.warc");
      entry.setSize(crawl().length);
      tar.putArchiveEntry(entry);
      tar.write(crawl());
      tar.closeArchiveEntry();
    }
    Path file = root.resolve("crawls.tar");
    Files.write(file, bytes.toByteArray());

    List<SourceText> documents = read(file);

    assertThat(documents).extracting(SourceText::id)
        .containsExactly("crawls/2024/03/crawl/https://news.example/cranes", "crawls/2024/03/crawl/https://news.example/ferry");
    assertThat(documents.get(0).origin()).startsWith(file + "!/2024/03/crawl.warc@0");
  }

  @Test
  void extractReadsThePagesOfAnArchive() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (String name : List.of("a/cranes.html", "a/notes.txt")) {
        byte[] data = name.endsWith(".html") ? page("Cranes arrive", "Four new cranes arrived at the harbour.") : "words".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    }
    Path file = root.resolve("pages.tar");
    Files.write(file, bytes.toByteArray());
    List<ExtractedPage> pages = new ArrayList<>();

    new CorpusReader(problems::add).readPages(List.of(file), pages::add);

    assertThat(pages).extracting(page -> page.toSourceText().id()).containsExactly("pages/a/cranes");
    assertThat(problems).extracting(IngestProblem::toString)
        .containsExactly(file + "!/a/notes.txt: not a web page (.html, .htm, .warc) nor a news feed (.rss, .atom, .xml), optionally compressed (skipped)");
  }

  private static final byte[] THIRD = record("https://news.example/tunnel", page("Tunnel opens",
      "The new cycle tunnel under the river opened on Saturday after three years of digging."));

  /** A .warc.zst as the WARC 1.1 annex writes it: the dictionary frame, then one frame a record; the frames' offsets in {@code starts}. */
  private static byte[] warcZst(List<Integer> starts, byte[]... records) {
    byte[] dictionary = ("<html><head><title></title></head><body><article><h1></h1><p> the harbour the river WARC/1.0\r\n"
        + "WARC-Type: resource\r\nContent-Type: text/html; charset=utf-8\r\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x184D2A5D).putInt(dictionary.length).array());
    file.writeBytes(dictionary);
    try (ZstdDictCompress compressor = new ZstdDictCompress(dictionary, 3)) {
      for (byte[] record : records) {
        starts.add(file.size());
        file.writeBytes(Zstd.compress(record, compressor));
      }
    }
    return file.toByteArray();
  }

  /** A .warc.zst of the three records whose second frame's compressed data is damaged in its middle: it cannot be decompressed. */
  private Path damagedWarcZst(List<Integer> starts, String name) throws IOException {
    byte[] file = warcZst(starts, FIRST, SECOND, THIRD);
    for (int i = starts.get(1) + 12; i < starts.get(2) - 8; i++) {
      file[i] ^= 0x5a;
    }
    Path crawl = root.resolve(name);
    Files.write(crawl, file);
    return crawl;
  }

  @Test
  void aDamagedFrameOfAWarcZstCostsOnlyItsOwnRecord() throws IOException {
    List<Integer> starts = new ArrayList<>();
    Path crawl = damagedWarcZst(starts, "damaged.warc.zst");

    // a whole-file Zstandard stream ended at the damage: "the stream itself cannot be read past there", the tunnel lost
    assertThat(read(crawl)).extracting(SourceText::id)
        .containsExactly("damaged/https://news.example/cranes", "damaged/https://news.example/tunnel");
    assertThat(problems).filteredOn(problem -> !problem.note()).extracting(IngestProblem::message)
        .anySatisfy(message -> assertThat(message).startsWith("corrupt Zstandard frame at byte " + starts.get(1) + " (")
            .endsWith("what it held is lost; read on from the next frame, at byte " + starts.get(2)));
  }

  @Test
  void aDamagedFrameAfterASkippableFrameIsNamedAtItsOwnByte() throws IOException {
    List<Integer> starts = new ArrayList<>();
    byte[] frames = warcZst(starts, FIRST, SECOND, THIRD);
    // a skippable frame of 16 bytes (other than the dictionary's) between the first and the second record's frames
    byte[] skippable = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0x184D2A53).putInt(16).array();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(frames, 0, starts.get(1));
    file.writeBytes(skippable);
    file.write(frames, starts.get(1), frames.length - starts.get(1));
    byte[] bytes = file.toByteArray();
    int second = starts.get(1) + skippable.length;
    int third = starts.get(2) + skippable.length;
    for (int i = second + 12; i < third - 8; i++) {
      bytes[i] ^= 0x5a;
    }
    Path crawl = root.resolve("skippable.warc.zst");
    Files.write(crawl, bytes);

    assertThat(read(crawl)).extracting(SourceText::id)
        .containsExactly("skippable/https://news.example/cranes", "skippable/https://news.example/tunnel");
    assertThat(problems).filteredOn(problem -> !problem.note()).extracting(IngestProblem::message)
        .anySatisfy(message -> assertThat(message).startsWith("corrupt Zstandard frame at byte " + second + " (")
            .endsWith("what it held is lost; read on from the next frame, at byte " + third));
  }

  @Test
  void aWarcZstWhoseFrameHeadersAreDamagedIsReadOnFromTheNextFrame() throws IOException {
    List<Integer> starts = new ArrayList<>();
    byte[] file = warcZst(starts, FIRST, SECOND, THIRD);
    // the second frame's first block header made a reserved block type: its frame cannot be delimited by its headers
    int descriptor = starts.get(1) + 4;
    int fhd = file[descriptor] & 0xff;
    int headerBytes = 1 + ((fhd & 0x20) != 0 ? 0 : 1) + new int[] {0, 1, 2, 4}[fhd & 3]
        + ((fhd >>> 6) == 0 ? ((fhd & 0x20) != 0 ? 1 : 0) : 1 << (fhd >>> 6));
    file[descriptor + headerBytes] |= 0x06;
    Path crawl = root.resolve("headers.warc.zst");
    Files.write(crawl, file);

    assertThat(read(crawl)).extracting(SourceText::id)
        .containsExactly("headers/https://news.example/cranes", "headers/https://news.example/tunnel");
    assertThat(problems).filteredOn(problem -> !problem.note()).extracting(IngestProblem::message)
        .anySatisfy(message -> assertThat(message).contains("a block of the reserved type")
            .endsWith("read on from the next frame, at byte " + starts.get(2)));
  }

  @Test
  void aBrokenRecordInAWarcZstIsPassedOverAndACutOneNamed() throws IOException {
    byte[] broken = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: not a number\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    List<Integer> starts = new ArrayList<>();
    byte[] file = warcZst(starts, FIRST, broken, SECOND, THIRD);
    Path crawl = root.resolve("records.warc.zst");
    Files.write(crawl, file);
    Path cut = root.resolve("cut.warc.zst");
    Files.write(cut, java.util.Arrays.copyOf(file, starts.get(3) + 10));

    assertThat(read(crawl)).extracting(SourceText::id).containsExactly("records/https://news.example/cranes",
        "records/https://news.example/ferry", "records/https://news.example/tunnel");
    problems.clear();
    assertThat(read(cut)).extracting(SourceText::id).containsExactly("cut/https://news.example/cranes", "cut/https://news.example/ferry");
    assertThat(problems).filteredOn(problem -> !problem.note()).extracting(IngestProblem::message)
        .anySatisfy(message -> assertThat(message).contains("truncated"));
  }

  @Test
  void photosAndExtractReadADamagedWarcZstFrameByFrameToo() throws IOException {
    Path crawl = damagedWarcZst(new ArrayList<>(), "pages.warc.zst");
    List<String> ids = new ArrayList<>();

    // the reader of a crawl file on disk (photos' and extract's): jwarc's own .warc.zst reader stopped at the damage
    new org.doppel.ingest.warc.WarcPageReader(problems::add, CorpusReader.MAX_PAGE_BYTES).read(crawl, "pages", page -> ids.add(page.id()));

    assertThat(ids).containsExactly("pages/https://news.example/cranes", "pages/https://news.example/tunnel");
    assertThat(problems).filteredOn(problem -> !problem.note()).isNotEmpty();
  }
}
