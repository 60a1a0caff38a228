package org.doppel.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.doppel.DoppelIndex;
import org.doppel.DoppelIndex.QueryResult;
import org.doppel.ingest.SourceText;

/**
 * {@code /api/documents}: search the index's documents, add them, get one (or its copies, {@code ID/copies}), remove
 * one. Adding and removing commit before they answer.
 */
record DocumentEndpoints(DoppelIndex index, RequestReader reader, QueryQueue queue) {
  void search(Context ctx) throws IOException {
    int limit = RequestReader.countParameter(ctx, "limit");
    ArrayNode documents = StrictJson.MAPPER.createArrayNode();
    for (SourceText source : index.search(ctx.queryParam("q"), limit)) {
      documents.add(JsonAnswers.summary(source));
    }
    JsonAnswers.json(ctx, StrictJson.MAPPER.createObjectNode().set("documents", documents));
  }

  void add(Context ctx) throws IOException {
    List<SourceText> documents = reader.documents(ctx);
    // Every record is checked before any is added: a bad one leaves the index as it was.
    index.add(documents);
    index.commit();
    ArrayNode ids = StrictJson.MAPPER.createArrayNode();
    documents.forEach(d -> ids.add(d.id()));
    JsonAnswers.json(ctx, StrictJson.MAPPER.createObjectNode().set("ids", ids));
  }

  void get(Context ctx) throws IOException {
    String id = RequestReader.idOf(ctx);
    Optional<SourceText> found = index.get(id);
    if (found.isEmpty() && id.endsWith("/copies")) {
      copies(ctx, id.substring(0, id.length() - "/copies".length()));
      return;
    }
    SourceText source = found.orElseThrow(() -> new ApiException(404, "no document with id '" + id + "'"));
    JsonAnswers.json(ctx, JsonAnswers.document(source));
  }

  private void copies(Context ctx, String id) throws IOException {
    int top = RequestReader.countParameter(ctx, "top");
    QueryResult result = queue.run(() -> index.copies(id, top)).orElseThrow(() -> new ApiException(404, "no document with id '" + id + "'"));
    ObjectNode answer = StrictJson.MAPPER.createObjectNode();
    answer.set("document", JsonAnswers.summary(result.query()));
    answer.set("matches", JsonAnswers.matches(result));
    JsonAnswers.json(ctx, answer);
  }

  void delete(Context ctx) throws IOException {
    String id = RequestReader.idOf(ctx);
    if (!index.remove(id)) {
      throw new ApiException(404, "no document with id '" + id + "'");
    }
    index.commit();
    JsonAnswers.json(ctx, StrictJson.MAPPER.createObjectNode().put("removed", id));
  }
}
