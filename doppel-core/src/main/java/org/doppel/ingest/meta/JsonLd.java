package org.doppel.ingest.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page's JSON-LD blocks ({@code <script type="application/ld+json">}) say about the
 * article: headline, author names, publication dates (a video's {@code uploadDate} when no
 * {@code datePublished} is given), publisher and canonical URL. Blocks may be
 * single objects, arrays or {@code @graph} lists, nested at any depth; an article-like object
 * ({@code NewsArticle}, {@code BlogPosting}, …) wins over a {@code WebPage}. Broken JSON, which
 * pages do ship, is skipped.
 */
final class JsonLd {
  /**
   * The blocks are read token by token into a tree ({@link #readTree}), not by an {@code ObjectMapper}: the first mapper a
   * run makes starts Jackson's date formats and through them the JDK's calendar data for every locale, 15 ms of CPU that
   * a page's JSON-LD never uses, paid by every extract and every scan of web pages (docs/benchmarks.md, "What every
   * command pays before its first document").
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "scholarlyarticle",
      "socialmediaposting", "liveblogposting", "report", "posting", "review", "recipe", "creativework", "videoobject", "event", "product",
      "episode", "audioobject");
  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "profilepage", "collectionpage", "qapage", "faqpage");
  private static final Set<String> SITE_TYPES = Set.of("website", "organization", "newsmediaorganization", "corporation", "localbusiness");

  /**
   * The first value of each kind, article-like objects first.
   *
   * @param organisationAuthor whether the article names as its author only organisations ({@code "@type": "Organization"}):
   *     the site files it under its own name, and a person who signs the text is its writer
   */
  record Facts(@Nullable String headline, List<String> authors, @Nullable String datePublished, @Nullable String dateCreated, @Nullable String dateModified,
      @Nullable String publisher, @Nullable String siteName, @Nullable String url, boolean organisationAuthor) {}

  private JsonLd() {}

  static Facts read(Document page) {
    Blocks blocks = Blocks.of(page);
    List<JsonNode> ordered = new ArrayList<>(blocks.articles);
    ordered.addAll(blocks.pages);
    List<String> authors = firstNames(ordered, "author", blocks.byId);
    if (authors.isEmpty()) {
      authors = firstNames(ordered, "creator", blocks.byId);
    }
    List<String> publishers = firstNames(ordered, "publisher", blocks.byId);
    return new Facts(first(ordered, "headline", "name"), authors, first(ordered, "datePublished", "uploadDate"), first(ordered, "dateCreated"),
        first(ordered, "dateModified"), publishers.isEmpty() ? null : publishers.get(0), siteName(blocks.sites), url(blocks.articles),
        onlyOrganisations(ordered, blocks.byId));
  }

  /** Whether the first node that names an author names only objects typed as organisations. */
  private static boolean onlyOrganisations(List<JsonNode> nodes, Map<String, JsonNode> byId) {
    for (JsonNode node : nodes) {
      JsonNode author = node.get("author");
      if (author == null || author.isNull()) {
        continue;
      }
      List<JsonNode> each = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(each::add);
      } else {
        each.add(author);
      }
      if (each.isEmpty()) {
        continue;
      }
      for (JsonNode one : each) {
        one = referenced(one, "@type", byId);
        if (!one.isObject() || !typeOf(one).contains("organization")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The objects of every block on the page, sorted by kind, and every object with an {@code @id} by that id. */
  private static final class Blocks {
    final List<JsonNode> articles = new ArrayList<>();
    final List<JsonNode> pages = new ArrayList<>();
    final List<JsonNode> sites = new ArrayList<>();
    final Map<String, JsonNode> byId = new HashMap<>();

    static Blocks of(Document page) {
      Blocks blocks = new Blocks();
      for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
        JsonNode root;
        try {
          root = readTree(script.data().strip());
        } catch (Exception e) {
          continue; // a broken block says nothing; the other sources still do
        }
        blocks.collect(root, 0);
      }
      return blocks;
    }

    private void collect(JsonNode node, int depth) {
      if (node == null || depth > 8) {
        return;
      }
      if (node.isArray()) {
        node.forEach(child -> collect(child, depth + 1));
        return;
      }
      if (!node.isObject()) {
        return;
      }
      if (node.path("@id").isTextual() && node.size() > 1) {
        byId.putIfAbsent(node.path("@id").asText(), node);
      }
      String type = typeOf(node);
      if (ARTICLE_TYPES.stream().anyMatch(t -> type.contains(t)) && !type.contains("website")) {
        articles.add(node);
      } else if (PAGE_TYPES.stream().anyMatch(type::contains)) {
        pages.add(node);
      } else if (SITE_TYPES.stream().anyMatch(type::contains)) {
        sites.add(node);
      }
      collect(node.get("@graph"), depth + 1);
      collect(node.get("mainEntity"), depth + 1);
      collect(node.get("itemListElement"), depth + 1);
    }
  }

  /** The names under {@code field} of the first node that gives any. */
  private static List<String> firstNames(List<JsonNode> nodes, String field, Map<String, JsonNode> byId) {
    List<String> found = new ArrayList<>();
    for (JsonNode node : nodes) {
      names(node.get(field), found, byId);
      if (!found.isEmpty()) {
        break;
      }
    }
    return found;
  }

  private static @Nullable String siteName(List<JsonNode> sites) {
    for (JsonNode node : sites) {
      if (typeOf(node).contains("website") && node.path("name").isTextual()) {
        return node.path("name").asText();
      }
    }
    return null;
  }

  /** The article's canonical URL: its mainEntityOfPage (a string or an {@code @id}), else its url. */
  private static @Nullable String url(List<JsonNode> articles) {
    for (JsonNode node : articles) {
      JsonNode mainEntity = node.get("mainEntityOfPage");
      if (mainEntity != null && mainEntity.isTextual()) {
        return mainEntity.asText();
      } else if (mainEntity != null && mainEntity.path("@id").isTextual()) {
        return mainEntity.path("@id").asText();
      } else if (node.path("url").isTextual()) {
        return node.path("url").asText();
      }
    }
    return null;
  }

  /** The node's @type (a string or a list), lower-cased, as one space-separated string. */
  /** Whether an element of the list {@code nodes} is typed as {@code type} (lower case: "person"). */
  private static boolean hasType(JsonNode nodes, String type, Map<String, JsonNode> byId) {
    for (JsonNode one : nodes) {
      if (typeOf(referenced(one, "@type", byId)).contains(type)) {
        return true;
      }
    }
    return false;
  }

  private static String typeOf(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return "";
    }
    if (type.isArray()) {
      StringBuilder all = new StringBuilder();
      type.forEach(t -> all.append(t.asText().toLowerCase(Locale.ROOT)).append(' '));
      return all.toString().strip();
    }
    return type.asText().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String first(List<JsonNode> nodes, String... fields) {
    for (String field : fields) {
      for (JsonNode node : nodes) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
          value = value.get(0);
        }
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
          return value.asText().strip();
        }
      }
    }
    return null;
  }

  /**
   * The object {@code node}'s {@code "@id"} points to, when {@code node} is an object without {@code field} (a reference to
   * a node given elsewhere in the page's graph); else {@code node}.
   */
  private static JsonNode referenced(JsonNode node, String field, Map<String, JsonNode> byId) {
    if (node.isObject() && !node.has(field) && node.path("@id").isTextual() && byId.containsKey(node.path("@id").asText())) {
      return byId.get(node.path("@id").asText());
    }
    return node;
  }

  /** Person names out of a string, a {"name": …} object, an {"@id": …} reference or a list of these. */
  private static void names(JsonNode author, List<String> out, Map<String, JsonNode> byId) {
    if (author == null) {
      return;
    }
    author = referenced(author, "name", byId);
    if (author.isArray()) {
      // a list of persons and an organisation ("Jane Roe" and the agency "xyz") names its writers by the persons: the
      // organisation is the desk or agency the text came through, which a byline writes after the name
      boolean persons = hasType(author, "person", byId);
      for (JsonNode one : author) {
        if (!persons || !typeOf(referenced(one, "@type", byId)).contains("organization")) {
          names(one, out, byId);
        }
      }
    } else if (author.isTextual()) {
      if (!author.asText().isBlank()) {
        out.add(author.asText().strip());
      }
    } else if (author.isObject()) {
      JsonNode name = author.get("name");
      if (name != null && name.isArray() && !name.isEmpty()) {
        name = name.get(0);
      }
      if (name != null && name.isTextual() && !name.asText().isBlank()) {
        out.add(name.asText().strip());
      } else if (author.path("givenName").isTextual()) {
        out.add((author.path("givenName").asText() + " " + author.path("familyName").asText("")).strip());
      }
    }
  }

  /**
   * The first JSON value of {@code json} as the tree an {@code ObjectMapper}'s {@code readTree} makes of it: integers as
   * int, long or big-integer nodes by their size, other numbers as doubles, a repeated key's last value, anything after the
   * value unread, a missing node for no value at all; malformed JSON throws.
   */
  static JsonNode readTree(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      return parser.nextToken() == null ? MissingNode.getInstance() : value(parser);
    }
  }

  /** The value starting at the parser's current token, its last token consumed. */
  private static JsonNode value(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.set(key, value(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        yield array;
      }
      case VALUE_STRING -> nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> nodes.numberNode(parser.getIntValue());
        case LONG -> nodes.numberNode(parser.getLongValue());
        default -> nodes.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw new IOException("unexpected " + parser.currentToken() + " in JSON-LD");
    };
  }
}
