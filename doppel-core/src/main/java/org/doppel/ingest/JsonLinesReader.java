package org.doppel.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines stream, one document per line ({@code {"id", "text", "title"?, "url"?, "date"?, "author"?,
 * "site"?}}), with every line bounded by the document limit as it is read, so one huge or broken record costs only
 * itself. The text may also be called as the datasets call it ({@link #TEXT_FIELDS}).
 */
final class JsonLinesReader {
  /**
   * Where a record's text is, first found first: Doppel's own {@code text} (C4, FineWeb, the Pile), then
   * {@code raw_content} (RedPajama), {@code content} and {@code body}, which crawl and news datasets use. A dataset
   * that named it otherwise had every record refused, one line each.
   */
  static final List<String> TEXT_FIELDS = List.of("text", "raw_content", "content", "body");

  /**
   * Made on first use, by JSON Lines input only: building an ObjectMapper (and initialising the classes behind
   * it) was about 0.1 s of CPU on every scan, a tenth of a 10-document scan's.
   */
  private static final class Json {
    /*
     * A record is already bounded by the document limit (64 MB) as its line is read; Jackson's own bound on
     * one string (20 million characters) refused a longer text, one this reader accepts from a plain file,
     * as "not valid JSON".
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build());
  }

  /** What {@link #readOrCut} returns when the stream cannot be read on. */
  private static final int CUT = -2;

  private final Consumer<IngestProblem> problems;
  private final long maxDocumentBytes;
  /** A record's fields made its document, as a table's row's are ({@link CsvReader}). */
  private final RecordDocuments documents;

  JsonLinesReader(Consumer<IngestProblem> problems, long maxDocumentBytes) {
    this.problems = problems;
    this.maxDocumentBytes = maxDocumentBytes;
    this.documents = new RecordDocuments(problems, "record");
  }

  /**
   * Reads the records of {@code in} into {@code sink}, reporting each bad record (by {@code location} and line
   * number) and going on with the next, and ends with a note of what the file gave ("39 records read; 1 line
   * skipped"), as a crawl's note says what its records were: a user scanning an export beside a crawl sees both.
   *
   * @param fileId the id prefix of a record without an id ({@code fileId#line})
   * @throws IngestException when the whole stream is not JSON Lines (binary, or a Doppel report)
   */
  void read(InputStream in, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    LineCounts counts = new LineCounts();
    readLines(in, fileId, location, sink, counts);
    problems.accept(IngestProblem.note(location, counts.summary()));
  }

  /** Records read and lines that held something but gave no record (each named where it was met). */
  private static final class LineCounts {
    long records;
    long skipped;

    String summary() {
      return Counted.of(records, "record") + " read" + (skipped > 0 ? "; " + Counted.of(skipped, "line") + " skipped" : "");
    }
  }

  private void readLines(InputStream in, String fileId, String location, Consumer<SourceText> sink, LineCounts counts) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
    byte[] chunk = new byte[1 << 16];
    long lineNumber = 0;
    boolean tooLong = false;
    for (int read; (read = readOrCut(in, chunk, lineNumber, location)) != -1 || line.size() > 0 || tooLong; ) {
      if (read == CUT) {
        return; // the line the cut falls in is lost with the rest; the lines before it were read
      }
      if (read == -1) {
        read = 0;
      }
      if (lineNumber == 0 && line.size() == 0 && !tooLong) {
        refuseBinary(chunk, read);
      }
      int from = 0;
      while (true) {
        int newline = newlineIn(chunk, from, read);
        boolean lineEnds = newline >= 0 || read == 0;
        int end = newline >= 0 ? newline : read;
        if (!tooLong) {
          line.write(chunk, from, end - from);
          if (line.size() > maxDocumentBytes) {
            tooLong = true;
            line.reset();
          }
        }
        if (!lineEnds) {
          break;
        }
        lineNumber++;
        if (tooLong) {
          counts.skipped++;
          problems.accept(new IngestProblem(location + ":" + lineNumber, "record longer than " + maxDocumentBytes + " bytes", true));
        } else if (line.size() > 0) {
          byte[] bytes = line.toByteArray();
          Optional<SourceText> record = jsonRecord(bytes, fileId, location + ":" + lineNumber, lineNumber);
          if (record.isPresent()) {
            counts.records++;
            sink.accept(record.get());
          } else if (!isBlank(bytes)) {
            counts.skipped++;
          }
        }
        line.reset();
        tooLong = false;
        if (newline < 0) {
          break;
        }
        from = newline + 1;
      }
    }
  }

  /** The index of the first line feed in {@code chunk[from..to)}, or -1. */
  private static int newlineIn(byte[] chunk, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a line is blank: no record, and none lost. Its bytes are read as UTF-8, as {@link #jsonRecord} reads
   * them, so that a line {@link #jsonRecord} passes over in silence as blank is not counted as skipped either.
   */
  private static boolean isBlank(byte[] line) {
    return isBlank(new String(line, StandardCharsets.UTF_8));
  }

  /**
   * Whether a line holds spaces only, Unicode's as well as ASCII's (a no-break space, an em space, an ideographic
   * space, a line separator: {@link String#isBlank} leaves out the no-break ones) or a byte-order mark: what shows as a
   * blank line. An exporter that writes a paragraph's {@code &nbsp;} as U+00A0 leaves such lines, which are no record to
   * report.
   */
  static boolean isBlank(String line) {
    return line.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == BYTE_ORDER_MARK);
  }

  /**
   * A byte-order mark shows as nothing: files joined with {@code cat} carry one at the start of each later file, before
   * its first record (which Jackson reads past) or alone on an otherwise blank line.
   */
  private static final int BYTE_ORDER_MARK = 0xFEFF;

  /**
   * Throws when the stream's first {@code length} bytes are not text: one message for the file, not one for each of its
   * "lines".
   */
  private static void refuseBinary(byte[] first, int length) throws IngestException {
    refuseBinary(first, length, "JSON Lines");
  }

  /** Throws when a stream of {@code format} (a text format: "JSON Lines", "CSV") opens with {@code first[0..length)}, which are not text. */
  static void refuseBinary(byte[] first, int length, String format) throws IngestException {
    if (!TextDecoder.looksBinary(first, length)) {
      return;
    }
    if (TextDecoder.hasUtf16Mark(first, length)) {
      // a Windows tool's "Unicode" export: its NULs are half of every ASCII char, not binary data
      throw new IngestException("is UTF-16 (its byte-order mark says so), and " + format + " must be UTF-8: convert it (iconv -f UTF-16 -t UTF-8)");
    }
    throw new IngestException("looks like a binary file, not " + format + " (it contains NUL or many control bytes)");
  }

  /**
   * The next bytes of {@code in}, or {@link #CUT} when a compressed file is cut short or corrupt after {@code lines}
   * lines were read: the file is named with the lines kept ("lines 1 to 7518 are read"), where it was named
   * "(skipped)" as if none were. A stream that fails before its first line still throws (the file is skipped).
   */
  private int readOrCut(InputStream in, byte[] chunk, long lines, String location) throws IOException {
    try {
      return in.read(chunk);
    } catch (IOException e) {
      if (lines == 0) {
        throw e;
      }
      String why = ReadFailureReasons.of(e);
      problems.accept(new IngestProblem(location + ":" + (lines + 1), why + "; lines 1 to " + lines
          + " are read, this line and any after it are lost", false));
      return CUT;
    }
  }

  /**
   * The record's text field ({@link #TEXT_FIELDS}): the first that holds more than white space, else the first
   * string (blank, refused by the caller), else {@code text} as it is (null or not a string), or null.
   */
  static @org.jspecify.annotations.Nullable JsonNode textOf(JsonNode node) {
    JsonNode blank = null;
    for (String field : TEXT_FIELDS) {
      JsonNode text = node.get(field);
      if (text != null && text.isTextual()) {
        if (!text.asText().isBlank()) {
          return text;
        }
        blank = blank == null ? text : blank;
      }
    }
    return blank != null ? blank : node.get("text");
  }

  /** Whether a file's first line opens a JSON document of many lines, or an array, rather than one record. */
  private static boolean isOneJsonDocument(String firstLine) {
    String line = firstLine.strip();
    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1).strip();
    }
    return line.equals("{") || line.startsWith("[");
  }

  private Optional<SourceText> jsonRecord(byte[] bytes, String fileId, String location, long lineNumber) throws IngestException {
    String line;
    try {
      line = TextDecoder.decode(bytes, location, problems);
    } catch (IngestException e) {
      problems.accept(new IngestProblem(location, e.getMessage(), true));
      return Optional.empty();
    }
    if (isBlank(line)) {
      return Optional.empty();
    }
    try {
      if (lineNumber == 1 && isOneJsonDocument(line)) {
        // a pretty-printed object or an array: every line of it was "not valid JSON", one message each
        throw new IngestException("is one JSON document (an array, or an object over many lines), not JSON Lines "
            + "(one object a line): convert it (jq -c '.[]')");
      }
      JsonNode node = Json.MAPPER.readTree(line);
      if (node == null || !node.isObject()) {
        problems.accept(new IngestProblem(location, "not a JSON object", true));
        return Optional.empty();
      }
      node = JsonRecord.withIdAsWritten(Json.MAPPER, node, line);
      String report = lineNumber == 1 ? DoppelReports.jsonLinesReport(node) : null;
      if (report != null) {
        throw new IngestException(report); // the whole file: it is not input
      }
      return documents.document(node, fileId, location, lineNumber);
    } catch (JsonProcessingException e) {
      problems.accept(new IngestProblem(location, "not valid JSON: " + e.getOriginalMessage(), true));
      return Optional.empty();
    }
  }
}
