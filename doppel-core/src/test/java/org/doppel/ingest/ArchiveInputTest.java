package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Tar and zip archives of documents, written by the test: each member read as a file of the folder it unpacks to. */
class ArchiveInputTest {
  @TempDir Path root;
  private final List<IngestProblem> problems = new ArrayList<>();

  private static final String PIER = "The harbour authority said on Tuesday that the new pier will open in spring.";
  private static final String FERRY = "The night ferry was cancelled because of the storm, the operator said.";
  private static final String PAGE = "<html><head><title>Cranes arrive</title></head><body><article><p>Four new cranes arrived at "
      + "the harbour after a six-week voyage.</p></article></body></html>";
  private static final String RECORDS = "{\"id\": \"wire-1\", \"text\": \"Snow closed the mountain pass on Monday.\"}\n"
      + "{\"text\": \"The bakery on the corner reopened after the fire.\"}\n";

  /** The members of a small news export: folders, a text, a page, a feed. */
  private static Map<String, byte[]> export() {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("news/2024/pier.txt", bytes(PIER));
    members.put("news/2024/cranes.html", bytes(PAGE));
    members.put("feeds/wire.jsonl", bytes(RECORDS));
    members.put("news/ferry.md", bytes(FERRY));
    return members;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] tar(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(member.getKey(), true); // as written: absolute names kept
        entry.setSize(member.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(member.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void aGzipCrawlInATarWhoseMemberIsCutShortIsReadPastItAsTheSameFileIs() throws IOException {
    // a crawl written a gzip member a record, the second member cut in half, packed in a tar: main inflated the member
    // as one stream, so the cut ended it ("every record after it is lost"), where the same .warc.gz on disk loses one
    ByteArrayOutputStream crawl = new ByteArrayOutputStream();
    int firstMember = 0;
    for (int i = 0; i < 3; i++) {
      String html = "<html><head><title>Story " + i + "</title></head><body><article><p>The quay was rebuilt in stone number "
          + i + ", the harbour master said on the radio this morning.</p></article></body></html>";
      String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + html.length() + "\r\n\r\n" + html;
      String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + i
          + ">\r\nWARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: https://news.example/" + i
          + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length() + "\r\n\r\n" + block + "\r\n\r\n";
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
        gzip.write(bytes(record));
      }
      byte[] written = member.toByteArray();
      crawl.writeBytes(i == 1 ? Arrays.copyOf(written, written.length / 2 + 20) : written);
      firstMember = i == 0 ? written.length : firstMember;
    }
    long lostAt = firstMember;
    Path file = root.resolve("site.tar");
    Files.write(file, tar(Map.of("crawl/site.warc.gz", crawl.toByteArray())));
    assertThat(read(file)).extracting(SourceText::id).containsExactly("site/crawl/site/https://news.example/0",
        "site/crawl/site/https://news.example/2");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("corrupt or truncated WARC record after the record at byte 0: ")
        .endsWith("; the record lost, at byte " + lostAt + ", was for https://news.example/1"));
  }

  private static byte[] zip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> member : members.entrySet()) {
        zip.putNextEntry(new ZipEntry(member.getKey()));
        zip.write(member.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** {@code data} compressed as a file named with {@code extension} is (a tar's, or a member's own: "gz", "bz2"). */
  private static byte[] compress(byte[] data, String extension) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = switch (extension) {
      case "tar" -> bytes;
      case "tar.gz", "tgz", "gz" -> new GZIPOutputStream(bytes);
      case "tar.bz2", "bz2" -> new BZip2CompressorOutputStream(bytes);
      case "tar.xz" -> new XZOutputStream(bytes, new LZMA2Options());
      case "tar.zst" -> new ZstdOutputStream(bytes);
      default -> throw new IllegalArgumentException(extension);
    }) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  private List<SourceText> read(Path file) {
    return new CorpusReader(problems::add).readAll(List.of(file));
  }

  private List<String> problemLines() {
    return problems.stream().filter(IngestProblem::skipped).map(IngestProblem::toString).toList(); // notes and warnings left out
  }

  @ParameterizedTest
  @ValueSource(strings = {"tar", "tar.gz", "tgz", "tar.bz2", "tar.xz", "tar.zst"})
  void everyMemberOfATarIsADocumentNamedAsTheFolderItUnpacksToWouldName(String extension) throws IOException {
    Path file = root.resolve("export." + extension);
    Files.write(file, compress(tar(export()), extension));

    List<SourceText> documents = read(file);

    assertThat(problemLines()).isEmpty();
    // members in the archive's order; ids as "export/..." of a folder named export scanned from its parent
    assertThat(documents).extracting(SourceText::id)
        .containsExactly("export/news/2024/pier", "export/news/2024/cranes", "wire-1", "export/feeds/wire#2", "export/news/ferry");
    assertThat(documents.get(0).text()).isEqualTo(PIER);
    assertThat(documents.get(0).origin()).isEqualTo(file + "!/news/2024/pier.txt");
    assertThat(documents.get(1).text()).contains("Four new cranes arrived");
    assertThat(documents.get(3).origin()).isEqualTo(file + "!/feeds/wire.jsonl:2");
  }

  @Test
  void aZipIsReadAsATarIs() throws IOException {
    Path file = root.resolve("export.zip");
    Files.write(file, zip(export()));

    assertThat(read(file)).extracting(SourceText::id)
        .containsExactly("export/news/2024/pier", "export/news/2024/cranes", "wire-1", "export/feeds/wire#2", "export/news/ferry");
    assertThat(problemLines()).isEmpty();
  }

  @Test
  void anArchiveInAFolderIsNamedByItsPathLikeAFolder() throws IOException {
    Files.createDirectories(root.resolve("corpus/2024"));
    Files.write(root.resolve("corpus/2024/export.tar.gz"), compress(tar(Map.of("a/pier.txt", bytes(PIER))), "tar.gz"));

    assertThat(new CorpusReader(problems::add).readAll(List.of(root.resolve("corpus")))).extracting(SourceText::id)
        .containsExactly("2024/export/a/pier");
  }

  @Test
  void namesThatLeaveTheArchiveAreReportedAndNeverTouchTheFileSystem() throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("../escape.txt", bytes(PIER));
    members.put("/etc/absolute.txt", bytes(PIER));
    members.put("a/../../up.txt", bytes(PIER));
    members.put("./a/./fine.txt", bytes(FERRY));
    Path file = root.resolve("evil.tar");
    Files.write(file, tar(members));

    List<SourceText> documents = read(file);

    assertThat(documents).extracting(SourceText::id).containsExactly("evil/a/fine");
    assertThat(problemLines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("absolute or climbs out of the archive (..)"));
    assertThat(root.getParent().resolve("escape.txt")).doesNotExist();
    try (var files = Files.list(root)) {
      assertThat(files).containsExactly(file); // nothing was extracted
    }
  }

  @Test
  void nestedArchivesLinksAndUnknownMembersAreReportedHiddenOnesLeftOut() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      for (String name : List.of("inner.zip", "more.tar.gz", "notes.docx", ".DS_Store", "photos/pier.jpg", "ok.txt")) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        byte[] data = bytes(name.equals("ok.txt") ? PIER : "not read");
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
      }
      TarArchiveEntry link = new TarArchiveEntry("passwd.txt", TarConstants.LF_SYMLINK);
      link.setLinkName("/etc/passwd");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
    }
    Path file = root.resolve("mixed.tar");
    Files.write(file, bytes.toByteArray());

    assertThat(read(file)).extracting(SourceText::id).containsExactly("mixed/ok");

    assertThat(problemLines()).containsExactly(
        file + "!/inner.zip: an archive inside the archive, not opened: unpack it to read its members (skipped)",
        file + "!/more.tar.gz: an archive inside the archive, not opened: unpack it to read its members (skipped)",
        file + "!/notes.docx: " + UnreadFileKinds.message("notes.docx") + " (skipped)",
        file + "!/passwd.txt: a link inside the archive (to /etc/passwd), not followed (skipped)");
  }

  @Test
  void aCompressedMemberIsDecompressedByItsOwnExtension() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(bytes(RECORDS));
    }
    Path file = root.resolve("feeds.zip");
    Files.write(file, zip(Map.of("day1/wire.jsonl.gz", gz.toByteArray())));

    assertThat(read(file)).extracting(SourceText::id).containsExactly("wire-1", "feeds/day1/wire#2");
  }

  @Test
  void aMemberOverTheDocumentLimitIsReportedAndTheNextOneRead() throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("big.txt", bytes(PIER.repeat(10)));
    members.put("small.txt", bytes(FERRY));
    Path file = root.resolve("sizes.tar.zst");
    Files.write(file, compress(tar(members), "tar.zst"));

    List<SourceText> documents = new CorpusReader(problems::add, 200).readAll(List.of(file));

    assertThat(documents).extracting(SourceText::id).containsExactly("sizes/small");
    assertThat(problemLines()).containsExactly(file + "!/big.txt: document is over the limit of 200 bytes (skipped)");
  }

  @Test
  void aTruncatedTarGzKeepsTheMembersBeforeTheCut() throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>();
    for (int i = 0; i < 400; i++) {
      // different enough that gzip cannot fold them into a few bytes: the cut falls among them
      members.put("m" + i + ".txt", bytes(i + " " + PIER + " " + Integer.toHexString(i * 2654435761L > 0 ? i * 40503 : i) + " " + FERRY));
    }
    byte[] packed = compress(tar(members), "tar.gz");
    Path file = root.resolve("cut.tar.gz");
    Files.write(file, Arrays.copyOf(packed, packed.length / 2));

    List<SourceText> documents = read(file);

    assertThat(documents).isNotEmpty().hasSizeLessThan(400);
    assertThat(documents.get(0).id()).isEqualTo("cut/m0");
    assertThat(problemLines()).containsExactly(file + ": file is truncated (unexpected end of gzip data) (skipped)");
  }

  @Test
  void aZipCutShortIsNamedSo() throws IOException {
    byte[] zip = zip(export());
    Path file = root.resolve("cut.zip");
    Files.write(file, Arrays.copyOf(zip, zip.length - 30));

    assertThat(read(file)).isEmpty();

    assertThat(problemLines()).singleElement().asString().startsWith(file + ": not a valid zip file, or one cut short (");
  }

  @Test
  void aZipBombStopsTheArchiveWithTheMembersBeforeKept() throws IOException {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("first.txt", bytes(PIER));
    for (int i = 0; i < 4; i++) {
      members.put("zeros" + i + ".jsonl", new byte[1 << 20]); // a megabyte of zeros deflates to a kilobyte
    }
    members.put("last.txt", bytes(FERRY));
    Path file = root.resolve("bomb.zip");
    Files.write(file, zip(members));

    List<SourceText> documents = new CorpusReader(problems::add).withExpansionLimit(new ExpansionLimit(20, 256 << 10)).readAll(List.of(file));

    assertThat(documents).extracting(SourceText::id).containsExactly("bomb/first");
    assertThat(problemLines()).last().asString().startsWith(file + ": " + ExpansionGuard.STOPPED).contains("more than 20 times");
  }

  /** The limit the bomb tests read under: 20 times, past 256 KB, so that a bomb of a few megabytes is one. */
  private static final ExpansionLimit SMALL_LIMIT = new ExpansionLimit(20, 256 << 10);

  private List<SourceText> readUnderSmallLimit(Path file) {
    return new CorpusReader(problems::add).withExpansionLimit(SMALL_LIMIT).readAll(List.of(file));
  }

  /** {@code members} packed as {@code extension} says: a zip or a tar, compressed or not. */
  private static byte[] pack(Map<String, byte[]> members, String extension) throws IOException {
    return extension.equals("zip") ? zip(members) : compress(tar(members), extension);
  }

  /** A WARC record as one gzip member: {@code block} after a header of {@code type} for {@code uri}. */
  private static byte[] warcRecord(String type, String uri, String contentType, byte[] block) throws IOException {
    String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(bytes(uri))
        + ">\r\nWARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes(bytes(header));
    record.writeBytes(block);
    record.writeBytes(bytes("\r\n\r\n"));
    return compress(record.toByteArray(), "gz");
  }

  /** A crawl of a page, then a record of 4 MB of zeros (a few KB stored), then a second page: a bomb packed in a crawl. */
  private static byte[] crawlWithABomb() throws IOException {
    ByteArrayOutputStream crawl = new ByteArrayOutputStream();
    for (String uri : List.of("https://news.example/before", "https://news.example/after")) {
      String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + PAGE.length() + "\r\n\r\n" + PAGE;
      crawl.writeBytes(warcRecord("response", uri, "application/http; msgtype=response", bytes(block)));
      if (uri.endsWith("before")) {
        crawl.writeBytes(warcRecord("resource", "https://news.example/zeros.bin", "application/octet-stream", new byte[4 << 20]));
      }
    }
    return crawl.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tar", "tar.gz", "tar.bz2", "zip"})
  void aGzipCrawlInAnArchiveThatExpandsPastTheLimitIsNamedAndTheArchiveReadOn(String extension) throws IOException {
    // a .warc.gz member is inflated by the crawl's walk (jwarc), which no guard counted: main passed over the 4 MB
    // record, whatever the limit, where the same bytes as a .jsonl.gz member were stopped
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("news/pier.txt", bytes(PIER));
    members.put("crawl/site.warc.gz", crawlWithABomb());
    members.put("news/ferry.txt", bytes(FERRY));
    Path file = root.resolve("export." + extension);
    Files.write(file, pack(members, extension));

    List<SourceText> documents = readUnderSmallLimit(file);

    assertThat(documents).extracting(SourceText::id).containsExactly("export/news/pier",
        "export/crawl/site/https://news.example/before", "export/news/ferry");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(ArchiveReader.locationOf(file.toString(), "crawl/site.warc.gz"));
      assertThat(problem.message()).startsWith(ExpansionGuard.STOPPED).contains("more than 20 times")
          .endsWith("; the archive's other members are read on");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"pages/blank.html.gz", "news/spaces.txt.gz", "crawl/site.warc.bz2"})
  void aCompressedMemberThatExpandsPastTheLimitIsNamedAndTheArchiveReadOn(String bomb) throws IOException {
    // main stopped the whole archive at a member's own bomb ("export.tar.gz: stopped: …"), the members after it lost (a
    // .jsonl.gz member's stop was, and is, its warning "MEMBER:LINE: stopped: …; lines 1 to N are read", as a file's)
    byte[] expanded = new byte[4 << 20];
    Arrays.fill(expanded, (byte) ' ');
    byte[] stored = bomb.endsWith(".bz2") ? compress(crawlOf(expanded), "bz2") : compress(expanded, "gz");
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("news/pier.txt", bytes(PIER));
    members.put(bomb, stored);
    members.put("news/ferry.txt", bytes(FERRY));
    for (String extension : List.of("tar.gz", "zip")) {
      problems.clear();
      Path file = root.resolve("export." + extension);
      Files.write(file, pack(members, extension));

      List<SourceText> documents = readUnderSmallLimit(file);

      assertThat(documents).extracting(SourceText::id).containsExactly("export/news/pier", "export/news/ferry");
      assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(problem -> {
        assertThat(problem.location()).isEqualTo(ArchiveReader.locationOf(file.toString(), bomb));
        assertThat(problem.message()).startsWith(ExpansionGuard.STOPPED).endsWith("; the archive's other members are read on");
      });
    }
  }

  @Test
  void aStreamedCrawlFileThatExpandsPastTheLimitIsNamedAsStoppedNotAsABrokenRecord() throws IOException {
    // the walk took the guard's stop for damage: "site.warc.bz2@0: corrupt or truncated WARC record after the record
    // at byte 0: stopped: …; the stream itself cannot be read past there (stopped: …)"
    byte[] expanded = new byte[4 << 20];
    Arrays.fill(expanded, (byte) ' ');
    Path file = root.resolve("site.warc.bz2");
    Files.write(file, compress(crawlOf(expanded), "bz2"));

    readUnderSmallLimit(file);

    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(file.toString());
      assertThat(problem.message()).startsWith(ExpansionGuard.STOPPED).contains("more than 20 times");
    });
  }

  @Test
  void aGzipCrawlFileThatExpandsPastTheLimitIsNamedAsStoppedAndTheCrawlsPagesBeforeItAreRead() throws IOException {
    // main: jwarc inflated the record whole to pass over it, uncounted, and said nothing (the page limit refuses only pages)
    Path file = root.resolve("site.warc.gz");
    Files.write(file, crawlWithABomb());

    List<SourceText> documents = readUnderSmallLimit(file);

    assertThat(documents).extracting(SourceText::id).containsExactly("site/https://news.example/before");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(file.toString());
      assertThat(problem.message()).startsWith(ExpansionGuard.STOPPED).contains("more than 20 times");
    });
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aOneStreamGzipCrawlReadAgainAfterABrokenHeaderIsStoppedWhereItsSearchWouldInflateABomb(boolean inATar) throws IOException {
    // one gzip stream: a page, a record whose header jwarc cannot read before 4 MB of zeros, a second page. The walk
    // reads such a crawl again decompressed to get past the break; main searched the zeros for the next record there,
    // counted by no guard, and read on: "2 documents, 1 input problem", the crawl's expansion never weighed
    String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + PAGE.length() + "\r\n\r\n" + PAGE;
    ByteArrayOutputStream crawl = new ByteArrayOutputStream();
    crawl.writeBytes(gunzip(warcRecord("response", "https://news.example/before", "application/http; msgtype=response", bytes(block))));
    crawl.writeBytes(bytes("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: x\r\n\r\n"));
    crawl.writeBytes(new byte[4 << 20]);
    crawl.writeBytes(gunzip(warcRecord("response", "https://news.example/after", "application/http; msgtype=response", bytes(block))));
    // in a tar, main found no gzip member to resume at and said "no record starts after it, so nothing more is lost"
    Path file = root.resolve(inATar ? "site.tar" : "site.warc.gz");
    Files.write(file, inATar ? tar(Map.of("site.warc.gz", compress(crawl.toByteArray(), "gz"))) : compress(crawl.toByteArray(), "gz"));

    List<SourceText> documents = readUnderSmallLimit(file);

    assertThat(documents).extracting(SourceText::id).containsExactly(inATar ? "site/site/https://news.example/before" : "site/https://news.example/before");
    assertThat(problems).filteredOn(IngestProblem::skipped).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(inATar ? file + "!/site.warc.gz" : file.toString());
      assertThat(problem.message()).startsWith(ExpansionGuard.STOPPED).contains("more than 20 times");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tar", "zip"})
  void aOneStreamGzipCrawlInAnArchiveIsReadAsTheSameCrawlOnDiskIsItsRecordRunningIntoTheNextNamedTruncated(String archive) throws IOException {
    // four pages written as one gzip stream, the third claiming 300 bytes more than it holds: on disk it is named
    // truncated and the fourth read (3 documents); main walked the archive's member as jwarc inflated it, kept the third
    // with the fourth's first bytes, broke in the fourth, and found no gzip member to resume at (3 documents, the fourth lost)
    String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + PAGE.length() + "\r\n\r\n" + PAGE;
    ByteArrayOutputStream crawl = new ByteArrayOutputStream();
    for (int i = 1; i <= 4; i++) {
      byte[] record = gunzip(warcRecord("response", "https://news.example/" + i, "application/http; msgtype=response", bytes(block)));
      crawl.writeBytes(i != 3 ? record : new String(record, StandardCharsets.ISO_8859_1)
          .replaceFirst("Content-Length: (\\d+)\r\n\r\nHTTP", "Content-Length: " + (bytes(block).length + 300) + "\r\n\r\nHTTP")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    byte[] oneStream = compress(crawl.toByteArray(), "gz");
    Path onDisk = root.resolve("disk/site.warc.gz");
    Files.createDirectories(onDisk.getParent());
    Files.write(onDisk, oneStream);
    List<String> diskIds = read(onDisk).stream().map(SourceText::id).toList();
    List<String> diskProblems = problems.stream().filter(p -> !p.note()).map(p -> p.location().replace(onDisk.toString(), "") + " " + p.message()).toList();
    problems.clear();
    Path file = root.resolve("site." + archive);
    Files.write(file, archive.equals("zip") ? zip(Map.of("site.warc.gz", oneStream)) : tar(Map.of("site.warc.gz", oneStream)));

    List<SourceText> documents = read(file);

    assertThat(diskIds).containsExactly("site/https://news.example/1", "site/https://news.example/2", "site/https://news.example/4");
    assertThat(documents).extracting(SourceText::id).containsExactlyElementsOf(diskIds.stream().map(id -> "site/" + id).toList());
    String member = file + "!/site.warc.gz";
    assertThat(problems).filteredOn(p -> !p.note()).allSatisfy(p -> assertThat(p.location()).startsWith(member))
        .extracting(p -> p.location().replace(member, "") + " " + p.message()).containsExactlyElementsOf(diskProblems)
        .singleElement().asString().contains("truncated WARC record for https://news.example/3");
  }

  private static byte[] gunzip(byte[] gzip) throws IOException {
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }

  /** A crawl of one record holding {@code block}, uncompressed. */
  private static byte[] crawlOf(byte[] block) {
    String header = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
        + "WARC-Date: 2024-03-14T09:30:00Z\r\nWARC-Target-URI: https://news.example/spaces\r\nContent-Type: text/plain\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream crawl = new ByteArrayOutputStream();
    crawl.writeBytes(bytes(header));
    crawl.writeBytes(block);
    return crawl.toByteArray();
  }

  @Test
  void manySmallGzipMembersThatTogetherExpandPastTheLimitStopTheArchive() throws IOException {
    // each member expands to 200 KB, under the limit's 256 KB on its own: main read all 40 (8 MB out of 60 KB)
    byte[] news = bytes("The river rose again overnight. ".repeat(200 << 10 >> 5));
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("first.txt", bytes(PIER));
    for (int i = 0; i < 40; i++) {
      members.put("parts/part" + i + ".txt.gz", compress(news, "gz"));
    }
    Path file = root.resolve("spread.tar");
    Files.write(file, tar(members));

    List<SourceText> documents = readUnderSmallLimit(file);

    assertThat(documents).extracting(SourceText::id).startsWith("spread/first").hasSizeLessThan(20);
    assertThat(problemLines()).last().asString().startsWith(file + ": " + ExpansionGuard.STOPPED).contains("more than 20 times");
  }

  @Test
  void memberNamesAreMadeRelativeOrRefused() {
    assertThat(ArchiveReader.relativeName("./a//b/./c.txt")).isEqualTo("a/b/c.txt");
    assertThat(ArchiveReader.relativeName("a\\b.txt")).isEqualTo("a/b.txt");
    assertThat(ArchiveReader.relativeName("/etc/passwd")).isNull();
    assertThat(ArchiveReader.relativeName("C:/x.txt")).isNull();
    assertThat(ArchiveReader.relativeName("a/../../b.txt")).isNull();
    assertThat(ArchiveReader.relativeName("a/..b.txt")).isEqualTo("a/..b.txt");
  }

  @Test
  void archivesAreKnownByTheirExtensions() {
    assertThat(ArchiveFormat.of("x/news.TAR.GZ")).hasValueSatisfying(format -> assertThat(format.strip("x/news.TAR.GZ")).isEqualTo("x/news"));
    assertThat(ArchiveFormat.of("a.tzst")).hasValueSatisfying(format -> assertThat(format.compression()).isEqualTo(Compression.ZSTD));
    assertThat(ArchiveFormat.of("a.zip")).hasValueSatisfying(format -> assertThat(format.zip()).isTrue());
    assertThat(ArchiveFormat.of("a.txt.gz")).isEmpty();
    assertThat(ArchiveFormat.of(".tar")).isEmpty();
  }
}
