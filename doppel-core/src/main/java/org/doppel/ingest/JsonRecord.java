package org.doppel.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doppel.ingest.html.ArticleExtractor;
import org.doppel.ingest.html.ExtractedArticle;
import org.doppel.ingest.meta.DateText;
import org.doppel.ingest.meta.TextMetadata;
import org.jspecify.annotations.Nullable;

/**
 * One document sent as a JSON object, as the HTTP API takes it: {@code {"id", "text", "title"?,
 * "url"?, "date"?, "author"?, "site"?}}, or {@code "html"} in place of {@code "text"} for a web page
 * (its article is extracted as a scan would). What the object declares wins over what the text says.
 */
public final class JsonRecord {
  /**
   * Where a record declares its publication date, first found first: Doppel's own {@code date} (also FineWeb's), then
   * the names news datasets use ({@code date_publish}: news-please and CC-News; {@code published},
   * {@code publish_date}, {@code published_at}).
   */
  static final List<String> PUBLISHED_FIELDS = List.of("date", "date_publish", "published", "publish_date", "published_at");

  /**
   * Where a record declares when it was crawled ({@code timestamp}: C4; {@code date_download}: news-please): a page
   * existed by then, so, as a WARC record's date does, the day stands in when neither the record nor its text gives a
   * publication date.
   */
  static final List<String> CRAWLED_FIELDS = List.of("timestamp", "date_download");

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
    String unusable = unusableId(id);
    if (unusable != null) {
      throw new IllegalArgumentException("\"id\" must be a string or a number, not " + unusable);
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
    if (text == null && html == null) {
      // a dataset's record as a JSON Lines file gives it ("raw_content", "content", "body"), which index add reads
      text = JsonLinesReader.textOf(node);
    }
    if ((text == null) == (html == null)) {
      throw new IllegalArgumentException("record needs exactly one of \"text\" and \"html\"");
    }
    if (!(text == null ? html : text).isTextual()) {
      throw new IllegalArgumentException("\"" + (text == null ? "html" : "text") + "\" must be a string");
    }
    if (text != null) {
      if (text.asText().isBlank()) {
        throw new IllegalArgumentException("\"text\" is empty");
      }
      return new SourceText(documentId, text.asText(), location, metadata(node, TextMetadata.extract(text.asText())));
    }
    // the page is text already, made UTF-8 here: a meta tag naming the charset it was saved in no longer applies
    String url = ArticleMetadataJson.textField(node, "url");
    ExtractedArticle article = ArticleExtractor.extract(
        ArticleExtractor.parse(html.asText().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, url), url);
    if (article.documentText().isBlank()) {
      throw new IllegalArgumentException("no article text found in \"html\"");
    }
    return new SourceText(documentId, article.documentText(), location, metadata(node, article.metadata()));
  }

  /**
   * What a record's {@code "id"} is when no id can be made of it ("an object", "an array", "a boolean"), else null
   * (none, JSON null, a string or a number): an id is a string or a number, a number written as JSON reads it
   * ({@code 7}; {@code 7.0} and {@code 1e20} as written, {@link #withIdAsWritten}), in JSON Lines files and in the server's API alike. The API refused the numbers a file's records
   * carry, and a file named an object id "no id" while a boolean one made every second record a duplicate of the first.
   */
  static @Nullable String unusableId(@Nullable JsonNode id) {
    if (id == null || id.isNull() || id.isTextual() || id.isNumber()) {
      return null;
    }
    return id.isObject() ? "an object" : id.isArray() ? "an array" : id.isBoolean() ? "a boolean" : "a " + id.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code node} (an object just read from {@code json}) with a number {@code "id"} made the record's own text of it:
   * Jackson's tree keeps a number's value, not its text, so {@code 7.0} read back as 7.0 but {@code 1e20} as
   * {@code 1.0E20} and {@code -0} as {@code 0}; an id is a name, so a scan, an index and the API name the record as it
   * is written. Only an id whose value may be written otherwise (one with a fraction or exponent, or zero) is read
   * again, by Jackson's own token reader over {@code json}; the last {@code "id"} of the object wins, as in the tree.
   * Every other node is left as it is.
   */
  public static JsonNode withIdAsWritten(ObjectMapper mapper, JsonNode node, String json) throws JsonProcessingException {
    JsonNode id = node.get("id");
    if (!(node instanceof ObjectNode object) || id == null || !id.isNumber() || (id.isIntegralNumber() && id.bigIntegerValue().signum() != 0)) {
      return node; // an integer other than zero has one JSON text: its digits, which asText gives
    }
    String written = null;
    try (JsonParser parser = mapper.createParser(json)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("id")) {
            written = value.isNumeric() ? parser.getText() : null;
          }
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String cannot fail to be read
    }
    if (written != null) {
      object.put("id", written);
    }
    return node;
  }

  /** The name of the first of {@link #PUBLISHED_FIELDS} the record has (not JSON null), or null. */
  static @Nullable String publishedField(JsonNode node) {
    for (String field : PUBLISHED_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull()) {
        return field;
      }
    }
    return null;
  }

  /**
   * A record's metadata, read one way wherever a record comes from (serve's API, a JSON Lines file): what it declares
   * ({@link #declaredMetadata}) wins over what its content says ({@code fromContent}: its text's or its page's), and its
   * crawl time dates it only when neither gives a date ({@link #withCrawlDate}).
   */
  static ArticleMetadata metadata(JsonNode node, ArticleMetadata fromContent) {
    return withCrawlDate(declaredMetadata(node).orElse(fromContent), node);
  }

  /** {@code metadata} with the record's crawl day ({@link #CRAWLED_FIELDS}, evidence {@code jsonl-crawl}) when it has no date. */
  private static ArticleMetadata withCrawlDate(ArticleMetadata metadata, JsonNode node) {
    if (metadata.date() != null) {
      return metadata;
    }
    for (String field : CRAWLED_FIELDS) {
      LocalDate crawled = DeclaredDate.read(node.get(field));
      if (crawled != null) {
        return metadata.withDateIfAbsent(crawled, "jsonl-crawl");
      }
    }
    return metadata;
  }

  /** The fields a record (of the API or a JSON Lines file) may declare about itself: title, url, author, site and a date ({@link DeclaredDate}). */
  private static ArticleMetadata declaredMetadata(JsonNode node) {
    // an unreadable date is no date; the text may still carry one
    String published = publishedField(node);
    DateText.DateTime declared = published == null ? null : DeclaredDate.readWithTime(node.get(published));
    LocalDate day = declared == null ? null : declared.date();
    Map<String, String> evidence = new LinkedHashMap<>();
    for (String field : new String[] {"title", "url", "author", "site"}) {
      if (ArticleMetadataJson.textField(node, field) != null) {
        evidence.put(field, "jsonl");
      }
    }
    if (day != null) {
      evidence.put("date", "jsonl");
      if (declared != null && declared.offset() != null) {
        evidence.put(ArticleMetadata.ZONE, declared.offset().getId());
      }
    }
    return new ArticleMetadata(ArticleMetadataJson.textField(node, "title"), ArticleMetadataJson.textField(node, "author"), day, declared == null ? null : declared.time(), ArticleMetadataJson.textField(node, "site"), ArticleMetadataJson.textField(node, "url"), null, List.of(), List.of(), evidence);
  }
}
