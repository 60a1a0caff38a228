package org.doppel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.meta.TextMetadata;

/**
 * A record's fields made its document, one way for a JSON Lines record and a table's row ({@link CsvReader}, whose cells
 * are handed over as an object of its header's names): the text is the first of {@link JsonLinesReader#TEXT_FIELDS} that
 * holds more than white space, the id its {@code "id"} (else {@code FILE#LINE}), and what it declares about itself
 * ({@link JsonRecord#metadata}) wins over what its text says. A record refused is reported by its location and skipped.
 * One of these serves one file, so that a file without ids is told so once.
 */
final class RecordDocuments {
  private final Consumer<IngestProblem> problems;
  /** What the messages call one: "record" (JSON Lines) or "row" (a table). */
  private final String noun;
  private boolean idlessNoted; // a dataset without ids (C4, RedPajama) gets one note, not one a record
  private boolean unusableIdNoted; // likewise a dataset whose ids are objects ({"id": {"value": …}})

  RecordDocuments(Consumer<IngestProblem> problems, String noun) {
    this.problems = problems;
    this.noun = noun;
  }

  /** The document of the record {@code node}, read at {@code location} (its file's line {@code lineNumber}), or empty when it is refused. */
  Optional<SourceText> document(JsonNode node, String fileId, String location, long lineNumber) {
    JsonNode text = JsonLinesReader.textOf(node);
    if (text == null || !text.isTextual()) {
      // serve's API takes {"html": ...} records, so a file of them is a natural thing to try here
      problems.accept(new IngestProblem(location, noun + " has no \"text\" string (nor \"raw_content\", \"content\" or \"body\")" + (node.has("html")
          ? " (an \"html\" record is read only by serve's API; give the page as an .html file or its text as \"text\")" : ""), true));
      return Optional.empty();
    }
    if (text.asText().isBlank()) {
      // an empty file is refused as one; an empty record read as a document made every such record of a crawl
      // one "duplicate" set, and a document of no words
      problems.accept(new IngestProblem(location, noun + "'s text is empty" + (text.asText().isEmpty() ? "" : " (white space only)"), true));
      return Optional.empty();
    }
    String id = idOf(node, fileId, location, lineNumber);
    String published = JsonRecord.publishedField(node);
    if (published != null && DeclaredDate.unreadable(node.get(published))) {
      problems.accept(new IngestProblem(location, "\"" + published + "\" " + node.get(published) + " is not a date Doppel reads (2024-03-12, "
          + "Tue, 12 Mar 2024 09:00:00 GMT, 12 March 2024 or a Unix time); the " + noun + " is read without it", false));
    }
    // what the record declares wins; the text fills in what it leaves out
    ArticleMetadata metadata = JsonRecord.metadata(node, TextMetadata.extract(text.asText()));
    return Optional.of(new SourceText(id, text.asText(), location, metadata));
  }

  /**
   * The record's id as written (a string or a number), else {@code FILE#LINE}; the first record of a file named so is
   * said once, with why (no id, or an id that is an object, an array or a boolean).
   */
  private String idOf(JsonNode node, String fileId, String location, long lineNumber) {
    String unusable = JsonRecord.unusableId(node.get("id"));
    String id = unusable == null ? ArticleMetadataJson.textField(node, "id") : null;
    if (id == null || id.isEmpty()) {
      id = fileId + "#" + lineNumber;
      if (unusable != null) {
        if (!unusableIdNoted) {
          unusableIdNoted = true;
          problems.accept(new IngestProblem(location, noun + "'s \"id\" is " + unusable + ", not a string or number; using " + id
              + " (every " + noun + " of this file whose id is not a string or number is named by its line so; this warning is given once)", false));
        }
      } else if (!idlessNoted) {
        idlessNoted = true;
        problems.accept(new IngestProblem(location, noun + " has no \"id\"; using " + id
            + " (every " + noun + " of this file without one is named by its line so; this note is given once)", false));
      }
    }
    return id;
  }
}
