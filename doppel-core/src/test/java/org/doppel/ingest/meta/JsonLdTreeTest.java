package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTreeTest {
  /** The mapper JsonLd read its blocks with before: its trees are the ones to match. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .enable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  @Test
  void readsEveryBlockAsTheMapperDid() throws IOException {
    List<String> blocks = List.of(
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour wall\",\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"}]}",
        "[{\"@type\":\"WebPage\"},{\"@type\":\"Organization\",\"name\":\"Daily\",\"logo\":null,\"isAccessibleForFree\":false,\"x\":true}]",
        "{\"@graph\":[{\"@id\":\"#a\",\"wordCount\":812,\"big\":12345678901,\"huge\":123456789012345678901234567890,\"ratio\":0.5,\"e\":1e3}]}",
        "{\"name\":\"first\",\"name\":\"second\",\"other\":1}", // a repeated key: its last value, in its first place
        "{'headline':'single quotes', /* a comment */ \"tail\":[1,2,],}", // what pages ship: quotes, comments, trailing commas
        "{\"text\":\"a line\nbreak and a \\q escape\"} trailing words", // control characters, any escape, text after the value
        "\"a bare string\"", "42", "", "   ");
    for (String block : blocks) {
      assertThat(JsonLd.readTree(block)).as(block).isEqualTo(MAPPER.readTree(block));
    }
  }

  @Test
  void brokenBlocksThrowAsTheMapperDid() {
    for (String broken : List.of("{\"headline\":", "{\"a\" 1}", "[1,2", "{\"a\":]")) {
      assertThatThrownBy(() -> MAPPER.readTree(broken)).as(broken).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> JsonLd.readTree(broken)).as(broken).isInstanceOf(IOException.class);
    }
  }
}
