package org.doppel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;

/** A standing index in a temporary folder served on a free loopback port, and a small client for it. */
final class ServerFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  final DoppelIndex index;
  final DoppelServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  ServerFixture(Path folder, ServerOptions options) throws IOException {
    this(Doppel.builder().threads(2).openIndex(folder.resolve("index")), options);
  }

  /** A server over {@code index} as opened (for queries only, say); closing the fixture closes it. */
  ServerFixture(DoppelIndex index, ServerOptions options) {
    this.index = index;
    this.server = DoppelServer.start(index, options);
  }

  /** Texts written for the tests (as in doppel-core): tram-copy is tram-original under another header; library-reuser reuses two paragraphs of river-source; chess-unrelated is unrelated. */
  static String text(String name) {
    try (InputStream in = ServerFixture.class.getResourceAsStream("/docs/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)));
  }

  Answer post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE());
  }

  static String document(String id, String text) {
    return JSON.createObjectNode().put("id", id).put("text", text).toString();
  }

  @Override
  public void close() throws IOException {
    server.close();
    index.close();
  }
}
