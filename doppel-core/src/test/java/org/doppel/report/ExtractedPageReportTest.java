package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.doppel.ingest.ExtractedPage;
import org.doppel.ingest.html.ArticleExtractor;
import org.junit.jupiter.api.Test;

/**
 * The extract's report starts Jackson only for its JSON format: a text extract of a page without JSON-LD paid Jackson's
 * start-up (its date formats and the calendar data) when the report's mapper was made as the class loaded.
 */
class ExtractedPageReportTest {
  private static final String PAGE = "<html><head><title>Flood closes the valley road</title></head><body><article>"
      + "<h1>Flood closes the valley road</h1><p>The river rose two metres overnight and the valley road was closed at"
      + " dawn, the council said.</p><p>Crews expect to reopen it on Friday once the water has gone down.</p>"
      + "</article></body></html>";

  /** Writes the page above as {@code args[0]} (text or json) to standard output, in a JVM of its own. */
  public static final class WritePage {
    public static void main(String[] args) {
      ExtractedPage page = new ExtractedPage("flood", "flood.html", "https://valleypost.example/news/flood",
          ArticleExtractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), "https://valleypost.example/news/flood"));
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      if (args[0].equals("json")) {
        ExtractedPageReport.writeJson(page, out);
      } else {
        ExtractedPageReport.writeText(page, out);
      }
      out.flush();
    }
  }

  /** The output of {@link WritePage} with the JVM's class-loading log. */
  private static String writeInAFreshJvm(String format) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
        WritePage.class.getName(), format)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  @Test
  void aTextReportLeavesJacksonUnloaded() throws Exception {
    String output = writeInAFreshJvm("text");
    assertThat(output).contains("  title     Flood closes the valley road", "The river rose two metres overnight");
    assertThat(output).doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ");
  }

  @Test
  void aJsonReportMakesItsMapperWhenAsked() throws Exception {
    String output = writeInAFreshJvm("json");
    assertThat(output).contains("com.fasterxml.jackson.databind.ObjectMapper ", "{\"id\":\"flood\",\"path\":\"flood.html\"",
        "\"title\":\"Flood closes the valley road\"");
  }
}
