package org.doppel.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.meta.HtmlMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores {@link HtmlMetadata} on pages annotated as trafilatura's evaluation set is
 * ({@code shared/data/extraction-meta}: {@code evaldata.json} and {@code pages/<file>.gz}):
 * exact-match accuracy of date, title and author over the pages with a non-empty expectation.
 * Titles and authors are compared after NFKC, case folding and whitespace collapsing; a date
 * matches when the first year-month-day of the prediction equals the expected one, which may be
 * written with other separators or unpadded.
 */
public final class HtmlMetadataEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern YMD = Pattern.compile("(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})");

  /** One page's miss on one field. */
  public record Miss(String url, String file, String field, String expected, String found, String where) {}

  /** Accuracy of date, title and author, pages read, and every miss. */
  public record Result(int pages, List<FieldAccuracy> fields, List<Miss> misses, long nanos) {}

  private HtmlMetadataEvaluation() {}

  /** Reads {@code dir/evaldata.json} and every page it names and scores the extraction. */
  public static Result evaluate(Path dir) throws EvalInputException {
    JsonNode entries;
    try {
      entries = JSON.readTree(dir.resolve("evaldata.json").toFile());
    } catch (IOException e) {
      throw new EvalInputException(dir.resolve("evaldata.json") + ": " + e.getMessage(), e);
    }
    String[] fields = {"date", "title", "author"};
    int[] correct = new int[3];
    int[] scored = new int[3];
    List<Miss> misses = new ArrayList<>();
    int pages = 0;
    long nanos = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String url = entry.getKey().replaceFirst("^[a-z]+::", "");
      String file = entry.getValue().path("file").asText();
      Path page = dir.resolve("pages").resolve(file + ".gz");
      Document document;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        byte[] bytes = in.readAllBytes();
        long start = System.nanoTime();
        document = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, url);
        nanos += System.nanoTime() - start;
      } catch (IOException e) {
        throw new EvalInputException(page + ": " + e.getMessage(), e);
      }
      long start = System.nanoTime();
      ArticleMetadata found = HtmlMetadata.extract(document, url);
      nanos += System.nanoTime() - start;
      pages++;
      String[] got = {found.date() == null ? null : found.date().toString(), found.title(), found.author()};
      for (int f = 0; f < 3; f++) {
        String expected = entry.getValue().path(fields[f]).asText("");
        if (expected.isBlank()) {
          continue;
        }
        scored[f]++;
        boolean match = f == 0 ? sameDate(expected, got[f]) : got[f] != null && normalise(expected).equals(normalise(got[f]));
        if (match) {
          correct[f]++;
        } else {
          misses.add(new Miss(url, file, fields[f], expected, got[f], found.evidence().get(fields[f])));
        }
      }
    }
    List<FieldAccuracy> accuracy = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      accuracy.add(new FieldAccuracy(fields[f], correct[f], scored[f]));
    }
    return new Result(pages, accuracy, misses, nanos);
  }

  static boolean sameDate(String expected, String predicted) {
    if (predicted == null) {
      return false;
    }
    Matcher e = YMD.matcher(expected);
    Matcher p = YMD.matcher(predicted);
    if (!e.find() || !p.find()) {
      return false;
    }
    for (int g = 1; g <= 3; g++) {
      if (Integer.parseInt(e.group(g)) != Integer.parseInt(p.group(g))) {
        return false;
      }
    }
    return true;
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
