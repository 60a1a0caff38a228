package org.doppel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.bench.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the served page in a real headless Chromium: a pasted text finds its copies, the pair opens
 * side by side with the passages marked, the page is driven by the keyboard, and markup planted in
 * document ids, titles and texts stays text. A screenshot goes to {@code target/screenshots/}.
 *
 * <p>Needs Debian's {@code chromium} (or {@code $CHROMIUM}); without it the test fails, saying so,
 * unless {@code DOPPEL_SKIP_BROWSER_TESTS=1} is set.
 */
class ServerPageBrowserTest {
  private static final String PAYLOAD = "</script><script>window.pwned = 1; document.title = 'pwned'</script>"
      + "<img src=x onerror=\"window.pwned = 2; document.title = 'pwned'\"><svg onload=\"window.pwned = 3\"></svg>";
  @TempDir
  static Path folder;
  private static HeadlessChromium browser;
  private static ServerFixture server;

  @BeforeAll
  static void start() throws IOException {
    if ("1".equals(System.getenv("DOPPEL_SKIP_BROWSER_TESTS"))) {
      Assumptions.abort("DOPPEL_SKIP_BROWSER_TESTS=1: browser tests skipped");
    }
    Path binary = HeadlessChromium.find().orElse(null);
    if (binary == null) {
      fail("The web page's browser test needs Chromium, which is not on the PATH. Install it "
          + "(apt-get install chromium), point $CHROMIUM at a Chrome or Chromium binary, or set DOPPEL_SKIP_BROWSER_TESTS=1 to skip.");
    }
    server = new ServerFixture(folder, ServerOptions.loopback(0));
    StringBuilder body = new StringBuilder();
    body.append(planted("tram-original", "Quake " + PAYLOAD, ServerFixture.text("tram-original") + "\n" + PAYLOAD)).append('\n');
    body.append(planted("river-source" + PAYLOAD, "Market report", ServerFixture.text("river-source"))).append('\n');
    // a right-to-left override in an id, which made "chess\u202Etxt.exe" read "chesstxt.exe" on the page (it has no title)
    // and a zero-width space, which made it look like an id without one
    body.append(planted("chess\u202Etxt.e\u200Bxe", "", ServerFixture.text("chess-unrelated"))).append('\n');
    assertThat(server.post("/api/documents", "application/x-ndjson", body.toString()).status()).isEqualTo(200);
    browser = HeadlessChromium.launch(binary, 1280, 900);
  }

  private static String planted(String id, String title, String text) {
    ObjectNode node = ServerFixture.JSON.createObjectNode().put("id", id).put("title", title).put("text", text);
    return node.toString();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private int count(String selector) throws IOException {
    return browser.evaluate("document.querySelectorAll(" + quote(selector) + ").length").asInt();
  }

  private String text(String selector) throws IOException {
    return browser.evaluate("(document.querySelector(" + quote(selector) + ") || {}).textContent || ''").asText();
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
  }

  private void press(String key, String code, int keyCode, String text) throws IOException {
    for (String type : new String[] {"keyDown", "keyUp"}) {
      ObjectNode params = ServerFixture.JSON.createObjectNode().put("type", type).put("key", key).put("code", code)
          .put("windowsVirtualKeyCode", keyCode);
      if (type.equals("keyDown") && text != null) {
        params.put("text", text);
      }
      browser.send("Input.dispatchKeyEvent", params);
    }
  }

  private void assertInert() throws IOException {
    assertThat(browser.evaluate("document.title").asText()).startsWith("Doppel");
    assertThat(browser.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
    assertThat(count("img")).as("no image element was made from document text").isZero();
    assertThat(count("svg, [onerror], [onload]")).isZero();
    assertThat(browser.errors()).as("errors the page reported").isEmpty();
  }

  @Test
  void aPastedTextFindsItsCopyWhichOpensSideBySideByKeyboardWithPlantedMarkupInert() throws IOException {
    browser.open(server.base() + "/", "document.documentElement.dataset.ready === 'true'");
    assertThat(text("#stats")).contains("3 documents");
    assertThat(count("#documents li")).isEqualTo(3);
    assertThat(text("#documents")).contains("chess\\u202etxt.e\\u200bxe").doesNotContain("\u202E", "\u200B");

    browser.evaluate("document.getElementById('text').value = " + quote(ServerFixture.text("tram-copy")));
    browser.evaluate("document.getElementById('run').focus()");
    press("Enter", "Enter", 13, "\r");
    browser.waitFor("document.querySelectorAll('#matches li button').length > 0");
    assertThat(text("#matches li")).contains("exact", "Quake " + PAYLOAD);

    browser.evaluate("document.querySelector('#matches li button').focus()");
    press("Enter", "Enter", 13, "\r");
    browser.waitFor("!document.getElementById('pair').hidden && document.querySelectorAll('#text-b mark').length > 0");
    assertThat(count("#text-a mark")).isPositive();
    assertThat(text("#text-b")).contains(PAYLOAD);
    assertThat(text("#title-b")).contains(PAYLOAD);
    browser.evaluate("document.activeElement.blur()");
    press("n", "KeyN", 78, "n");
    assertThat(count("mark.current")).isPositive();
    press("/", "Slash", 191, "/");
    assertThat(browser.evaluate("document.activeElement.id").asText()).isEqualTo("search");
    assertInert();
    browser.evaluate("window.scrollTo(0, 0)");
    browser.screenshot(Path.of("target", "screenshots", "serve-page.png"));
  }

  private void openPage() throws IOException {
    browser.open(server.base() + "/", "document.documentElement.dataset.ready === 'true'");
  }

  private void waitForMatches() throws IOException {
    browser.waitFor("document.querySelectorAll('#matches li button').length > 0");
  }

  private void openFirstMatch() throws IOException {
    browser.evaluate("document.querySelector('#matches li button').click()");
  }

  private void paste(String text) throws IOException {
    browser.evaluate("document.getElementById('text').value = " + quote(text) + "; document.getElementById('run').click()");
  }

  /** Holds the first answer to {@code /api/query} back until a later query has been answered, then lets it through. */
  private void slowFirstQuery() throws IOException {
    browser.evaluate("(() => { const original = window.fetch; let first = true; window.slowDone = false;"
        + " window.fetch = (url, options) => { const answer = original(url, options);"
        + " if (url !== '/api/query' || !first) return answer; first = false;"
        + " return answer.then((r) => new Promise((resolve) => setTimeout(() => { resolve(r); setTimeout(() => { window.slowDone = true; }, 300); }, 1500))); }; })()");
  }

  @Test
  void anAnswerOvertakenByALaterQueryIsDroppedNotMixedIntoItsList() throws IOException {
    openPage();
    slowFirstQuery();
    paste(ServerFixture.text("tram-copy")); // answered last, though asked first
    paste(ServerFixture.text("library-reuser"));
    browser.waitFor("window.slowDone === true");
    assertThat(text("#matches")).contains("Market report").doesNotContain("Quake");
    assertInert();
  }

  @Test
  void aMatchThatCannotBeFetchedSaysSoInsteadOfDoingNothing() throws IOException {
    openPage();
    paste(ServerFixture.text("tram-copy"));
    waitForMatches();
    // as a stopped server answers: the browser's fetch fails without a response
    browser.evaluate("(() => { const original = window.fetch; window.fetch = (url, options) => url.startsWith('/api/documents/')"
        + " ? Promise.reject(new TypeError('Failed to fetch')) : original(url, options); })()");
    openFirstMatch();
    browser.waitFor("document.getElementById('status').textContent.startsWith('Error')");
    assertThat(text("#status")).isEqualTo("Error: cannot open tram-original: the server did not answer (is doppel serve still running?)");
    assertThat(browser.evaluate("document.getElementById('pair').hidden").asBoolean()).isTrue();
    assertInert();
  }

  @Test
  void aDroppedFileNamedAsAnIndexedDocumentStillFindsThatDocument() throws IOException {
    // a fact-checker saved the story as tram-original.txt: the page sent the name as the query's id, and the server leaves
    // the indexed document of the query's id out ("No copies found.")
    Path saved = Files.writeString(folder.resolve("tram-original.txt"), ServerFixture.text("tram-copy"));
    openPage();
    JsonNode root = browser.send("DOM.getDocument");
    int input = browser.send("DOM.querySelector", ServerFixture.JSON.createObjectNode().put("nodeId", root.path("root").path("nodeId").asInt())
        .put("selector", "#file")).path("nodeId").asInt();
    ObjectNode files = ServerFixture.JSON.createObjectNode().put("nodeId", input);
    files.putArray("files").add(saved.toString());
    browser.send("DOM.setFileInputFiles", files);
    browser.waitFor("document.getElementById('status').textContent !== '' && document.getElementById('status').textContent !== 'Searching…'");
    assertThat(text("#matches")).contains("exact", "Quake");
    openFirstMatch();
    browser.waitFor("!document.getElementById('pair').hidden");
    assertThat(text("#title-a")).isEqualTo("A: tram-original.txt");
    assertInert();
  }

  @Test
  void aPrintedSideBySideViewShowsBothTextsWholeWithThePassagesInColour() throws IOException {
    openPage();
    paste(ServerFixture.text("tram-copy"));
    waitForMatches();
    openFirstMatch();
    browser.waitFor("!document.getElementById('pair').hidden && document.querySelectorAll('#text-b mark').length > 0");
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    browser.send("Emulation.setEmulatedMedia", json.createObjectNode().put("media", "print"));
    try {
      // printed as on screen, each text stopped at 60% of the window's height and the passages' colours were dropped
      assertThat(browser.evaluate("['text-a', 'text-b'].map(id => getComputedStyle(document.getElementById(id)))"
          + ".map(s => s.maxHeight + ' ' + s.overflowY).join()").asText()).isEqualTo("none visible,none visible");
      assertThat(browser.evaluate("getComputedStyle(document.querySelector('#text-a mark')).printColorAdjust").asText()).isEqualTo("exact");
      assertThat(browser.evaluate("getComputedStyle(document.getElementById('check')).display").asText()).isEqualTo("none");
      double aBottom = browser.evaluate("document.getElementById('text-a').getBoundingClientRect().bottom").asDouble();
      double bTop = browser.evaluate("document.getElementById('text-b').getBoundingClientRect().top").asDouble();
      assertThat(bTop).isGreaterThanOrEqualTo(aBottom);
    } finally {
      browser.send("Emulation.setEmulatedMedia", json.createObjectNode().put("media", ""));
    }
  }

  @Test
  void aMatchLeadsOnToItsOwnCopiesAndSources() throws IOException {
    // a fact-checker tracing a claim goes from the match to the match's own family, one hop at a time; the page had no
    // way there but typing the match's id into the search
    openPage();
    paste(ServerFixture.text("library-reuser"));
    waitForMatches();
    openFirstMatch();
    browser.waitFor("!document.getElementById('pair').hidden");
    browser.evaluate("document.getElementById('follow-b').click()");
    browser.waitFor("!document.getElementById('family').hidden");
    assertThat(text("#family-title")).isEqualTo("Market report");
    assertThat(count("#copies-of li, #copied-from li, #related li")).isEqualTo(3); // "none" in each: nothing indexed copied it
    assertInert();
  }

  @Test
  void aRightToLeftTextRunsFromTheRightInTheSideBySideView() throws IOException {
    String arabic = ServerFixture.text("bridge-arabic");
    assertThat(server.post("/api/documents", "application/json", planted("bridge-arabic", "", arabic)).status()).isEqualTo(200);
    try {
      openPage();
      paste(arabic);
      waitForMatches();
      openFirstMatch();
      browser.waitFor("!document.getElementById('pair').hidden && document.querySelectorAll('#text-b mark').length > 0");
      // the first line, a short title, starts at the right edge of its column (an Arabic line set left to right sat at
      // its left edge), and the pasted text's box reads right to left too
      for (String side : new String[] {"text-a", "text-b"}) {
        assertThat(browser.evaluate("(() => { const box = document.getElementById('" + side + "');"
            + " const node = document.createTreeWalker(box, NodeFilter.SHOW_TEXT).nextNode(); const range = document.createRange();"
            + " range.setStart(node, 0); range.setEnd(node, 1); const b = box.getBoundingClientRect();"
            + " return range.getBoundingClientRect().right > b.right - 40; })()").asBoolean()).as(side).isTrue();
      }
      assertThat(browser.evaluate("getComputedStyle(document.getElementById('text')).direction").asText()).isEqualTo("rtl");
      assertInert();
    } finally {
      assertThat(server.delete("/api/documents/bridge-arabic").status()).isEqualTo(200);
    }
  }

  @Test
  void theDocumentSearchListsCopiesOfAndCopiedFromWithPlantedIdsAsText() throws IOException {
    openPage();
    browser.evaluate("document.getElementById('search').value = 'river-source'; document.getElementById('search').dispatchEvent(new Event('input'))");
    browser.waitFor("document.querySelectorAll('#documents li').length === 1");
    assertThat(text("#documents li")).contains("river-source" + PAYLOAD);
    browser.evaluate("document.querySelector('#documents li button').click()");
    browser.waitFor("!document.getElementById('family').hidden");
    assertThat(text("#family-title")).isEqualTo("Market report");
    assertInert();
  }
}
