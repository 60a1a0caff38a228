package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables read a row a document ({@link CsvReader}), their columns as a JSON Lines record's fields. */
class CsvReaderTest {
  @TempDir Path root;
  private final List<IngestProblem> problems = new ArrayList<>();

  private List<SourceText> read(String name, String content) throws IOException {
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private List<SourceText> read(String name, byte[] content) throws IOException {
    Path file = root.resolve(name);
    Files.write(file, content);
    return new CorpusReader(problems::add).readAll(List.of(file));
  }

  private List<String> messages() {
    return problems.stream().map(p -> p.location().replace(root + "/", "") + ": " + p.message()).toList();
  }

  @Test
  void aRowIsReadAsTheSameRecordInJsonLinesIs() throws IOException {
    List<SourceText> rows = read("news.csv", """
        id,url,title,text,date,author,site
        n1,https://x.example/1,Flood,"Heavy rain fell all night.

        The river burst its banks.",2019-03-03,Ann Hale,Valley News
        """);
    List<SourceText> records = read("news.jsonl", """
        {"id": "n1", "url": "https://x.example/1", "title": "Flood", "text": "Heavy rain fell all night.\\n\\nThe river burst its banks.", \
        "date": "2019-03-03", "author": "Ann Hale", "site": "Valley News"}
        """);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).id()).isEqualTo("n1");
    assertThat(rows.get(0).text()).isEqualTo(records.get(0).text()).contains("\n\nThe river");
    assertThat(rows.get(0).metadata()).isEqualTo(records.get(0).metadata());
    assertThat(rows.get(0).metadata().date()).isEqualTo(LocalDate.of(2019, 3, 3));
    assertThat(rows.get(0).origin()).endsWith("news.csv:2");
    assertThat(messages()).containsExactly("news.csv: 1 row read", "news.jsonl: 1 record read");
  }

  @Test
  void aSpreadsheetsSemicolonsByteOrderMarkCapitalisedNamesAndCarriageReturnsAreRead() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] table = "ID;Title;Content;Published\r\n7;Brücke;\"Engineers; the bridge \"\"opens\"\" Monday.\";2024-03-12\r\n8;Rain;All night.;\r\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + table.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(table, 0, content, bom.length, table.length);
    List<SourceText> rows = read("export.csv", content);
    assertThat(rows).extracting(SourceText::id).containsExactly("7", "8");
    assertThat(rows.get(0).text()).isEqualTo("Engineers; the bridge \"opens\" Monday.");
    assertThat(rows.get(0).metadata().title()).isEqualTo("Brücke");
    assertThat(rows.get(0).metadata().date()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(rows.get(1).metadata().date()).isNull(); // an empty cell is no date, and no warning
    assertThat(messages()).containsExactly("export.csv: 2 rows read");
  }

  @Test
  void aTsvIsCutAtTabsOnlyAndItsCommasStayInTheText() throws IOException {
    List<SourceText> rows = read("rows.tsv", "id\tbody\na\tOne, two, three.\nb\tFour; five.\n");
    assertThat(rows).extracting(SourceText::text).containsExactly("One, two, three.", "Four; five.");
  }

  @Test
  void aRowOfTheWrongNumberOfCellsIsNamedByItsLineAndSkippedAndTheRunGoesOn() throws IOException {
    List<SourceText> rows = read("bad.csv", "id,text\na,\"First,\nof two lines\"\nb,Second,extra\nc,Third\n\nd,\n");
    assertThat(rows).extracting(SourceText::id).containsExactly("a", "c");
    assertThat(rows.get(0).text()).isEqualTo("First,\nof two lines");
    assertThat(messages()).containsExactly(
        "bad.csv:4: row has 3 cells, the header 2 columns (an unquoted separator or line break in a cell?)",
        "bad.csv:7: row's text is empty",
        "bad.csv: 2 rows read; 2 rows skipped");
  }

  @Test
  void aTableWithoutATextColumnIsNamedWithTheColumnsItHasAndDoppelsReportIsKnown() throws IOException {
    assertThat(read("people.csv", "name;email;phone\nAnn;a@x.example;1\n")).isEmpty();
    assertThat(read("pairs.csv", "\uFEFFa,b,relation,score,passage\nx,y,partial,0.5,z\n")).isEmpty();
    assertThat(read("empty.csv", "\n\n")).isEmpty();
    assertThat(messages()).containsExactly(
        "people.csv: has no text column (\"text\", \"raw_content\", \"content\" or \"body\") in its header row; its columns are"
            + " \"name\", \"email\", \"phone\" (separated by ';')",
        "pairs.csv: a pair report Doppel wrote (columns of \"a\", \"b\", \"relation\"), not documents",
        "empty.csv: has no header row (a table's first row names its columns, one of them \"text\")");
  }

  @Test
  void rowsWithoutIdsAreNamedByTheirLineOnceSaidAndARepeatedIdGetsTheRecordsAdvice() throws IOException {
    List<SourceText> rows = read("noids.csv", "title,text\nA,\"One\ntwo\"\nB,Three\n");
    assertThat(rows).extracting(SourceText::id).containsExactly("noids#2", "noids#4");
    assertThat(messages()).startsWith("noids.csv:2: row has no \"id\"; using noids#2 (every row of this file without one is named by"
        + " its line so; this note is given once)");
    assertThat(DuplicateIdAdvice.of("x/a.csv:2", "x/a.csv:9")).isEqualTo("the file holds this id twice; the first is kept");
    assertThat(DuplicateIdAdvice.of("x/a.csv:2", "y/a.txt")).startsWith("a record's id is its own \"id\" field");
  }

  @Test
  void aRowOverTheDocumentLimitCostsOnlyItselfAndAnUnreadableDateOnlyItsDate() throws IOException {
    Path file = root.resolve("big.csv");
    Files.writeString(file, "id,text,date\na,short,soon\nb,\"" + "x".repeat(5000) + "\nmore\",2024-01-01\nc,after,2024-01-02\n");
    List<SourceText> rows = new CorpusReader(problems::add, 1000).readAll(List.of(file));
    assertThat(rows).extracting(SourceText::id).containsExactly("a", "c");
    assertThat(messages()).containsExactly(
        "big.csv:2: \"date\" \"soon\" is not a date Doppel reads (2024-03-12, Tue, 12 Mar 2024 09:00:00 GMT, 12 March 2024 or a Unix time);"
            + " the row is read without it",
        "big.csv:3: row longer than 1000 bytes",
        "big.csv: 2 rows read; 1 row skipped");
  }

  @Test
  void binaryUtf16AndInvalidUtf8AreTreatedAsInTheOtherReaders() throws IOException {
    assertThat(read("zip.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9, 'a', 0, 'b'})).isEmpty();
    assertThat(read("utf16.csv", "\uFEFFid,text\n".getBytes(StandardCharsets.UTF_16LE))).isEmpty();
    byte[] latin = "id,text\na,Caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    List<SourceText> rows = read("latin.csv", latin);
    assertThat(rows).extracting(SourceText::text).containsExactly("Caf\u00e9 au lait");
    assertThat(messages().get(0)).startsWith("zip.csv: looks like a binary file, not CSV");
    assertThat(messages().get(1)).startsWith("utf16.csv: is UTF-16 (its byte-order mark says so), and CSV must be UTF-8");
    assertThat(messages()).anyMatch(m -> m.startsWith("latin.csv:2: ")).contains("latin.csv: 1 row read");
  }

  @Test
  void aTruncatedGzipKeepsTheRowsBeforeTheCutAndSaysWhichLinesWereRead() throws IOException {
    StringBuilder table = new StringBuilder("id,text\n");
    for (int i = 0; i < 3000; i++) {
      table.append(i).append(",\"Row ").append(i).append(" of a long export, with words that do not compress to nothing ").append(i * 7919 % 1000).append("\"\n");
    }
    byte[] gz = gzip(table.toString());
    List<SourceText> rows = read("cut.csv.gz", Arrays.copyOf(gz, gz.length / 2));
    assertThat(rows).hasSizeBetween(100, 2999);
    SourceText last = rows.get(rows.size() - 1); // whole: the row the cut falls in is lost, not read in part
    assertThat(last.id()).isEqualTo(String.valueOf(rows.size() - 1));
    assertThat(last.text()).endsWith(" " + (rows.size() - 1) * 7919 % 1000);
    assertThat(messages()).anyMatch(m -> m.matches("cut\\.csv\\.gz:\\d+: .*; lines 1 to \\d+ are read, this row and any after it are lost"));
  }

  @Test
  void aTableInAnArchiveAndOnStandardInputIsReadAsAFileIs() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("2024/rows.csv"));
      out.write("id,text\nz1,Zipped row.\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThat(read("export.zip", zip.toByteArray())).extracting(SourceText::id, SourceText::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("z1", "Zipped row."));
    List<SourceText> piped = new CorpusReader(problems::add).withStandardInput(new ByteArrayInputStream(
        gzip("id\tcontent\ns1\tPiped, with a comma.\n"))).readAll(List.of(Path.of("-")));
    assertThat(piped).extracting(SourceText::id, SourceText::text).containsExactly(org.assertj.core.groups.Tuple.tuple("s1", "Piped, with a comma."));
    List<SourceText> prose = new CorpusReader(problems::add).withStandardInput(new ByteArrayInputStream(
        "Text, body and content: a plain first line.\nMore.".getBytes(StandardCharsets.UTF_8))).readAll(List.of(Path.of("-")));
    assertThat(prose).extracting(SourceText::id).containsExactly("stdin");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
