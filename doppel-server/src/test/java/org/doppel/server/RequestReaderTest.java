package org.doppel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void aCountIsTenWhenNotGivenAndReadFromANumberOrItsDigits() {
    assertThat(RequestReader.count("top", null)).isEqualTo(10);
    assertThat(RequestReader.count("top", NODES.nullNode())).isEqualTo(10);
    assertThat(RequestReader.count("top", NODES.numberNode(1))).isEqualTo(1);
    assertThat(RequestReader.count("limit", NODES.textNode("1000"))).isEqualTo(1000);
  }

  @Test
  void aCountOutsideOneToAThousandOrNotWholeIsRefusedNamingItsKey() {
    assertThatThrownBy(() -> RequestReader.count("top", NODES.numberNode(0)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessage("\"top\" must be from 1 to 1000, got 0");
    assertThatThrownBy(() -> RequestReader.count("limit", NODES.textNode("1001"))).hasMessage("\"limit\" must be from 1 to 1000, got 1001");
    assertThatThrownBy(() -> RequestReader.count("limit", NODES.textNode("-1"))).hasMessage("\"limit\" must be a whole number from 1 to 1000");
    assertThatThrownBy(() -> RequestReader.count("top", NODES.numberNode(2.5))).hasMessage("\"top\" must be a whole number from 1 to 1000");
  }

  @Test
  void aQueryWithoutTextIsABadRequestAndOneWithoutIdIsCalledQuery() {
    ObjectNode request = NODES.objectNode().put("top", 3);
    assertThatThrownBy(() -> RequestReader.query(request))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("\"text\"");
    assertThat(RequestReader.query(request.put("text", "Some words.")).id()).isEqualTo("query");
  }
}
