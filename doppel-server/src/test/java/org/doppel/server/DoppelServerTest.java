package org.doppel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoppelServerTest {
  @TempDir
  Path folder;

  private static String jsonLines(String... ids) {
    StringBuilder body = new StringBuilder();
    for (String id : ids) {
      body.append(ServerFixture.document(id, ServerFixture.text(id))).append('\n');
    }
    return body.toString();
  }

  @Test
  void aRecordDatedOnlyByItsCrawlTimeIsDatedByItWhenAddedOverTheApi() throws Exception {
    // C4's records carry only a "timestamp": read from a JSON Lines file they are dated by it ("jsonl-crawl"); added
    // over the API the same record must be too, and shown as a crawl's day
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      String body = ServerFixture.JSON.createObjectNode().put("id", "c4").put("text", ServerFixture.text("tram-original").replace("2021-06-14 09:20", ""))
          .put("timestamp", "2026-08-15T10:00:00Z").toString() + "\n";
      assertThat(server.post("/api/documents", "application/x-ndjson", body).status()).isEqualTo(200);
      JsonNode stored = server.get("/api/documents/c4").json().get("metadata");
      assertThat(stored.path("date").asText()).as(stored.toString()).isEqualTo("2026-08-15");
      assertThat(server.get("/api/documents?q=c4").json().get("documents").get(0).path("date_shown").asText()).isEqualTo("crawled 2026-08-15");
    }
  }

  @Test
  void aMatchsDateKeepsItsTimeAndZoneSoThatTheCopiesOfOneDayCanBeOrdered() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      String body = ServerFixture.JSON.createObjectNode().put("id", "dawn").put("text", ServerFixture.text("tram-original"))
          .put("date", "2026-07-02T05:40:00Z").toString() + "\n" + ServerFixture.JSON.createObjectNode().put("id", "noon")
          .put("text", ServerFixture.text("tram-original")).put("date", "2026-07-02T12:10:00+02:00").toString() + "\n";
      assertThat(server.post("/api/documents", "application/x-ndjson", body).status()).isEqualTo(200);
      String query = ServerFixture.JSON.createObjectNode().put("text", ServerFixture.text("tram-copy")).toString();

      // both were "2026-07-02": which of them said it first could not be read from the answer
      JsonNode matches = server.post("/api/query", "application/json", query).json().get("matches");
      assertThat(matches).extracting(match -> match.get("b").asText() + " " + match.get("date").asText())
          .containsExactlyInAnyOrder("dawn 2026-07-02T05:40Z", "noon 2026-07-02T10:10Z");
      assertThat(server.get("/api/documents?q=dawn").json().get("documents").get(0).get("date").asText()).isEqualTo("2026-07-02T05:40Z");
    }
  }

  @Test
  void aMatchDatedOnlyByItsCrawlIsShownAsCrawledThen() throws Exception {
    // written for the tour: a crawled page that gives no date of its own, indexed from its crawl, was listed
    // "2026-08-15" on the page as if published that day; "date" stays the value a script compares, "date_shown" says
    // what it is
    String undated = ServerFixture.text("tram-original").replace("2021-06-14 09:20", "");
    ArticleMetadata crawled = new ArticleMetadata(null, null, java.time.LocalDate.of(2026, 8, 15), null, null, null, null,
        java.util.List.of(), java.util.List.of(), java.util.Map.of("date", "warc-date"));
    ArticleMetadata dated = new ArticleMetadata(null, null, java.time.LocalDate.of(2026, 8, 13), null, null, null, null,
        java.util.List.of(), java.util.List.of(), java.util.Map.of("date", "jsonl"));
    DoppelIndex index = Doppel.builder().threads(2).openIndex(folder.resolve("index"));
    index.add(java.util.List.of(new SourceText("undated", undated, "undated", crawled), new SourceText("dated", undated, "dated", dated)));
    index.commit();
    try (ServerFixture server = new ServerFixture(index, ServerOptions.loopback(0))) {
      String query = ServerFixture.JSON.createObjectNode().put("text", ServerFixture.text("tram-copy")).toString();
      ServerFixture.Answer answer = server.post("/api/query", "application/json", query);
      JsonNode matches = answer.json().get("matches");
      assertThat(matches).as(answer.body()).extracting(match -> match.get("b").asText() + " " + match.get("date").asText() + " " + match.path("date_shown").asText("-"))
          .containsExactlyInAnyOrder("undated 2026-08-15 crawled 2026-08-15", "dated 2026-08-13 -");
      assertThat(server.get("/api/documents?q=undated").json().get("documents").get(0).get("date_shown").asText()).isEqualTo("crawled 2026-08-15");
      assertThat(server.get("/app.js").body()).contains("pair.date_shown || pair.date");
    }
  }

  @Test
  void documentsAddedOverTheApiAreFoundByQueriesShownAndRemoved() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      ServerFixture.Answer added = server.post("/api/documents", "application/x-ndjson", jsonLines("tram-original", "chess-unrelated", "river-source", "library-reuser"));
      assertThat(added.status()).isEqualTo(200);
      assertThat(added.json().get("ids")).hasSize(4);
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(4);
      assertThat(server.get("/api/health").json().get("status").asText()).isEqualTo("ok");

      String query = ServerFixture.JSON.createObjectNode().put("text", ServerFixture.text("tram-copy")).put("id", "incoming").toString();
      JsonNode matches = server.post("/api/query", "application/json", query).json().get("matches");
      assertThat(matches).hasSize(1);
      assertThat(matches.get(0).get("a").asText()).isEqualTo("incoming");
      assertThat(matches.get(0).get("b").asText()).isEqualTo("tram-original");
      assertThat(matches.get(0).get("relation").asText()).isEqualTo("exact");
      assertThat(matches.get(0).has("title")).isTrue();
      assertThat(matches.get(0).get("passages")).isNotEmpty();

      JsonNode stored = server.get("/api/documents/river-source").json();
      assertThat(stored.get("text").asText()).isEqualTo(ServerFixture.text("river-source"));
      JsonNode copies = server.get("/api/documents/river-source/copies").json().get("matches");
      assertThat(copies).anySatisfy(pair -> {
        assertThat(pair.get("a").asText()).isEqualTo("river-source");
        assertThat(pair.get("b").asText()).isEqualTo("library-reuser");
      });
      assertThat(server.get("/api/documents?q=river-").json().get("documents")).hasSize(1);

      assertThat(server.delete("/api/documents/tram-original").status()).isEqualTo(200);
      assertThat(server.post("/api/query", "application/json", query).json().get("matches")).isEmpty();
      assertThat(server.get("/api/documents/tram-original").status()).isEqualTo(404);
      assertThat(server.delete("/api/documents/tram-original").status()).isEqualTo(404);
      assertThat(server.get("/api/documents/tram-original/copies").status()).isEqualTo(404);
    }
  }

  @Test
  void idsWithSlashesAndAReplacedDocumentWork() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      server.post("/api/documents", "application/json", ServerFixture.document("news/2025/one", "First version of a short text."));
      server.post("/api/documents", "application/json", ServerFixture.document("news/2025/one", "Second version, replacing the first."));
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(1);
      assertThat(server.get("/api/documents/news/2025/one").json().get("text").asText()).startsWith("Second version");
      assertThat(server.get("/api/documents/news%2F2025%2Fone").status()).isIn(200, 400, 404);
      assertThat(server.get("/api/documents/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
    }
  }

  @Test
  void anIdEndingInASlashOrHoldingDotSegmentsIsReachedAsItIs() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      // a crawl's page at a site's root has such an id ("crawl/https://news.example/"); JSON Lines ids may be anything
      for (String id : new String[] {"crawl/https://news.example/", "../up", "a/./b"}) {
        assertThat(server.post("/api/documents", "application/json", ServerFixture.document(id, ServerFixture.text("chess-unrelated"))).status())
            .isEqualTo(200);
      }
      // the router ignores a trailing slash; the id keeps it
      assertThat(server.get("/api/documents/crawl/https%3A//news.example/").json().get("id").asText()).isEqualTo("crawl/https://news.example/");
      // the web page sends the whole id as one segment, slashes as %2F, so that no "." or ".." segment is resolved away
      assertThat(server.get("/api/documents/crawl%2Fhttps%3A%2F%2Fnews.example%2F").json().get("id").asText())
          .isEqualTo("crawl/https://news.example/");
      assertThat(server.get("/api/documents/..%2Fup").json().get("id").asText()).isEqualTo("../up");
      assertThat(server.get("/api/documents/a%2F.%2Fb/copies").json().get("document").get("id").asText()).isEqualTo("a/./b");
      assertThat(server.delete("/api/documents/crawl%2Fhttps%3A%2F%2Fnews.example%2F").status()).isEqualTo(200);
      assertThat(server.get("/api/documents/crawl%2Fhttps%3A%2F%2Fnews.example%2F").status()).isEqualTo(404);
    }
  }

  @Test
  void anIndexThatCannotBeWrittenAnswers507AndQueriesGoOnFromTheLastCommit() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      assertThat(server.post("/api/documents", "application/json", ServerFixture.document("tram-original", ServerFixture.text("tram-original")))
          .status()).isEqualTo(200);
      // folders where the next segments' files go: writing them fails as on a full disk (root ignores permissions)
      for (int segment = 0; segment < 40; segment++) {
        for (String extension : new String[] {"fdm", "fdt", "fdx", "fnm", "si", "liv"}) {
          Path blocker = folder.resolve("index").resolve("_" + Integer.toString(segment, Character.MAX_RADIX) + "." + extension);
          if (!java.nio.file.Files.exists(blocker)) {
            java.nio.file.Files.createDirectories(blocker.resolve("blocker"));
          }
        }
      }
      ServerFixture.Answer failed = server.post("/api/documents", "application/json", ServerFixture.document("river-source", ServerFixture.text("river-source")));
      assertThat(failed.status()).isEqualTo(507);
      assertThat(failed.json().get("error").asText()).startsWith("cannot write the index " + folder.resolve("index") + ": ")
          .contains("nothing of this request was committed");
      assertThat(server.delete("/api/documents/tram-original").status()).isEqualTo(507);

      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(1);
      assertThat(server.get("/api/documents/tram-original").status()).isEqualTo(200);
      assertThat(server.get("/api/documents/river-source").status()).isEqualTo(404);
      String query = ServerFixture.JSON.createObjectNode().put("text", ServerFixture.text("tram-copy")).toString();
      assertThat(server.post("/api/query", "application/json", query).json().get("matches")).hasSize(1);
    }
  }

  @Test
  void anIndexServedForQueriesOnlyAnswersQueriesAndRefusesWritesWith403SayingWhy() throws Exception {
    // a newsroom's index copied to a reading machine, or on a read-only mount: doppel serve opens it read-only
    try (ServerFixture writer = new ServerFixture(folder, ServerOptions.loopback(0))) {
      assertThat(writer.post("/api/documents", "application/x-ndjson", jsonLines("tram-original", "chess-unrelated")).status()).isEqualTo(200);
    }
    try (ServerFixture server = new ServerFixture(org.doppel.Doppel.builder().threads(2).openIndexReadOnly(folder.resolve("index")),
        ServerOptions.loopback(0))) {
      String query = ServerFixture.JSON.createObjectNode().put("text", ServerFixture.text("tram-copy")).toString();
      assertThat(server.post("/api/query", "application/json", query).json().get("matches")).extracting(m -> m.get("b").asText())
          .containsExactly("tram-original");

      // main: the write threw inside the index ("opened read-only"), answered 500 "internal error"
      for (ServerFixture.Answer refused : java.util.List.of(server.post("/api/documents", "application/x-ndjson", jsonLines("river-source")),
          server.delete("/api/documents/tram-original"))) {
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).startsWith("this server's index is open for queries only");
      }
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(2);
    }
  }

  @Test
  void anEmptyBodyAndAnEmptyIdAreNamedAsSuch() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      assertThat(server.post("/api/query", "application/json", "").json().get("error").asText()).isEqualTo("body: empty; send a JSON object");
      assertThat(server.post("/api/documents", "application/json", "  \n").json().get("error").asText()).isEqualTo("body: empty; send a JSON object");
      ServerFixture.Answer emptyId = server.post("/api/documents", "application/json", ServerFixture.document("", "A short text about a ferry."));
      assertThat(emptyId.status()).isEqualTo(400);
      assertThat(emptyId.json().get("error").asText()).isEqualTo("body: \"id\" is empty");
      assertThat(server.post("/api/documents", "application/json", "{\"text\": \"A short text about a ferry.\"}").json().get("error").asText())
          .isEqualTo("body: record has no \"id\"");
    }
  }

  @Test
  void recordsOfAJsonLinesFileThatIndexAddReadsArePostedAsTheyAre() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      // a dataset's records: a numeric id (index add reads it as "7"; the API refused it) and the text under "content"
      String records = "{\"id\": 7, \"text\": \"A short text about a ferry timetable.\"}\n"
          + "{\"id\": \"c1\", \"content\": \"A short text about a river bridge.\"}\n";
      ServerFixture.Answer added = server.post("/api/documents", "application/x-ndjson", records);
      assertThat(added.status()).isEqualTo(200);
      assertThat(added.json().get("ids").toString()).isEqualTo("[\"7\",\"c1\"]");
      // a number with a fraction or exponent is named as the record writes it (it was "1.0E20"), as index add names it
      ServerFixture.Answer fractional = server.post("/api/documents", "application/x-ndjson",
          "{\"id\": 1e20, \"text\": \"A short text about a harbour crane.\"}\n{\"id\": 7.0, \"text\": \"A short text about a tram depot.\"}\n");
      assertThat(fractional.json().get("ids").toString()).isEqualTo("[\"1e20\",\"7.0\"]");
      assertThat(server.get("/api/documents/1e20").json().get("text").asText()).isEqualTo("A short text about a harbour crane.");
      assertThat(server.get("/api/documents/c1").json().get("text").asText()).isEqualTo("A short text about a river bridge.");
      ServerFixture.Answer objectId = server.post("/api/documents", "application/json", "{\"id\": {\"value\": 3}, \"text\": \"A text.\"}");
      assertThat(objectId.status()).isEqualTo(400);
      assertThat(objectId.json().get("error").asText()).isEqualTo("body: \"id\" must be a string or a number, not an object");
    }
  }

  @Test
  void malformedRequestsGet400WithAMessageAndLeaveTheIndexAlone() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      server.post("/api/documents", "application/json", ServerFixture.document("kept", ServerFixture.text("chess-unrelated")));
      String[][] cases = {
          {"/api/query", "application/json", "{not json"},
          {"/api/query", "application/json", "[1, 2]"},
          {"/api/query", "application/json", "{\"text\": 5}"},
          {"/api/query", "application/json", "{\"title\": \"no text\"}"},
          {"/api/query", "application/json", "{\"text\": \"x\", \"top\": -3}"},
          {"/api/documents", "application/json", "{\"text\": \"no id\"}"},
          // the second record is broken: neither is added
          {"/api/documents", "application/x-ndjson", ServerFixture.document("fresh", "A fine text.") + "\n{\"id\": \"bad\"\n"},
      };
      for (String[] c : cases) {
        ServerFixture.Answer answer = server.post(c[0], c[1], c[2]);
        assertThat(answer.status()).as("%s %s", c[0], c[2]).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).as("error message").isNotBlank().doesNotContain("Exception", "\tat ", "org.doppel");
      }
      assertThat(server.post("/api/documents", "application/x-ndjson", ServerFixture.document("fresh", "A fine text.") + "\n{\"id\": \"bad\"\n")
          .json().get("error").asText()).contains("line 2");
      assertThat(server.post("/api/documents", "text/plain", "{}").status()).isEqualTo(415);
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(1);
      assertThat(server.get("/api/documents/fresh").status()).isEqualTo(404);
      assertThat(server.get("/api/no-such-thing").status()).isEqualTo(404);
    }
  }

  @Test
  void aBodyNamingACharsetTheServerCannotReadAsUtf8IsA415NotAnInternalError() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      String document = ServerFixture.document("tram", ServerFixture.text("tram-original"));
      // Jetty looked the charset up as it read the header, and an unknown name came out as 500 "internal error"
      for (String type : new String[] {"application/json; charset=bogus", "text/plain;charset=application/json",
          "application/json; charset=\"a b\"", "application/json; charset=UTF-16"}) {
        ServerFixture.Answer added = server.post("/api/documents", type, document);
        assertThat(added.status()).as(type).isEqualTo(415);
        assertThat(added.json().get("error").asText()).as(type).contains("UTF-8");
        assertThat(server.post("/api/query", type, "{\"text\": \"The tram runs late.\"}").status()).as(type).isEqualTo(415);
      }
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isZero();
      // a label that writes JSON's ASCII as UTF-8 does is read as before
      for (String type : new String[] {"application/json; charset=\"utf-8\"", "application/json;charset=ISO-8859-1", "application/json; Charset=us-ascii"}) {
        assertThat(server.post("/api/documents", type, document).status()).as(type).isEqualTo(200);
      }
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(1);
    }
  }

  @Test
  void aBodyWithTextAfterItsObjectOrAKeyGivenTwiceIsRefusedNotHalfRead() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      ServerFixture.Answer trailing = server.post("/api/query", "application/json", "{\"text\": \"A short note.\"} and more");
      assertThat(trailing.status()).isEqualTo(400);
      assertThat(trailing.json().get("error").asText()).startsWith("body: not valid JSON");
      ServerFixture.Answer twice = server.post("/api/documents", "application/json",
          "{\"id\": \"twice\", \"text\": \"First text.\", \"text\": \"Second text.\"}");
      assertThat(twice.status()).isEqualTo(400);
      assertThat(twice.json().get("error").asText()).contains("Duplicate field 'text'");
      // white space after the object is no second value
      assertThat(server.post("/api/query", "application/json", "{\"text\": \"A short note.\"}  \n").status()).isEqualTo(200);
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isZero();
    }
  }

  @Test
  void anIdTooLongForTheIndexIsA400AndTheRecordsBeforeItAreNotAdded() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      String longId = "x".repeat(40_000);
      ServerFixture.Answer answer = server.post("/api/documents", "application/x-ndjson",
          ServerFixture.document("fine", "A fine text.") + "\n" + ServerFixture.document(longId, "Another text.") + "\n");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("error").asText()).startsWith("line 2: id of 40000 bytes");
      assertThat(server.get("/api/documents/fine").status()).isEqualTo(404);
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isZero();
    }
  }

  @Test
  void aPathJettyRefusesIsAnsweredInJsonLikeEveryOtherError() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      ServerFixture.Answer answer = server.get("/api/documents/%ff%fe");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("status").asInt()).isEqualTo(400);
      assertThat(answer.json().get("error").asText()).isNotBlank().doesNotContain("<");
    }
  }

  @Test
  void aBadCountIsRefusedNamingTheParameterTheRequestGave() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      server.post("/api/documents", "application/json", ServerFixture.document("kept", ServerFixture.text("chess-unrelated")));
      ServerFixture.Answer search = server.get("/api/documents?q=kept&limit=abc");
      assertThat(search.status()).isEqualTo(400);
      assertThat(search.json().get("error").asText()).startsWith("\"limit\" must be");
      ServerFixture.Answer copies = server.get("/api/documents/kept/copies?top=0");
      assertThat(copies.status()).isEqualTo(400);
      assertThat(copies.json().get("error").asText()).startsWith("\"top\" must be");
    }
  }

  @Test
  void aBodyOverTheLimitGets413() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0).withMaxBodyBytes(1000))) {
      String big = ServerFixture.document("big", "word ".repeat(400));
      ServerFixture.Answer answer = server.post("/api/documents", "application/json", big);
      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.json().get("error").asText()).contains("limit");
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isZero();
    }
  }

  @Test
  void writesNeedTheTokenWhenThereIsOneAndReadsDoNot() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0).withToken("s3cret"))) {
      String doc = ServerFixture.document("one", ServerFixture.text("tram-original"));
      assertThat(server.post("/api/documents", "application/json", doc).status()).isEqualTo(401);
      assertThat(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents")).header("Content-Type", "application/json")
          .header("Authorization", "Bearer wrong").POST(HttpRequest.BodyPublishers.ofString(doc))).status()).isEqualTo(401);
      assertThat(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/documents")).header("Content-Type", "application/json")
          .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.ofString(doc))).status()).isEqualTo(200);
      assertThat(server.delete("/api/documents/one").status()).isEqualTo(401);
      assertThat(server.post("/api/query", "application/json", "{\"text\": \"anything at all\"}").status()).isEqualTo(200);
      assertThat(server.get("/api/stats").json().get("documents").asInt()).isEqualTo(1);
    }
  }

  @Test
  void bindingBeyondLoopbackNeedsAToken() {
    assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, null, ServerOptions.DEFAULT_MAX_BODY_BYTES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
    assertThat(new ServerOptions("0.0.0.0", 0, "t", ServerOptions.DEFAULT_MAX_BODY_BYTES).token()).isEqualTo("t");
    assertThat(new ServerOptions("localhost", 0, null, ServerOptions.DEFAULT_MAX_BODY_BYTES).host()).isEqualTo("localhost");
  }

  @Test
  void thePageHasAContentSecurityPolicyAndForeignHostNamesAreRefused() throws Exception {
    try (ServerFixture server = new ServerFixture(folder, ServerOptions.loopback(0))) {
      ServerFixture.Answer page = server.get("/");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.response().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
          assertThat(csp).contains("default-src 'none'", "script-src 'self'").doesNotContain("unsafe"));
      assertThat(page.body()).doesNotContain("http://", "https://");
      // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) is refused.
      try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
        OutputStream out = socket.getOutputStream();
        out.write("GET /api/stats HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        assertThat(status).contains("403");
      }
    }
  }
}
