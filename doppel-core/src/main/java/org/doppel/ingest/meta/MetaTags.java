package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Reads {@code <meta>} values by name, property or itemprop, ignoring case. */
final class MetaTags {
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<String>> repeated = new HashMap<>();

  MetaTags(Document page) {
    for (Element meta : page.select("meta[content]")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          values.putIfAbsent(name, content);
          repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(content);
        }
      }
    }
  }

  /** The content of the first of {@code names} that the page declares, or null. */
  @Nullable String first(String... names) {
    for (String name : names) {
      String value = values.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * Every content the page declares under {@code name}, in page order: Parse.ly, Highwire and Open Graph name each of
   * several authors in a tag of its own ({@code <meta name="parsely-author">} twice).
   */
  List<String> all(String name) {
    return repeated.getOrDefault(name, List.of());
  }

  /** The first of {@code names} that the page declares, or null. */
  @Nullable String firstName(String... names) {
    for (String name : names) {
      if (values.containsKey(name)) {
        return name;
      }
    }
    return null;
  }
}
