package org.doppel.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.doppel.DoppelIndex;
import org.doppel.DoppelIndex.QueryResult;
import org.doppel.index.IndexWriteException;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadataJson;
import org.doppel.ingest.JsonRecord;
import org.doppel.ingest.SourceText;
import org.doppel.report.IndexStatsJson;
import org.doppel.report.JsonLinesReport;

/**
 * {@code doppel serve}: the HTTP JSON API and web page over a standing index. A thin shell: every
 * answer comes from {@link DoppelIndex}; this class only reads requests, checks them and writes JSON.
 *
 * <p>Safety: binds loopback unless given a token; on loopback, requests must name a loopback host
 * (no DNS rebinding); writes carry the token when there is one and must be JSON (so a foreign page
 * cannot send them without a CORS preflight, which is never granted); bodies are capped; errors are
 * JSON with a message and never a stack trace; ids are Lucene terms, never file names.
 */
public final class DoppelServer implements AutoCloseable {
  /** The page's policy: its own script, style and API only; nothing inline, nothing from elsewhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  // Strict reading: '{"text":"a"} more' and a key given twice were taken (the rest ignored, the last value kept),
  // so a client's broken request was answered as if it meant something.
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final int DEFAULT_TOP = 10;
  private static final int MAX_TOP = 1000;
  private final DoppelIndex index;
  private final ServerOptions options;
  private final Javalin app;
  private final boolean loopback;
  /**
   * Queries run at most one per core at a time, first come first served. A query is CPU work
   * from start to end; fifty of them sharing two cores all finish late, while queued ones finish
   * in order, so the slowest answer under load is little worse than the typical one.
   */
  private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  private DoppelServer(DoppelIndex index, ServerOptions options) {
    this.index = index;
    this.options = options;
    this.loopback = ServerOptions.isLoopback(options.host());
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
      config.routes.before(this::guard);
      config.routes.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
      config.routes.get("/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
      config.routes.get("/app.css", ctx -> page(ctx, "app.css", "text/css; charset=utf-8"));
      config.routes.get("/api/health", ctx -> json(ctx, JSON.createObjectNode().put("status", "ok")));
      config.routes.get("/api/stats", ctx -> json(ctx, IndexStatsJson.of(index.stats())));
      config.routes.post("/api/query", this::query);
      config.routes.get("/api/documents", this::search);
      config.routes.post("/api/documents", this::addDocuments);
      // Ids may hold slashes ("copies/world-wire"): one wildcard route reads the rest of the path.
      config.routes.get("/api/documents/<id>", this::getDocument);
      config.routes.delete("/api/documents/<id>", this::deleteDocument);
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(IndexWriteException.class, (e, ctx) -> {
        // A full disk or a folder that refuses files: the client is told so (507, the WebDAV status for "no room"),
        // and queries go on from what the index held; "internal error" said nothing, and every later request failed.
        System.err.println("doppel serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
        error(ctx, 507, e.getMessage() + "; nothing of this request was committed"
            + (e.closedToChanges() ? ", and queries are answered from the last commit until doppel serve is restarted" : ""));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        // The client learns that something failed, the log says what; no stack trace leaves the server.
        System.err.println("doppel serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        error(ctx, 500, "internal error");
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null) {
          error(ctx, 404, "no such resource: " + ctx.path());
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "method not allowed on " + ctx.path()));
    });
  }

  /** Starts serving {@code index}; {@link #port()} says where. */
  public static DoppelServer start(DoppelIndex index, ServerOptions options) {
    DoppelServer server = new DoppelServer(index, options);
    try {
      server.app.start(options.host(), options.port());
    } catch (io.javalin.util.JavalinBindException e) {
      // taken between PortProbe's look and the bind (two servers started at once): one line, not Javalin's stack trace
      throw new IllegalArgumentException("cannot listen on " + ServerOptions.hostAndPort(options.host(), options.port()) + ": " + e.getMessage(), e);
    }
    return server;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    if (loopback && !loopbackHost(ctx.header("Host"))) {
      throw new ApiException(403, "this server answers only requests addressed to a loopback host");
    }
    String method = ctx.method().name();
    boolean write = method.equals("POST") && !ctx.path().equals("/api/query") || method.equals("DELETE") || method.equals("PUT");
    if (write && options.token() != null && !tokenMatches(ctx.header("Authorization"))) {
      throw new ApiException(401, "this request changes the index: send Authorization: Bearer <token>");
    }
    if (write && index.readOnly()) {
      // a read-only folder (doppel serve said so as it started): the write threw "opened read-only" inside, a 500
      throw new ApiException(403, "this server's index is open for queries only (its folder could not be written when doppel "
          + "serve started): add or remove documents where the folder can be written, then restart doppel serve");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > options.maxBodyBytes()) {
      throw new ApiException(413, "request body of " + length + " bytes is over the limit of " + options.maxBodyBytes());
    }
  }

  private static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      return name.startsWith("[::1]");
    }
    int colon = name.indexOf(':');
    name = colon < 0 ? name : name.substring(0, colon);
    return name.equals("localhost") || name.equals("127.0.0.1");
  }

  private boolean tokenMatches(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8));
  }

  private void page(Context ctx, String resource, String contentType) throws IOException {
    try (InputStream in = DoppelServer.class.getResourceAsStream(resource)) {
      ctx.contentType(contentType).result(in.readAllBytes());
    }
  }

  private void query(Context ctx) throws IOException {
    JsonNode request = readJsonObject(ctx);
    int top = count("top", request.get("top"));
    SourceText query;
    try {
      query = JsonRecord.read(request, "query", "request");
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage());
    }
    QueryResult result = limited(() -> index.query(query, top));
    ObjectNode answer = JSON.createObjectNode();
    answer.set("query", document(query));
    answer.set("matches", matches(result));
    json(ctx, answer);
  }

  private interface IndexWork<T> {
    T run() throws IOException;
  }

  private <T> T limited(IndexWork<T> work) throws IOException {
    try {
      running.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    try {
      return work.run();
    } finally {
      running.release();
    }
  }

  private void search(Context ctx) throws IOException {
    int limit = count("limit", ctx.queryParam("limit") == null ? null : JSON.getNodeFactory().textNode(ctx.queryParam("limit")));
    ArrayNode documents = JSON.createArrayNode();
    for (SourceText source : index.search(ctx.queryParam("q"), limit)) {
      documents.add(summary(source));
    }
    json(ctx, JSON.createObjectNode().set("documents", documents));
  }

  private void addDocuments(Context ctx) throws IOException {
    String contentType = mediaType(ctx);
    String body = readBody(ctx);
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
    // Every record is checked before any is added: a bad one leaves the index as it was.
    index.add(documents);
    index.commit();
    ArrayNode ids = JSON.createArrayNode();
    documents.forEach(d -> ids.add(d.id()));
    json(ctx, JSON.createObjectNode().set("ids", ids));
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

  private void getDocument(Context ctx) throws IOException {
    String id = idOf(ctx);
    Optional<SourceText> found = index.get(id);
    if (found.isEmpty() && id.endsWith("/copies")) {
      copies(ctx, id.substring(0, id.length() - "/copies".length()));
      return;
    }
    SourceText source = found.orElseThrow(() -> new ApiException(404, "no document with id '" + id + "'"));
    json(ctx, document(source));
  }

  private void copies(Context ctx, String id) throws IOException {
    int top = count("top", ctx.queryParam("top") == null ? null : JSON.getNodeFactory().textNode(ctx.queryParam("top")));
    QueryResult result = limited(() -> index.copies(id, top)).orElseThrow(() -> new ApiException(404, "no document with id '" + id + "'"));
    ObjectNode answer = JSON.createObjectNode();
    answer.set("document", summary(result.query()));
    answer.set("matches", matches(result));
    json(ctx, answer);
  }

  private void deleteDocument(Context ctx) throws IOException {
    String id = idOf(ctx);
    if (!index.remove(id)) {
      throw new ApiException(404, "no document with id '" + id + "'");
    }
    index.commit();
    json(ctx, JSON.createObjectNode().put("removed", id));
  }

  private static String idOf(Context ctx) {
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

  /** The pair objects of JSON Lines reports, the query as {@code a}, each with the matched document's metadata. */
  private static ArrayNode matches(QueryResult result) throws IOException {
    StringWriter lines = new StringWriter();
    new JsonLinesReport(id -> result.documents().get(id).text()).withProvenance(result.provenance())
        .withPhotos(result::photosOf).withFirst(result.query().id()).write(result.pairs(), lines);
    ArrayNode matches = JSON.createArrayNode();
    for (String line : lines.toString().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode pair = (ObjectNode) JSON.readTree(line);
      ArticleMetadata meta = result.documents().get(pair.get("b").asText()).metadata();
      pair.put("title", meta.title());
      pair.put("site", meta.site());
      // with its time and zone where known, as the command line shows it: a fact-checker orders the copies of one day
      pair.put("date", meta.dateText());
      putShownDate(pair, meta);
      pair.put("url", meta.url());
      matches.add(pair);
    }
    return matches;
  }

  private static ObjectNode summary(SourceText source) {
    ArticleMetadata meta = source.metadata();
    ObjectNode node = JSON.createObjectNode().put("id", source.id()).put("title", meta.title()).put("site", meta.site())
        .put("date", meta.dateText()).put("url", meta.url());
    putShownDate(node, meta);
    return node;
  }

  /**
   * {@code "date_shown"}, where the date is a crawl's day and not the page's own ("crawled 2026-08-15",
   * {@link ArticleMetadata#shownDate}): the page shows it so, and {@code "date"} stays the value a script compares.
   */
  private static void putShownDate(ObjectNode node, ArticleMetadata meta) {
    if (meta.datedByCrawl()) {
      node.put("date_shown", meta.shownDate());
    }
  }

  private static ObjectNode document(SourceText source) {
    ObjectNode node = JSON.createObjectNode().put("id", source.id()).put("text", source.text());
    node.set("metadata", ArticleMetadataJson.toNode(source.metadata()));
    return node;
  }

  /** A count the request gives as {@code name} ("top" or "limit"), named in the error so the user knows which to fix. */
  private static int count(String name, JsonNode value) {
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

  private JsonNode readJsonObject(Context ctx) {
    if (!mediaType(ctx).equals("application/json")) {
      throw new ApiException(415, "send the request as application/json");
    }
    return parse(readBody(ctx), "body");
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
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new ApiException(400, where + ": not a JSON object");
      }
      return JsonRecord.withIdAsWritten(JSON, node, text);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, where + ": not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The body as UTF-8, at most the limit (413 beyond, whatever Content-Length said). */
  private String readBody(Context ctx) {
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBodyBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > options.maxBodyBytes()) {
      throw new ApiException(413, "request body is over the limit of " + options.maxBodyBytes() + " bytes");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(400, "request body is not valid UTF-8");
    }
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.contentType("application/json; charset=utf-8").result(node.toString());
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    json(ctx, JsonErrorHandler.body(status, message == null ? "error" : message));
  }
}
