package org.doppel.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rewrite corpus in the layout of {@code rewrites-dev}: {@code truth.jsonl} lists each related pair
 * with its {@code category} and {@code source} (the original), {@code groups.json} maps every document
 * id to its group (an original, its rewrites and their copies). A reported pair is right when both of
 * its documents are in one group.
 *
 * @param pairs the truth pairs, siblings included
 * @param groupOf each document's group
 */
public record RewriteDevSet(List<TruthPair> pairs, Map<String, String> groupOf) {
  /** Category of two rewrites of one original, or of two copies of one text. */
  public static final String SIBLING = "sibling";

  public RewriteDevSet {
    pairs = List.copyOf(pairs);
    groupOf = Map.copyOf(groupOf);
  }

  /**
   * One truth line.
   *
   * @param key the two documents
   * @param category how the rewrite was made ({@code llmfake:rewrite}, {@code raidar:…}, {@value #SIBLING})
   * @param source the original when it is one of the two, else null
   */
  public record TruthPair(PairKey key, String category, String source) {}

  /** Reads {@code truth.jsonl} and {@code groups.json} from {@code dir}. */
  public static RewriteDevSet read(Path dir) throws EvalInputException {
    ObjectMapper json = new ObjectMapper();
    Path groupsFile = dir.resolve("groups.json");
    Path truthFile = dir.resolve("truth.jsonl");
    Map<String, String> groups = new LinkedHashMap<>();
    try {
      JsonNode root = json.readTree(groupsFile.toFile());
      if (root == null || !root.isObject()) {
        throw new EvalInputException(groupsFile + ": expected one JSON object {id: group}");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        groups.put(e.getKey(), e.getValue().asText());
      }
    } catch (JsonProcessingException e) {
      throw new EvalInputException(groupsFile + ": not valid JSON" + where(e) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw EvalInputException.reading(groupsFile, e);
    }
    List<TruthPair> pairs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          // each line is parsed alone: Jackson's own location would say line 1 whatever the file's line
          throw new EvalInputException(truthFile + ":" + lineNumber + ": not valid JSON: " + e.getOriginalMessage());
        }
        String a = text(node, "a");
        String b = text(node, "b");
        if (a == null || b == null || a.equals(b)) {
          throw new EvalInputException(truthFile + ":" + lineNumber + ": needs two distinct ids \"a\" and \"b\"");
        }
        String category = node.path("sibling").asBoolean(false) ? SIBLING : text(node, "category");
        String source = text(node, "source");
        if (source != null && !source.equals(a) && !source.equals(b)) {
          source = null;
        }
        PairKey key = a.compareTo(b) < 0 ? new PairKey(a, b) : new PairKey(b, a);
        pairs.add(new TruthPair(key, category == null ? "unlabelled" : category, source));
      }
    } catch (IOException e) {
      throw EvalInputException.reading(truthFile, e);
    }
    return new RewriteDevSet(pairs, groups);
  }

  /** " at line L, column C" of a parse error, without Jackson's note on the source it does not show. */
  private static String where(JsonProcessingException e) {
    var location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.asText().isEmpty() ? null : value.asText();
  }
}
