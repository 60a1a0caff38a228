package org.doppel.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link ArticleMetadata} as a JSON object and back, losslessly: how a standing index stores what a
 * document said about itself (provenance needs all of it) and how the HTTP API shows it. Absent
 * fields are left out.
 */
public final class ArticleMetadataJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleMetadataJson() {}

  public static ObjectNode toNode(ArticleMetadata meta) {
    ObjectNode node = MAPPER.createObjectNode();
    putIfPresent(node, "title", meta.title());
    putIfPresent(node, "author", meta.author());
    putIfPresent(node, "date", meta.date() == null ? null : meta.date().toString());
    putIfPresent(node, "time", meta.time() == null ? null : meta.time().toString());
    putIfPresent(node, "site", meta.site());
    putIfPresent(node, "url", meta.url());
    putIfPresent(node, "language", meta.language());
    if (!meta.images().isEmpty()) {
      ArrayNode images = node.putArray("images");
      for (ArticleMetadata.Image image : meta.images()) {
        ObjectNode item = images.addObject();
        putIfPresent(item, "url", image.url());
        putIfPresent(item, "caption", image.caption());
        putIfPresent(item, "credit", image.credit());
        if (!image.elsewhere().isEmpty()) {
          // where a lazy figure's picture is, when its first URL is not saved: a standing index's report reads it again
          ArrayNode elsewhere = item.putArray("elsewhere");
          image.elsewhere().forEach(elsewhere::add);
        }
        if (image.onlyInHead()) {
          // a share image no page body shows: two such of one site are its card, not a photo (SiteFurniture)
          item.put("only_in_head", true);
        }
      }
    }
    if (!meta.attributions().isEmpty()) {
      ArrayNode attributions = node.putArray("attributions");
      for (ArticleMetadata.Attribution attribution : meta.attributions()) {
        ObjectNode item = attributions.addObject();
        putIfPresent(item, "text", attribution.text());
        putIfPresent(item, "source_name", attribution.sourceName());
      }
    }
    if (!meta.evidence().isEmpty()) {
      ObjectNode evidence = node.putObject("evidence");
      meta.evidence().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> evidence.put(e.getKey(), e.getValue()));
    }
    return node;
  }

  public static String toJson(ArticleMetadata meta) {
    return toNode(meta).toString();
  }

  /** Reads what {@link #toJson} wrote. */
  public static ArticleMetadata fromJson(String json) {
    try {
      return fromNode(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored metadata is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static ArticleMetadata fromNode(JsonNode node) {
    List<ArticleMetadata.Image> images = new ArrayList<>();
    for (JsonNode item : node.path("images")) {
      List<String> elsewhere = new ArrayList<>();
      item.path("elsewhere").forEach(url -> elsewhere.add(url.asText()));
      images.add(new ArticleMetadata.Image(textField(item, "url"), textField(item, "caption"), textField(item, "credit"), elsewhere,
          item.path("only_in_head").asBoolean(false)));
    }
    List<ArticleMetadata.Attribution> attributions = new ArrayList<>();
    for (JsonNode item : node.path("attributions")) {
      attributions.add(new ArticleMetadata.Attribution(Objects.requireNonNullElse(textField(item, "text"), ""), textField(item, "source_name")));
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    node.path("evidence").properties().forEach(e -> evidence.put(e.getKey(), e.getValue().asText()));
    String date = textField(node, "date");
    String time = textField(node, "time");
    return new ArticleMetadata(textField(node, "title"), textField(node, "author"), date == null ? null : LocalDate.parse(date),
        time == null ? null : LocalTime.parse(time), textField(node, "site"), textField(node, "url"), textField(node, "language"),
        images, attributions, evidence);
  }

  private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** A JSON object's field as text, or null when the field is absent or JSON null. */
  public static @Nullable String textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
