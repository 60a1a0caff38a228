package org.doppel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import org.doppel.DoppelIndex.QueryResult;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.SourceText;
import org.doppel.report.JsonLinesReport;

/** The JSON the API answers: a document whole or in summary, a query's matches, an error; and writing it. */
final class JsonAnswers {
  private JsonAnswers() {}

  static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json; charset=utf-8").result(node.toString());
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status);
    json(ctx, JsonErrorHandler.body(status, message == null ? "error" : message));
  }

  /** The pair objects of JSON Lines reports, the query as {@code a}, each with the matched document's metadata. */
  static ArrayNode matches(QueryResult result) throws IOException {
    StringWriter lines = new StringWriter();
    new JsonLinesReport(id -> result.documents().get(id).text()).withProvenance(result.provenance())
        .withPhotos(result::photosOf).withFirst(result.query().id()).write(result.pairs(), lines);
    ArrayNode matches = StrictJson.MAPPER.createArrayNode();
    for (String line : lines.toString().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode pair = (ObjectNode) StrictJson.MAPPER.readTree(line);
      ArticleMetadata meta = result.documents().get(pair.get("b").asText()).metadata();
      pair.put("title", meta.title());
      pair.put("site", meta.site());
      // with its time and zone where known, as the command line shows it: a fact-checker orders the copies of one day
      pair.put("date", meta.dateText());
      putShownDate(pair, meta);
      pair.put("url", meta.url());
      matches.add(pair);
    }
    return matches;
  }

  static ObjectNode summary(SourceText source) {
    ArticleMetadata meta = source.metadata();
    ObjectNode node = StrictJson.MAPPER.createObjectNode().put("id", source.id()).put("title", meta.title()).put("site", meta.site())
        .put("date", meta.dateText()).put("url", meta.url());
    putShownDate(node, meta);
    return node;
  }

  /**
   * {@code "date_shown"}, where the date is a crawl's day and not the page's own ("crawled 2026-08-15",
   * {@link ArticleMetadata#shownDate}): the page shows it so, and {@code "date"} stays the value a script compares.
   */
  private static void putShownDate(ObjectNode node, ArticleMetadata meta) {
    if (meta.datedByCrawl()) {
      node.put("date_shown", meta.shownDate());
    }
  }

  static ObjectNode document(SourceText source) {
    ObjectNode node = StrictJson.MAPPER.createObjectNode().put("id", source.id()).put("text", source.text());
    node.set("metadata", ArticleMetadataJson.toNode(source.metadata()));
    return node;
  }
}
