package org.doppel.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The server's one JSON mapper, for the requests it reads and the answers it writes. */
final class StrictJson {
  // Strict reading: '{"text":"a"} more' and a key given twice were taken (the rest ignored, the last value kept),
  // so a client's broken request was answered as if it meant something.
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private StrictJson() {}
}
