package org.doppel.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ExtractedPage;
import org.doppel.ingest.TerminalText;
import org.jspecify.annotations.Nullable;

/**
 * Shows what Doppel read from a web page: as one JSON object per page (for programs) or as a header of
 * metadata, each value with where it was found, followed by the body (for people).
 */
public final class ExtractedPageReport {
  /**
   * The mapper for the JSON format, made the first time a page is written as JSON: made when this class loaded, it
   * started Jackson (its date formats and the calendar data) in every text extract too.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private ExtractedPageReport() {}

  /**
   * One line of JSON: {@code {"id","path","url","title","author","date","site","language","body",
   * "images":[{"url","caption","credit"}],"attributions":[{"text","source_name"}],"evidence":{…}}}.
   */
  public static void writeJson(ExtractedPage page, PrintWriter out) {
    ArticleMetadata meta = page.article().metadata();
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", page.id());
    node.put("path", page.location());
    node.put("url", page.url() != null ? page.url() : meta.url());
    node.put("title", meta.title());
    node.put("author", meta.author());
    node.put("date", meta.date() == null ? null : meta.date().toString());
    node.put("site", meta.site());
    node.put("language", meta.language());
    node.put("body", page.article().body());
    ArrayNode images = node.putArray("images");
    for (ArticleMetadata.Image image : meta.images()) {
      images.addObject().put("url", image.url()).put("caption", image.caption()).put("credit", image.credit());
    }
    ArrayNode attributions = node.putArray("attributions");
    for (ArticleMetadata.Attribution attribution : meta.attributions()) {
      attributions.addObject().put("text", attribution.text()).put("source_name", attribution.sourceName());
    }
    ObjectNode evidence = node.putObject("evidence");
    meta.evidence().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> evidence.put(e.getKey(), e.getValue()));
    out.println(node.toString());
  }

  /** A readable header (one line per known field, with its source) and the body. */
  public static void writeText(ExtractedPage page, PrintWriter out) {
    ArticleMetadata meta = page.article().metadata();
    Map<String, String> evidence = meta.evidence();
    out.println("== " + TerminalText.oneLine(page.id()));
    field(out, "path", page.location(), null);
    field(out, "url", page.url() != null ? page.url() : meta.url(), evidence.get("url"));
    field(out, "title", meta.title(), evidence.get("title"));
    field(out, "author", meta.author(), evidence.get("author"));
    field(out, "date", meta.dateText(), evidence.get("date"));
    field(out, "site", meta.site(), evidence.get("site"));
    field(out, "language", meta.language(), evidence.get("language"));
    for (ArticleMetadata.Image image : meta.images()) {
      field(out, "image", image.url() + (image.caption() == null ? "" : " — " + image.caption())
          + (image.credit() == null ? "" : " [" + image.credit() + "]"), evidence.get("images"));
    }
    for (ArticleMetadata.Attribution attribution : meta.attributions()) {
      field(out, "credits", attribution.text() + (attribution.sourceName() == null ? "" : " → " + attribution.sourceName()),
          evidence.get("attributions"));
    }
    int words = page.article().body().isBlank() ? 0 : page.article().body().strip().split("\\s+").length;
    out.printf(Locale.ROOT, "  %-9s %d paragraphs, %d words%n", "body", page.article().paragraphs().size(), words);
    out.println();
    out.println(TerminalText.inert(page.article().body()));
    out.println();
  }

  private static void field(PrintWriter out, String name, @Nullable String value, @Nullable String source) {
    if (value == null || value.isBlank()) {
      return;
    }
    out.printf(Locale.ROOT, "  %-9s %s%s%n", name, TerminalText.oneLine(value), source == null ? "" : "   (" + source + ")");
  }
}
