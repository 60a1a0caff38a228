package org.doppel.ingest.meta;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.ArticleMetadata.Image;
import org.jspecify.annotations.Nullable;

/**
 * Collects metadata field by field, keeping the first value offered for each field together with
 * where it was found; extractors offer their sources best first. Thread-confined.
 */
final class MetadataBuilder {
  private @Nullable String title;
  private @Nullable String author;
  private @Nullable LocalDate date;
  private @Nullable LocalTime time;
  private @Nullable String site;
  private @Nullable String url;
  private @Nullable String language;
  private final List<Image> images = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final Map<String, String> evidence = new LinkedHashMap<>();

  boolean hasTitle() {
    return title != null;
  }

  boolean hasAuthor() {
    return author != null;
  }

  boolean hasDate() {
    return date != null;
  }

  boolean hasSite() {
    return site != null;
  }

  boolean hasUrl() {
    return url != null;
  }

  boolean hasLanguage() {
    return language != null;
  }

  @Nullable String site() {
    return site;
  }

  MetadataBuilder title(@Nullable String value, String where) {
    if (title == null && value != null && !value.isBlank()) {
      title = clean(value);
      evidence.put("title", where);
    }
    return this;
  }

  MetadataBuilder author(@Nullable String value, String where) {
    if (author == null && value != null && !value.isBlank()) {
      author = clean(value);
      evidence.put("author", where);
    }
    return this;
  }

  MetadataBuilder date(DateText.DateTime value, String where) {
    if (date == null && value != null) {
      date = value.date();
      time = value.time();
      evidence.put("date", where);
      if (value.offset() != null) {
        evidence.put(ArticleMetadata.ZONE, value.offset().getId());
      }
    }
    return this;
  }

  MetadataBuilder site(@Nullable String value, String where) {
    if (site == null && value != null && !value.isBlank()) {
      site = clean(value);
      evidence.put("site", where);
    }
    return this;
  }

  MetadataBuilder url(@Nullable String value, String where) {
    if (url == null && value != null && !value.isBlank()) {
      url = value.strip();
      evidence.put("url", where);
    }
    return this;
  }

  MetadataBuilder language(@Nullable String value, String where) {
    if (language == null && value != null && !value.isBlank()) {
      language = value.strip();
      evidence.put("language", where);
    }
    return this;
  }

  MetadataBuilder image(Image image, String where) {
    if (image != null && !images.contains(image)) {
      images.add(image);
      evidence.putIfAbsent("images", where);
    }
    return this;
  }

  MetadataBuilder attribution(Attribution attribution, String where) {
    if (attribution != null && !attributions.contains(attribution)) {
      attributions.add(attribution);
      evidence.putIfAbsent("attributions", where);
    }
    return this;
  }

  ArticleMetadata build() {
    return new ArticleMetadata(title, author, date, time, site, url, language, images, attributions, evidence);
  }

  /** {@code value} with each run of whitespace as one space, stripped (no-break spaces kept). */
  static String clean(String value) {
    return Whitespace.collapse(value, Whitespace.Spaces.ASCII);
  }
}
