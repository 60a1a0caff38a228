package org.doppel.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.meta.TextMetadata;

/**
 * Scores {@link TextMetadata} on a reuse corpus whose {@code docs.jsonl} records, per document,
 * the site, publication time, date line, byline and attribution it was made with (the format of
 * {@code shared/data/reuse-dev}). Every document is scored on every field, so a value found
 * where the document shows none counts as wrong:
 *
 * <ul>
 *   <li>site: equals {@code params.site};
 *   <li>date: with a date line, the day of {@code params.published}, and its minute too when the
 *       line shows a time; without one, no date;
 *   <li>byline: the byline's names ("By Jane Voe, Business correspondent" → "Jane Voe"; "Staff
 *       reporter" as written); without one, no author;
 *   <li>attribution: an attribution whose source name is the credited site; without one, none.
 * </ul>
 */
public final class TextMetadataEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("site", "date", "byline", "attribution");

  /** One document's miss on one field, for the report. */
  public record Miss(String id, String field, String expected, String found) {}

  /** Per-field accuracy, in the order site, date, byline, attribution, and every miss. */
  public record Result(int documents, List<FieldAccuracy> fields, List<Miss> misses) {}

  private TextMetadataEvaluation() {}

  /**
   * Reads {@code docsJsonl} and each document {@code corpus/<id>.txt} and scores the extraction.
   *
   * @throws EvalInputException when a file is missing or a record is not the expected JSON
   */
  public static Result evaluate(Path docsJsonl, Path corpus) throws EvalInputException {
    int[] correct = new int[FIELDS.size()];
    List<Miss> misses = new ArrayList<>();
    int documents = 0;
    try (BufferedReader in = Files.newBufferedReader(docsJsonl, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = JSON.readTree(line);
        String id = doc.path("id").asText(null);
        JsonNode params = doc.path("params");
        if (id == null || !params.isObject()) {
          throw new EvalInputException(docsJsonl + ":" + lineNumber + ": a record needs \"id\" and \"params\"");
        }
        Path file = corpus.resolve(id + ".txt");
        if (!Files.isRegularFile(file)) {
          throw new EvalInputException(file + ": missing (named by " + docsJsonl + ":" + lineNumber + ")");
        }
        ArticleMetadata found = TextMetadata.extract(Files.readString(file, StandardCharsets.UTF_8));
        documents++;
        String[] expected = expectations(params);
        String[] got = {found.site(), dateOf(found, params), found.author(), attributionNaming(found, ArticleMetadataJson.textField(params.path("attribution"), "site"))};
        for (int f = 0; f < FIELDS.size(); f++) {
          if (Objects.equals(expected[f], got[f])) {
            correct[f]++;
          } else {
            misses.add(new Miss(id, FIELDS.get(f), expected[f], f == 3 ? describe(found) : got[f]));
          }
        }
      }
    } catch (NoSuchFileException e) {
      throw new EvalInputException(e.getFile() + ": no such file");
    } catch (CharacterCodingException e) {
      throw new EvalInputException(docsJsonl + " or a file it names: not UTF-8 text", e);
    } catch (IOException e) {
      // The exception's message alone can be just the path (NoSuchFileException, AccessDeniedException): say what it is.
      throw new EvalInputException(docsJsonl + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
    List<FieldAccuracy> fields = new ArrayList<>();
    for (int f = 0; f < FIELDS.size(); f++) {
      fields.add(new FieldAccuracy(FIELDS.get(f), correct[f], documents));
    }
    return new Result(documents, fields, misses);
  }

  private static String[] expectations(JsonNode params) {
    String dateLine = ArticleMetadataJson.textField(params, "date_line");
    String published = ArticleMetadataJson.textField(params, "published");
    String date = null;
    if (dateLine != null && published != null) {
      LocalDateTime when = LocalDateTime.parse(published);
      date = dateLine.contains(":") ? when.toString() : when.toLocalDate().toString();
    }
    String byline = ArticleMetadataJson.textField(params, "byline");
    String names = byline == null ? null : byline
        .replaceFirst("^(?:By|Reporting by|Written by)\\s+", "")
        .replaceFirst(",\\s*[^,]*correspondent$", "");
    String credited = ArticleMetadataJson.textField(params.path("attribution"), "site");
    return new String[] {ArticleMetadataJson.textField(params, "site"), date, names, credited};
  }

  /** The found date as the expectation is written: with the minute when the date line shows a time. */
  private static String dateOf(ArticleMetadata found, JsonNode params) {
    if (found.date() == null) {
      return null;
    }
    String dateLine = ArticleMetadataJson.textField(params, "date_line");
    if (dateLine != null && dateLine.contains(":")) {
      return found.time() == null ? found.date().toString() : LocalDateTime.of(found.date(), found.time()).toString();
    }
    return found.date().toString();
  }

  /** The credited site when an attribution names it; otherwise a description of what was found. */
  private static String attributionNaming(ArticleMetadata found, String credited) {
    if (credited == null) {
      return found.attributions().isEmpty() ? null : describe(found);
    }
    boolean named = found.attributions().stream().anyMatch(a -> credited.equals(a.sourceName()));
    return named && found.attributions().size() == 1 ? credited : describe(found);
  }

  private static String describe(ArticleMetadata found) {
    return found.attributions().isEmpty() ? null : found.attributions().toString();
  }
}
