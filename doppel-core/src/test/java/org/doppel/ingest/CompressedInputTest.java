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
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Files compressed with bzip2, xz and Zstandard, written by the test, read as gzip-compressed files are. */
class CompressedInputTest {
  @TempDir Path root;
  private final List<IngestProblem> problems = new ArrayList<>();

  /** Keeps a problem, not a note of what a file held (a JSON Lines file's records read): these tests are about the problems. */
  private void problem(IngestProblem problem) {
    if (!problem.note()) {
      problems.add(problem);
    }
  }

  /** A compressor the test writes with, and the extension that marks it. */
  enum Packer {
    GZIP("gz"), BZIP2("bz2"), XZ("xz"), ZSTD("zst");

    final String extension;

    Packer(String extension) {
      this.extension = extension;
    }

    byte[] pack(String text) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (OutputStream out = switch (this) {
        case GZIP -> new GZIPOutputStream(bytes);
        case BZIP2 -> new BZip2CompressorOutputStream(bytes);
        case XZ -> new XZOutputStream(bytes, new LZMA2Options());
        case ZSTD -> new ZstdOutputStream(bytes).setChecksum(true); // as the zstd command writes it
      }) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    }
  }

  /** Numbered JSON Lines records, each a sentence of its own. */
  private static String records(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append("{\"id\": \"r").append(i).append("\", \"text\": \"Record ").append(i).append(" tells that the ferry number ")
          .append(i * 7 % 101).append(" left the quay at dawn with ").append(i % 13).append(" lorries on board.\"}\n");
    }
    return out.toString();
  }

  private List<SourceText> read(Path file) {
    return new CorpusReader(this::problem).readAll(List.of(file));
  }

  @ParameterizedTest
  @EnumSource(Packer.class)
  void aCompressedTextFileIsReadWithItsIdWithoutTheExtensions(Packer packer) throws IOException {
    Files.createDirectories(root.resolve("x"));
    Files.write(root.resolve("x/42.txt." + packer.extension), packer.pack("The lighthouse keeper retired after forty years."));

    List<SourceText> documents = new CorpusReader(this::problem).readAll(List.of(root));

    assertThat(problems).isEmpty();
    assertThat(documents).extracting(SourceText::id).containsExactly("x/42");
    assertThat(documents.get(0).text()).isEqualTo("The lighthouse keeper retired after forty years.");
  }

  @ParameterizedTest
  @EnumSource(Packer.class)
  void aCompressedPageIsReadAsAPage(Packer packer) throws IOException {
    Path page = root.resolve("page.html." + packer.extension);
    Files.write(page, packer.pack("<html><head><title>Pier opens</title></head><body><article><p>The new pier opened on Tuesday "
        + "after two years of building work.</p></article></body></html>"));

    List<SourceText> documents = read(page);

    assertThat(documents).extracting(SourceText::id).containsExactly("page");
    assertThat(documents.get(0).text()).contains("The new pier opened on Tuesday");
  }

  @ParameterizedTest
  @EnumSource(Packer.class)
  void concatenatedStreamsAreReadWhole(Packer packer) throws IOException {
    // pbzip2, pigz, zstd -T and xz -T write (or cat joins) one stream after another: every one of them is read
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    joined.write(packer.pack(records(0, 50)));
    joined.write(packer.pack(records(50, 100)));
    Path file = root.resolve("joined.jsonl." + packer.extension);
    Files.write(file, joined.toByteArray());

    List<SourceText> documents = read(file);

    assertThat(problems).isEmpty();
    assertThat(documents).hasSize(100);
    assertThat(documents.get(99).id()).isEqualTo("r99");
  }

  @ParameterizedTest
  @EnumSource(Packer.class)
  void aTruncatedFileKeepsTheRecordsBeforeTheCutAndSaysItIsTruncated(Packer packer) throws IOException {
    // big enough that the cut falls after whole blocks: what was decoded before it is kept
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append(records(i * 2000, i * 2000 + 2000));
    }
    byte[] packed = packer.pack(text.toString());
    Path file = root.resolve("cut.jsonl." + packer.extension);
    Files.write(file, Arrays.copyOf(packed, packed.length * 9 / 10));

    List<SourceText> documents = read(file);

    // every whole line the cut file still decodes to, read a byte at a time, is a record kept: none is lost with the
    // decoder's last buffer (a .jsonl.gz lost up to 64 KB of whole records before its cut, and was named "(skipped)")
    int whole = wholeLinesBeforeTheCut(file);
    assertThat(whole).isPositive().isLessThan(80_000);
    assertThat(documents).hasSize(whole);
    assertThat(documents.get(whole - 1).id()).isEqualTo("r" + (whole - 1));
    assertThat(problems).extracting(IngestProblem::toString).containsExactly(file + ":" + (whole + 1) + ": file is truncated (unexpected end of "
        + Compression.of(file.toString()).label() + " data); lines 1 to " + whole + " are read, this line and any after it are lost");
  }

  private static int wholeLinesBeforeTheCut(Path file) throws IOException {
    int lines = 0;
    try (java.io.InputStream in = Compression.of(file.toString()).open(Files.newInputStream(file))) {
      for (int b = in.read(); b != -1; b = in.read()) {
        lines += b == '\n' ? 1 : 0;
      }
    } catch (IOException e) {
      return lines;
    }
    throw new AssertionError(file + " is not cut");
  }

  @ParameterizedTest
  @EnumSource(value = Packer.class, names = {"BZIP2", "XZ", "ZSTD"})
  void aFileCutInItsFirstBlockIsTruncatedNotOfAnotherKind(Packer packer) throws IOException {
    byte[] packed = packer.pack(records(0, 30));
    Path file = root.resolve("short.txt." + packer.extension);
    Files.write(file, Arrays.copyOf(packed, packed.length / 2));

    assertThat(read(file)).isEmpty();

    assertThat(problems).extracting(IngestProblem::message).containsExactly("file is truncated (unexpected end of "
        + Compression.of(file.toString()).label() + " data)");
  }

  /** A frame written with a checksum, as the zstd command writes it by default; one without has no check on its content. */
  @ParameterizedTest
  @EnumSource(value = Packer.class, names = {"BZIP2", "XZ", "ZSTD"})
  void corruptDataIsNamedAsCorrupt(Packer packer) throws IOException {
    byte[] packed = packer.pack("The harbour authority said the pier will open in spring. ".repeat(200));
    for (int i = packed.length / 2; i < packed.length / 2 + 16; i++) {
      packed[i] ^= 0x5a;
    }
    Path file = root.resolve("bad.txt." + packer.extension);
    Files.write(file, packed);

    assertThat(read(file)).isEmpty();

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.skipped()).isTrue();
      assertCorruptNamedAtOrPastTheDamage(problem.message(), Compression.of(file.toString()), packed.length / 2, packed.length);
    });
  }

  /**
   * bzip2 decodes a block of up to 900 KB as it opens: damage there that breaks the block's structure (not its
   * checksum) was named "not a valid bzip2 file", as if the file were of another kind, with nowhere said.
   */
  @Test
  void aBzip2FileDamagedInItsFirstBlockIsNamedCorruptWithWhereNotAsAnotherKindOfFile() throws IOException {
    java.util.Random random = new java.util.Random(18);
    String[] words = new String[3000];
    for (int i = 0; i < words.length; i++) {
      words[i] = random.ints(6, 'a', 'q').collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
    StringBuilder text = new StringBuilder(); // invented words, so that one 900 KB block holds the whole file
    while (text.length() < 800_000) {
      text.append(words[random.nextInt(words.length)]).append(random.nextInt(40) == 0 ? "\n" : " ");
    }
    byte[] packed = Packer.BZIP2.pack(text.toString());
    int damage = 30; // in the block's coding tables, past the stream's and the block's magic: read as the file opens
    for (int i = damage; i < damage + 50; i++) {
      packed[i] ^= 0x5a;
    }
    Path file = root.resolve("first-block.txt.bz2");
    Files.write(file, packed);

    assertThat(read(file)).isEmpty();

    assertThat(problems).singleElement().satisfies(problem -> {
      assertCorruptNamedAtOrPastTheDamage(problem.message(), Compression.BZIP2, damage, packed.length);
      assertThat(problem.message()).endsWith(": nothing of it could be read");
    });
  }

  /** "corrupt xz data by byte N of the compressed file (…)", N where the decoder met the damage: not before it. */
  private static void assertCorruptNamedAtOrPastTheDamage(String message, Compression compression, int damage, int length) {
    java.util.regex.Matcher place = java.util.regex.Pattern.compile("^corrupt " + compression.label()
        + " data by byte (\\d+) of the compressed file \\(").matcher(message);
    assertThat(place.find()).as(message).isTrue();
    assertThat(Long.parseLong(place.group(1))).as(message).isBetween((long) damage, (long) length);
  }

  @Test
  void aFileThatIsNotWhatItsExtensionSaysIsNamedSo() throws IOException {
    Path file = root.resolve("notes.txt.xz");
    Files.writeString(file, "plain words, not xz at all");

    assertThat(read(file)).isEmpty();

    assertThat(problems).extracting(IngestProblem::message).singleElement().asString().startsWith("not a valid xz file (");
  }

  @ParameterizedTest
  @EnumSource(Packer.class)
  void aBombStopsPastTheExpansionLimitWithTheRecordsBeforeKept(Packer packer) throws IOException {
    // a few records, then a megabyte of empty lines: far more than 10 times its packed size, past a 64 KB floor
    Path file = root.resolve("bomb.jsonl." + packer.extension);
    Files.write(file, packer.pack(records(0, 3) + "\n".repeat(1 << 20)));

    List<SourceText> documents = new CorpusReader(this::problem).withExpansionLimit(new ExpansionLimit(10, 64 << 10)).readAll(List.of(file));

    assertThat(documents).extracting(SourceText::id).containsExactly("r0", "r1", "r2");
    assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
        .startsWith(ExpansionGuard.STOPPED).contains("more than 10 times (a decompression bomb"));
  }

  @Test
  void theDefaultLimitReadsARepetitiveFileBelowItsFloor() throws IOException {
    Path file = root.resolve("same.jsonl.zst");
    Files.write(file, Packer.ZSTD.pack(records(0, 2) + "\n".repeat(1 << 20)));

    assertThat(read(file)).hasSize(2);
    assertThat(problems).isEmpty();
  }

  @Test
  void namesAreStrippedOfEveryCompressionExtension() {
    assertThat(InputFormat.stripExtension("a/b.jsonl.zst")).isEqualTo("a/b");
    assertThat(InputFormat.stripExtension("a/b.txt.bz2")).isEqualTo("a/b");
    assertThat(InputFormat.stripExtension("a/b.html.xz")).isEqualTo("a/b");
    assertThat(InputFormat.of("CC-MAIN-1.warc.zst")).contains(InputFormat.WARC);
    assertThat(InputFormat.of("wiki.txt.zstd")).contains(InputFormat.PLAIN_TEXT);
    assertThat(InputFormat.of("archive.tar.gz")).isEmpty();
    assertThat(Compression.of("dir.zst/file.txt")).isEqualTo(Compression.NONE);
  }
}
