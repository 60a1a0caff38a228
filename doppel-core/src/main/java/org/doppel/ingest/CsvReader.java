package org.doppel.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table (a {@code .csv} or {@code .tsv} export: a CMS dump, a scraped table, a news dataset), one document a
 * row, its first row the header that names the columns. The columns are read as a JSON Lines record's fields are
 * ({@link RecordDocuments}): the text from {@code text}, {@code raw_content}, {@code content} or {@code body}, the id from
 * {@code id}, and {@code title}, {@code url}, {@code author}, {@code site} and the dates under the names a record gives
 * them; a header's names are read without case and surrounding spaces ({@code Title} is {@code title}), as a
 * spreadsheet's are often written. An empty cell is no value.
 *
 * <p>A row's cells are parsed by Apache Commons CSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes),
 * the rows cut one at a time from the stream ({@link CsvRows}), so a file of millions of rows is never held whole and
 * a row over the document limit costs only itself. A {@code .csv} is separated by commas, or by semicolons (a European
 * spreadsheet's) or tabs when its header holds more of those; a {@code .tsv} by tabs. A row whose cells are not as many
 * as the header's is reported by its line and skipped.
 */
final class CsvReader {
  /** The separators a {@code .csv} (or standard input) may use, the first taken on a tie. */
  private static final char[] SEPARATORS = {',', ';', '\t'};
  /** Header names said at most when a file has no text column. */
  private static final int NAMES_SHOWN = 20;

  private final Consumer<IngestProblem> problems;
  private final long maxDocumentBytes;
  private final RecordDocuments documents;

  CsvReader(Consumer<IngestProblem> problems, long maxDocumentBytes) {
    this.problems = problems;
    this.maxDocumentBytes = maxDocumentBytes;
    this.documents = new RecordDocuments(problems, "row");
  }

  /** Whether {@code fileName} (compressed or not) is a {@code .tsv}, which is separated by tabs only. */
  static boolean isTsv(String fileName) {
    return Compression.strip(fileName.toLowerCase(Locale.ROOT)).endsWith(".tsv");
  }

  /**
   * Reads the rows of {@code in} into {@code sink}, reporting each bad row (by {@code location} and the line it starts
   * on) and going on with the next, and ends with a note of what the file gave ("39 rows read; 1 row skipped").
   *
   * @param fileId the id prefix of a row without an id ({@code fileId#LINE})
   * @param tabs whether the table is separated by tabs (a {@code .tsv}); else its header says
   * @throws IngestException when the whole stream is no table of documents (binary, no header, no text column, a report)
   */
  void read(InputStream in, String fileId, String location, boolean tabs, Consumer<SourceText> sink) throws IOException {
    CsvRows rows = new CsvRows(in, maxDocumentBytes, location, problems);
    byte[] head = rows.head();
    JsonLinesReader.refuseBinary(head, head.length, "CSV");
    Header header = header(rows, location, tabs);
    rows.separatedBy(header.separator());
    long read = 0;
    long skipped = 0;
    for (CsvRows.Row row; (row = rows.next()) != null; ) {
      String rowLocation = location + ":" + row.firstLine();
      if (row.tooLong()) {
        skipped++;
        problems.accept(new IngestProblem(rowLocation, "row longer than " + maxDocumentBytes + " bytes", true));
        continue;
      }
      if (row.bytes().length == 0) {
        continue; // a blank line
      }
      String text = decoded(row.bytes(), rowLocation);
      if (text == null || JsonLinesReader.isBlank(text)) {
        skipped += text == null ? 1 : 0;
        continue;
      }
      List<String> cells = cells(text, header.format(), rowLocation);
      if (cells != null && cells.size() != header.names().size()) {
        problems.accept(new IngestProblem(rowLocation, "row has " + Counted.of(cells.size(), "cell") + ", the header "
            + Counted.of(header.names().size(), "column") + " (an unquoted separator or line break in a cell?)", true));
        cells = null;
      }
      Optional<SourceText> document = cells == null ? Optional.empty()
          : documents.document(header.record(cells), fileId, rowLocation, row.firstLine());
      if (document.isPresent()) {
        read++;
        sink.accept(document.get());
      } else {
        skipped++;
      }
    }
    problems.accept(IngestProblem.note(location, Counted.of(read, "row") + " read" + (skipped > 0 ? "; " + Counted.of(skipped, "row") + " skipped" : "")));
  }

  /** The header row: its names (lower case, trimmed), its separator and the format its rows are parsed with. */
  private record Header(List<String> names, char separator, CSVFormat format) {
    /** A row's cells as a record's fields: a text column's cell as it is, another's only when it holds more than white space. */
    ObjectNode record(List<String> cells) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (node.has(name)) {
          continue; // a name given twice: the first column of it is read
        }
        String cell = cells.get(i);
        if (JsonLinesReader.TEXT_FIELDS.contains(name) || !cell.isBlank()) {
          node.put(name, cell);
        }
      }
      return node;
    }
  }

  /** The stream's first row, which names the columns; throws when there is none, or it names no text column. */
  private Header header(CsvRows rows, String location, boolean tabs) throws IOException {
    CsvRows.Row row = rows.next();
    while (row != null && !row.tooLong() && JsonLinesReader.isBlank(new String(row.bytes(), StandardCharsets.UTF_8))) {
      row = rows.next();
    }
    if (row == null) {
      throw new IngestException("has no header row (a table's first row names its columns, one of them \"text\")");
    }
    if (row.tooLong()) {
      throw new IngestException("has a first row longer than " + maxDocumentBytes + " bytes, which is no header");
    }
    String line = stripByteOrderMark(TextDecoder.decode(row.bytes(), location + ":" + row.firstLine(), problems));
    char separator = tabs ? '\t' : separatorOf(line);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
    List<String> cells = cells(line, format, location + ":" + row.firstLine());
    if (cells == null) {
      throw new IngestException("has a header row that is not valid CSV (see the problem above)");
    }
    List<String> names = cells.stream().map(name -> stripByteOrderMark(name).strip().toLowerCase(Locale.ROOT)).toList();
    if (names.stream().noneMatch(JsonLinesReader.TEXT_FIELDS::contains)) {
      String report = DoppelReports.csvReport(names);
      throw new IngestException(report != null ? report : "has no text column (\"text\", \"raw_content\", \"content\" or \"body\") in its header row;"
          + " its columns are " + shown(names) + (tabs ? "" : " (separated by '" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "')"));
    }
    return new Header(names, separator, format);
  }

  /** The header's names as a message lists them: quoted, the first {@link #NAMES_SHOWN} of many. */
  private static String shown(List<String> names) {
    String listed = names.stream().limit(NAMES_SHOWN).map(name -> "\"" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\"")
        .collect(Collectors.joining(", "));
    return listed + (names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "");
  }

  /** The separator a header row uses: of {@link #SEPARATORS}, the one that cuts it into the most cells (a comma on a tie). */
  static char separatorOf(String header) {
    char best = SEPARATORS[0];
    int most = 0;
    for (char separator : SEPARATORS) {
      List<String> cells = cellsOrWhy(header, CSVFormat.RFC4180.builder().setDelimiter(separator).get(), null);
      int count = cells == null ? 0 : cells.size();
      if (count > most) {
        most = count;
        best = separator;
      }
    }
    return best;
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** A row's text, or null (reported) when its bytes are not text. */
  private @Nullable String decoded(byte[] bytes, String location) {
    try {
      return TextDecoder.decode(bytes, location, problems);
    } catch (IngestException e) {
      problems.accept(new IngestProblem(location, e.getMessage(), true));
      return null;
    }
  }

  /** The cells of one row, or null when it is not valid CSV (reported at {@code location}). */
  private @Nullable List<String> cells(String row, CSVFormat format, String location) {
    return cellsOrWhy(row, format, why -> problems.accept(new IngestProblem(location, why, true)));
  }

  /** The cells of one row by Commons CSV, or null, said to {@code why} (when given), when it is not one valid row. */
  private static @Nullable List<String> cellsOrWhy(String row, CSVFormat format, @Nullable Consumer<String> why) {
    String line = row.endsWith("\r") ? row.substring(0, row.length() - 1) : row;
    try (CSVParser parser = CSVParser.parse(line, format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() == 1) {
        return new ArrayList<>(records.get(0).toList());
      }
      if (why != null) {
        why.accept("not valid CSV: a carriage return outside quotes cuts the row in " + records.size());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      if (why != null) {
        why.accept("not valid CSV: " + e.getMessage());
      }
    }
    return null;
  }
}
