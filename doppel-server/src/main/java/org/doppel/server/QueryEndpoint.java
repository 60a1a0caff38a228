package org.doppel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import org.doppel.DoppelIndex;
import org.doppel.DoppelIndex.QueryResult;
import org.doppel.ingest.SourceText;

/** {@code POST /api/query}: a text's copies in the index, the text itself not added. */
record QueryEndpoint(DoppelIndex index, RequestReader reader, QueryQueue queue) {
  void query(Context ctx) throws IOException {
    JsonNode request = reader.jsonObject(ctx);
    int top = RequestReader.count("top", request.get("top"));
    SourceText query = RequestReader.query(request);
    QueryResult result = queue.run(() -> index.query(query, top));
    ObjectNode answer = StrictJson.MAPPER.createObjectNode();
    answer.set("query", JsonAnswers.document(query));
    answer.set("matches", JsonAnswers.matches(result));
    JsonAnswers.json(ctx, answer);
  }
}
