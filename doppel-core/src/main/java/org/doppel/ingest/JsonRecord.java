package org.doppel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doppel.ingest.html.ArticleExtractor;
import org.doppel.ingest.html.ExtractedArticle;
import org.doppel.ingest.meta.TextMetadata;

/**
 * One document sent as a JSON object, as the HTTP API takes it: {@code {"id", "text", "title"?,
 * "url"?, "date"?, "author"?, "site"?}}, or {@code "html"} in place of {@code "text"} for a web page
 * (its article is extracted as a scan would). What the object declares wins over what the text says.
 */
public final class JsonRecord {
  private JsonRecord() {}

  /**
   * @param defaultId the id when the object declares none, or null to require one
   * @throws IllegalArgumentException saying what is missing or wrong
   */
  public static SourceText read(JsonNode node, String defaultId, String location) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode id = node.get("id");
    if (id != null && !id.isNull() && !id.isTextual()) {
      throw new IllegalArgumentException("\"id\" must be a string");
    }
    String documentId = id == null || id.isNull() ? defaultId : id.asText();
    if (id != null && id.isTextual() && documentId.isEmpty()) {
      throw new IllegalArgumentException("\"id\" is empty"); // it was "record has no id", which the record has
    }
    if (documentId == null || documentId.isEmpty()) {
      throw new IllegalArgumentException("record has no \"id\"");
    }
    JsonNode text = node.get("text");
    JsonNode html = node.get("html");
    if ((text == null) == (html == null)) {
      throw new IllegalArgumentException("record needs exactly one of \"text\" and \"html\"");
    }
    if (!(text == null ? html : text).isTextual()) {
      throw new IllegalArgumentException("\"" + (text == null ? "html" : "text") + "\" must be a string");
    }
    ArticleMetadata declared = declaredMetadata(node);
    if (text != null) {
      if (text.asText().isBlank()) {
        throw new IllegalArgumentException("\"text\" is empty");
      }
      return new SourceText(documentId, text.asText(), location, declared.orElse(TextMetadata.extract(text.asText())));
    }
    // the page is text already, made UTF-8 here: a meta tag naming the charset it was saved in no longer applies
    ExtractedArticle article = ArticleExtractor.extract(
        ArticleExtractor.parse(html.asText().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, declared.url()), declared.url());
    if (article.documentText().isBlank()) {
      throw new IllegalArgumentException("no article text found in \"html\"");
    }
    return new SourceText(documentId, article.documentText(), location, declared.orElse(article.metadata()));
  }

  /** The fields a record (of the API or a JSON Lines file) may declare about itself: title, url, author, site and a date ({@link DeclaredDate}). */
  static ArticleMetadata declaredMetadata(JsonNode node) {
    // an unreadable date is no date; the text may still carry one
    LocalDate day = DeclaredDate.read(node.get("date"));
    Map<String, String> evidence = new LinkedHashMap<>();
    for (String field : new String[] {"title", "url", "author", "site"}) {
      if (ArticleMetadataJson.textField(node, field) != null) {
        evidence.put(field, "jsonl");
      }
    }
    if (day != null) {
      evidence.put("date", "jsonl");
    }
    return new ArticleMetadata(ArticleMetadataJson.textField(node, "title"), ArticleMetadataJson.textField(node, "author"), day, null, ArticleMetadataJson.textField(node, "site"), ArticleMetadataJson.textField(node, "url"), null, List.of(), List.of(), evidence);
  }
}
