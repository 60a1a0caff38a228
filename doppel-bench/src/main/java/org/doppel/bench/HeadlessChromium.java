package org.doppel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools protocol, with nothing but the JDK's HTTP
 * client: enough to open a page, run script in it, collect its errors and take screenshots. Used to
 * check and time the HTML report in a real browser.
 *
 * <p>Not Selenium: it would bring 28 MB of jars and need Debian's {@code chromium-driver} beside
 * {@code chromium}, for the five things used here, all in the protocol the browser speaks itself.
 *
 * <p>Each instance starts its own browser process with a fresh profile in a temporary folder and
 * talks to its one page. Errors the page reports (uncaught exceptions, {@code console.error}, and
 * browser log entries at error level such as Content-Security-Policy violations) are collected in
 * {@link #errors()}. Not thread-safe.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * The Chromium binary: {@code $CHROMIUM} when set, else the first of {@code chromium},
   * {@code chromium-browser}, {@code google-chrome} on the {@code PATH}.
   */
  public static Optional<Path> find() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts a headless browser whose window is {@code width} x {@code height} CSS pixels. */
  public static HeadlessChromium launch(Path binary, int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("doppel-chromium-");
    List<String> command = List.of(binary.toString(), "--headless=new", "--remote-debugging-port=0",
        "--remote-allow-origins=*", "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
        "--disable-gpu", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
        // The sandbox needs user namespaces, which containers and root often lack; the page is our own report.
        "--no-sandbox", "--window-size=" + width + "," + height, "about:blank");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String browserSocket = awaitDevToolsUrl(process, binary);
      URI browser = URI.create(browserSocket);
      HttpClient http = HttpClient.newHttpClient();
      String pageSocket = pageSocket(http, browser.getHost() + ":" + browser.getPort());
      Listener listener = new Listener();
      WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(pageSocket), listener)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
      listener.owner = chromium;
      chromium.send("Runtime.enable");
      chromium.send("Log.enable");
      chromium.send("Page.enable");
      return chromium;
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      deleteQuietly(profile);
      throw e;
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      deleteQuietly(profile);
      throw new IOException("cannot connect to Chromium's DevTools socket: " + e, e);
    }
  }

  private static String awaitDevToolsUrl(Process process, Path binary) throws IOException {
    CompletableFuture<String> url = new CompletableFuture<>();
    StringBuilder seen = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = err.readLine()) != null; ) {
          Matcher matcher = LISTENING.matcher(line);
          if (matcher.find()) {
            url.complete(matcher.group(1));
          } else if (!url.isDone() && seen.length() < 4000) {
            seen.append(line).append('\n');
          }
        }
      } catch (IOException e) {
        // the process ended; the wait below reports it
      }
      url.completeExceptionally(new IOException("Chromium (" + binary + ") exited without opening DevTools; it said:\n" + seen));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IOException("Chromium (" + binary + ") did not open DevTools within " + TIMEOUT.toSeconds() + " s", e);
    }
  }

  private static String pageSocket(HttpClient http, String hostPort) throws IOException {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostPort + "/json/list")).timeout(TIMEOUT).build();
      for (int attempt = 0; attempt < 50; attempt++) {
        JsonNode targets = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode target : targets) {
          if ("page".equals(target.path("type").asText())) {
            return target.get("webSocketDebuggerUrl").asText();
          }
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Chromium's page", e);
    }
    throw new IOException("Chromium opened no page to drive");
  }

  /** Sends a DevTools command without parameters and returns its result. */
  public JsonNode send(String method) throws IOException {
    return send(method, JSON.createObjectNode());
  }

  /** Sends a DevTools command and returns its result; a protocol error becomes an IOException. */
  public JsonNode send(String method, ObjectNode params) throws IOException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(message.toString(), true).join();
    try {
      JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IOException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + method, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("no answer to " + method + " within " + TIMEOUT.toSeconds() + " s", e);
    } finally {
      pending.remove(id);
    }
  }

  /**
   * Opens {@code url} and waits until {@code readyExpression} is true in the page (checked every 20 ms).
   *
   * @return milliseconds from the navigation command until the page was ready, as seen from here
   */
  public double open(String url, String readyExpression) throws IOException {
    long start = System.nanoTime();
    send("Page.navigate", JSON.createObjectNode().put("url", url));
    waitFor(readyExpression);
    return (System.nanoTime() - start) / 1e6;
  }

  /** Waits until {@code expression} is true in the page. */
  public void waitFor(String expression) throws IOException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    int errorsBefore = errors.size();
    while (System.nanoTime() < deadline) {
      if (errors.size() > errorsBefore && evaluate("document.readyState").asText().equals("complete")) {
        throw new IOException("the page reported errors while waiting for " + expression + ": " + errors());
      }
      try {
        if (evaluate("!!(" + expression + ")").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // the page may be between documents; try again
      }
      sleep(20);
    }
    throw new IOException("the page never satisfied " + expression + " within " + TIMEOUT.toSeconds() + " s; errors: " + errors);
  }

  /** Evaluates script in the page and returns its value (promises are awaited). */
  public JsonNode evaluate(String expression) throws IOException {
    ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true).put("awaitPromise", true);
    JsonNode result = send("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      throw new IOException("script failed: " + expression + ": " + describe(result.get("exceptionDetails")));
    }
    return result.path("result").path("value");
  }

  /** Saves a PNG of the visible page. */
  public void screenshot(Path file) throws IOException {
    JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  /** The errors the page has reported so far, one line each. */
  public List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      // closing anyway
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteQuietly(profile);
  }

  private void received(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    JsonNode params = message.path("params");
    switch (message.path("method").asText()) {
      case "Runtime.exceptionThrown" -> errors.add("uncaught: " + describe(params.path("exceptionDetails")));
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(params.path("type").asText()) || "assert".equals(params.path("type").asText())) {
          List<String> args = new ArrayList<>();
          params.path("args").forEach(arg -> args.add(arg.has("value") ? arg.get("value").asText() : arg.path("description").asText()));
          errors.add("console.error: " + String.join(" ", args));
        }
      }
      case "Log.entryAdded" -> {
        JsonNode entry = params.path("entry");
        if ("error".equals(entry.path("level").asText())) {
          errors.add(entry.path("source").asText() + ": " + entry.path("text").asText() + " " + entry.path("url").asText(""));
        }
      }
      default -> { }
    }
  }

  private static String describe(JsonNode details) {
    JsonNode exception = details.path("exception");
    String text = exception.has("description") ? exception.get("description").asText() : details.path("text").asText();
    return text + " (line " + details.path("lineNumber").asInt() + ")";
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary profile is harmless; Chromium's helper processes may still be writing
      // into it after the browser exits, so files vanish under the walk
    }
  }

  /** Collects a message's parts and hands complete messages to the owner. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private volatile HeadlessChromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        HeadlessChromium target = owner;
        if (target != null) { // set before the first command is sent, so nothing of ours arrives earlier
          try {
            target.received(JSON.readTree(text));
          } catch (IOException e) {
            // a message that is not JSON cannot be ours
          }
        }
      }
      socket.request(1);
      return null;
    }

  }
}
