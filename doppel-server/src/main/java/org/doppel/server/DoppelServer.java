package org.doppel.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import org.doppel.DoppelIndex;
import org.doppel.index.IndexWriteException;
import org.doppel.report.IndexStatsJson;

/**
 * {@code doppel serve}: the HTTP JSON API and web page over a standing index. A thin shell: every
 * answer comes from {@link DoppelIndex}; this class routes requests and maps failures to JSON errors;
 * {@link RequestGuard} checks every request, {@link QueryEndpoint} and {@link DocumentEndpoints} answer
 * the API's routes, reading requests with {@link RequestReader} and writing with {@link JsonAnswers}.
 *
 * <p>Safety: binds loopback unless given a token; on loopback, requests must name a loopback host
 * (no DNS rebinding); writes carry the token when there is one and must be JSON (so a foreign page
 * cannot send them without a CORS preflight, which is never granted); bodies are capped; errors are
 * JSON with a message and never a stack trace; ids are Lucene terms, never file names.
 */
public final class DoppelServer implements AutoCloseable {
  private final Javalin app;

  private DoppelServer(DoppelIndex index, ServerOptions options) {
    RequestGuard guard = new RequestGuard(options, index::readOnly);
    RequestReader reader = new RequestReader(options.maxBodyBytes());
    QueryQueue queue = new QueryQueue();
    QueryEndpoint query = new QueryEndpoint(index, reader, queue);
    DocumentEndpoints documents = new DocumentEndpoints(index, reader, queue);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
      config.routes.before(guard::check);
      config.routes.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
      config.routes.get("/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
      config.routes.get("/app.css", ctx -> page(ctx, "app.css", "text/css; charset=utf-8"));
      config.routes.get("/api/health", ctx -> JsonAnswers.json(ctx, StrictJson.MAPPER.createObjectNode().put("status", "ok")));
      config.routes.get("/api/stats", ctx -> JsonAnswers.json(ctx, IndexStatsJson.of(index.stats())));
      config.routes.post("/api/query", query::query);
      config.routes.get("/api/documents", documents::search);
      config.routes.post("/api/documents", documents::add);
      // Ids may hold slashes ("copies/world-wire"): one wildcard route reads the rest of the path.
      config.routes.get("/api/documents/<id>", documents::get);
      config.routes.delete("/api/documents/<id>", documents::delete);
      answerErrors(config);
    });
  }

  /** Every failure as a JSON error with its status; what went wrong inside is logged, never sent. */
  private static void answerErrors(JavalinConfig config) {
    config.routes.exception(ApiException.class, (e, ctx) -> JsonAnswers.error(ctx, e.status(), e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> JsonAnswers.error(ctx, e.getStatus(), e.getMessage()));
    config.routes.exception(IndexWriteException.class, (e, ctx) -> {
      // A full disk or a folder that refuses files: the client is told so (507, the WebDAV status for "no room"),
      // and queries go on from what the index held; "internal error" said nothing, and every later request failed.
      System.err.println("doppel serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
      JsonAnswers.error(ctx, 507, e.getMessage() + "; nothing of this request was committed"
          + (e.closedToChanges() ? ", and queries are answered from the last commit until doppel serve is restarted" : ""));
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      // The client learns that something failed, the log says what; no stack trace leaves the server.
      System.err.println("doppel serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      JsonAnswers.error(ctx, 500, "internal error");
    });
    config.routes.error(404, ctx -> {
      if (ctx.result() == null) {
        JsonAnswers.error(ctx, 404, "no such resource: " + ctx.path());
      }
    });
    config.routes.error(405, ctx -> JsonAnswers.error(ctx, 405, "method not allowed on " + ctx.path()));
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

  private static void page(Context ctx, String resource, String contentType) throws IOException {
    try (InputStream in = DoppelServer.class.getResourceAsStream(resource)) {
      ctx.contentType(contentType).result(in.readAllBytes());
    }
  }
}
