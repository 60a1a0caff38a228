package org.doppel.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doppel.DoppelIndex;
import org.doppel.ingest.JsonRecord;
import org.doppel.ingest.SourceText;

/**
 * What a request says, read and checked: its body (UTF-8, capped), a JSON object or the documents it holds, a count, a
 * document id from the path. Whatever does not hold is an {@link ApiException} naming what to fix.
 */
final class RequestReader {
  private static final int DEFAULT_TOP = 10;
  private static final int MAX_TOP = 1000;
  private final long maxBodyBytes;

  RequestReader(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The body as one JSON object, sent as {@code application/json}. */
  JsonNode jsonObject(Context ctx) {
    if (!mediaType(ctx).equals("application/json")) {
      throw new ApiException(415, "send the request as application/json");
    }
    return parse(body(ctx), "body");
  }

  /**
   * The documents of the body: one as {@code application/json}, or one a line as {@code application/x-ndjson}
   * (JSON Lines); every record checked, none missing.
   */
  List<SourceText> documents(Context ctx) {
    String contentType = mediaType(ctx);
    String body = body(ctx);
    List<SourceText> documents = new ArrayList<>();
    if (contentType.equals("application/json")) {
      documents.add(record(parse(body, "body"), "body"));
    } else if (contentType.equals("application/x-ndjson") || contentType.equals("application/jsonl")) {
      String[] lines = body.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          documents.add(record(parse(lines[i], "line " + (i + 1)), "line " + (i + 1)));
        }
      }
    } else {
      throw new ApiException(415, "send one document as application/json or many as application/x-ndjson (JSON Lines)");
    }
    if (documents.isEmpty()) {
      throw new ApiException(400, "the body holds no document");
    }
    return documents;
  }

  /** The query text of a {@code /api/query} request, under its key {@code "query"}. */
  static SourceText query(JsonNode request) {
    try {
      return JsonRecord.read(request, "query", "request");
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage());
    }
  }

  private static SourceText record(JsonNode node, String where) {
    try {
      SourceText source = JsonRecord.read(node, null, "request " + where);
      DoppelIndex.checkId(source.id());
      return source;
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, where + ": " + e.getMessage());
    }
  }

  static String idOf(Context ctx) {
    String raw = ctx.pathParam("id");
    if (raw.isEmpty()) {
      throw new ApiException(400, "no document id in the path");
    }
    // The router ignores a trailing slash, which is part of many a crawl's id (its page at a site's root,
    // "crawl/https://news.example/"): such a document was a 404 naming the id without it.
    if (ctx.req().getRequestURI().endsWith("/") && !raw.endsWith("/")) {
      return raw + "/";
    }
    return raw;
  }

  /** The count the query string gives as {@code name}, as {@link #count} reads it. */
  static int countParameter(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return count(name, value == null ? null : StrictJson.MAPPER.getNodeFactory().textNode(value));
  }

  /** A count the request gives as {@code name} ("top" or "limit"), named in the error so the user knows which to fix. */
  static int count(String name, JsonNode value) {
    if (value == null || value.isNull()) {
      return DEFAULT_TOP;
    }
    int top;
    if (value.isInt()) {
      top = value.intValue();
    } else if (value.isTextual() && value.asText().matches("\\d{1,9}")) {
      top = Integer.parseInt(value.asText());
    } else {
      throw new ApiException(400, "\"" + name + "\" must be a whole number from 1 to " + MAX_TOP);
    }
    if (top < 1 || top > MAX_TOP) {
      throw new ApiException(400, "\"" + name + "\" must be from 1 to " + MAX_TOP + ", got " + top);
    }
    return top;
  }

  /**
   * The request's media type. The body is read as UTF-8, so a body that names a charset it cannot be (UTF-16, a name
   * no charset has) is refused (415) rather than misread; the header is read as sent, not through Jetty, which threw
   * on an unknown charset name.
   */
  private static String mediaType(Context ctx) {
    BodyType type = BodyType.of(ctx.header("Content-Type"));
    if (!type.readableAsUtf8()) {
      throw new ApiException(415, "send the body as UTF-8: the request says charset=" + type.charset() + ", which the server does not read");
    }
    return type.mediaType();
  }

  private static JsonNode parse(String text, String where) {
    if (text.isBlank()) {
      throw new ApiException(400, where + ": empty; send a JSON object"); // it was "not a JSON object", said of nothing
    }
    try {
      JsonNode node = StrictJson.MAPPER.readTree(text);
      if (node == null || !node.isObject()) {
        throw new ApiException(400, where + ": not a JSON object");
      }
      return JsonRecord.withIdAsWritten(StrictJson.MAPPER, node, text);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, where + ": not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The body as UTF-8, at most the limit (413 beyond, whatever Content-Length said). */
  private String body(Context ctx) {
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBodyBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBodyBytes) {
      throw new ApiException(413, "request body is over the limit of " + maxBodyBytes + " bytes");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(400, "request body is not valid UTF-8");
    }
  }
}
