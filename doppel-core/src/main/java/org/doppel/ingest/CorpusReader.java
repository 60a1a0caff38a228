package org.doppel.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.doppel.ingest.meta.TextMetadata;
import org.jsoup.Jsoup;

/**
 * Reads documents from files and folders (recursively, in name order): plain text, JSON Lines and
 * HTML, each optionally gzip-compressed. Every file or record that cannot be read is reported to the
 * problem sink with its location and the reason, and reading goes on with the next one.
 *
 * <p>Memory is bounded: a single document over {@code maxDocumentBytes} (after decompression) is
 * refused, and JSON Lines files are streamed a line at a time.
 */
public final class CorpusReader {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final long maxDocumentBytes;
  private final Consumer<IngestProblem> problems;

  public CorpusReader(Consumer<IngestProblem> problems) {
    this(problems, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public CorpusReader(Consumer<IngestProblem> problems, long maxDocumentBytes) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be >= 1, got " + maxDocumentBytes);
    }
    this.problems = problems;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** Reads every document under {@code roots} into {@code sink}. */
  public void read(List<Path> roots, Consumer<SourceText> sink) {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        problems.accept(new IngestProblem(root.toString(), "no such file or folder", true));
      } else if (Files.isDirectory(root)) {
        for (Path file : filesUnder(root)) {
          readFile(file, root.relativize(file).toString().replace('\\', '/'), sink, true);
        }
      } else {
        readFile(root, root.getFileName().toString(), sink, false);
      }
    }
  }

  /** Reads every document under {@code roots} into a list. */
  public List<SourceText> readAll(List<Path> roots) {
    List<SourceText> out = new ArrayList<>();
    read(roots, out::add);
    return out;
  }

  private List<Path> filesUnder(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.accept(new IngestProblem(root.toString(), "cannot list folder: " + e.getMessage(), true));
      return List.of();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(Path file, String relativeName, Consumer<SourceText> sink, boolean fromFolder) {
    Optional<InputFormat> format = InputFormat.of(file.getFileName().toString());
    String location = file.toString();
    if (format.isEmpty()) {
      problems.accept(new IngestProblem(location, "not a supported file type (.txt, .md, .jsonl, .html, optionally .gz)", true));
      return;
    }
    String id = InputFormat.stripExtension(relativeName);
    try {
      switch (format.get()) {
        case PLAIN_TEXT -> {
          String text = TextDecoder.decode(readBounded(file), location, problems);
          sink.accept(new SourceText(id, text, location, TextMetadata.extract(text)));
        }
        case HTML -> sink.accept(readHtml(file, id, location));
        case JSON_LINES -> readJsonLines(file, id, location, sink);
      }
    } catch (IngestException e) {
      problems.accept(new IngestProblem(location, e.getMessage(), true));
    } catch (IOException e) {
      problems.accept(new IngestProblem(location, describe(e), true));
    }
  }

  private SourceText readHtml(Path file, String id, String location) throws IOException {
    byte[] bytes = readBounded(file);
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    org.jsoup.nodes.Document page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
    String title = HtmlText.title(page);
    String body = HtmlText.body(page);
    if (body.isBlank() && title == null) {
      throw new IngestException("HTML page has no text");
    }
    String text = title == null ? body : title + "\n\n" + body;
    Optional<String> url = Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(e -> e.attr("href"));
    ArticleMetadata metadata = new ArticleMetadata(title, null, null, null, null, url.filter(u -> !u.isBlank()).orElse(null), null, null, null, null);
    return new SourceText(id, text, location, metadata);
  }

  private void readJsonLines(Path file, String fileId, String location, Consumer<SourceText> sink) throws IOException {
    try (InputStream in = open(file)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
      byte[] chunk = new byte[1 << 16];
      long lineNumber = 0;
      boolean tooLong = false;
      for (int read; (read = in.read(chunk)) != -1 || line.size() > 0 || tooLong; ) {
        int from = 0;
        if (read == -1) {
          read = 0;
        }
        while (true) {
          int newline = -1;
          for (int i = from; i < read; i++) {
            if (chunk[i] == '\n') {
              newline = i;
              break;
            }
          }
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
            problems.accept(new IngestProblem(location + ":" + lineNumber, "record longer than " + maxDocumentBytes + " bytes", true));
          } else if (line.size() > 0) {
            jsonRecord(line.toByteArray(), fileId, location + ":" + lineNumber, lineNumber).ifPresent(sink);
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
  }

  private Optional<SourceText> jsonRecord(byte[] bytes, String fileId, String location, long lineNumber) {
    String line;
    try {
      line = TextDecoder.decode(bytes, location, problems);
    } catch (IngestException e) {
      problems.accept(new IngestProblem(location, e.getMessage(), true));
      return Optional.empty();
    }
    if (line.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        problems.accept(new IngestProblem(location, "not a JSON object", true));
        return Optional.empty();
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual()) {
        problems.accept(new IngestProblem(location, "record has no \"text\" string", true));
        return Optional.empty();
      }
      String id = textOf(node, "id");
      if (id == null || id.isEmpty()) {
        id = fileId + "#" + lineNumber;
        problems.accept(new IngestProblem(location, "record has no \"id\"; using " + id, false));
      }
      // what the record declares wins; the text fills in what it leaves out
      ArticleMetadata metadata = declaredMetadata(node).orElse(TextMetadata.extract(text.asText()));
      return Optional.of(new SourceText(id, text.asText(), location, metadata));
    } catch (JsonProcessingException e) {
      problems.accept(new IngestProblem(location, "not valid JSON: " + e.getOriginalMessage(), true));
      return Optional.empty();
    }
  }

  /** The fields a JSON Lines record may declare about itself: title, url, author, site and an ISO date. */
  private static ArticleMetadata declaredMetadata(JsonNode node) {
    String date = textOf(node, "date");
    java.time.LocalDate day = null;
    if (date != null && date.length() >= 10) {
      try {
        day = java.time.LocalDate.parse(date.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        day = null; // an unreadable date is no date; the text may still carry one
      }
    }
    java.util.Map<String, String> evidence = new java.util.LinkedHashMap<>();
    for (String field : new String[] {"title", "url", "author", "site"}) {
      if (textOf(node, field) != null) {
        evidence.put(field, "jsonl");
      }
    }
    if (day != null) {
      evidence.put("date", "jsonl");
    }
    return new ArticleMetadata(textOf(node, "title"), textOf(node, "author"), day, null, textOf(node, "site"), textOf(node, "url"), null, null, null, evidence);
  }

  private static String textOf(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      try {
        return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
      } catch (ZipException | EOFException e) {
        raw.close();
        throw new IngestException("not a valid gzip file (" + e.getMessage() + ")");
      }
    }
    return raw;
  }

  private byte[] readBounded(Path file) throws IOException {
    if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz") && Files.size(file) > maxDocumentBytes) {
      throw new IngestException("file is " + Files.size(file) + " bytes, over the limit of " + maxDocumentBytes + " bytes for one document");
    }
    try (InputStream in = open(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
      if (bytes.length > maxDocumentBytes) {
        throw new IngestException("document is over the limit of " + maxDocumentBytes + " bytes (after decompression)");
      }
      return bytes;
    }
  }

  private static String describe(IOException e) {
    if (e instanceof EOFException || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB")) {
      return "file is truncated (unexpected end of compressed data)";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data (" + e.getMessage() + ")";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "cannot decode text";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
