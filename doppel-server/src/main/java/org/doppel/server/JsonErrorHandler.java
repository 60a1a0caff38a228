package org.doppel.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own errors as the API's: a request Jetty refuses before any route sees it (a path with
 * percent-escapes that are not UTF-8, {@code %zz}, a malformed request line) was answered with Jetty's
 * HTML error page, while the API promises {@code {"error": "...", "status": N}} for every error.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, @Nullable String message,
      @Nullable Throwable cause, Callback callback) {
    String body = body(code, message == null || message.isBlank() ? "bad request" : message).toString();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /** The body of every error the API answers, from a route or from Jetty: {@code {"error": message, "status": status}}. */
  static ObjectNode body(int status, String message) {
    return JsonNodeFactory.instance.objectNode().put("error", message).put("status", status);
  }
}
