package org.doppel.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.FieldAccuracy;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.html.ExtractedArticle;

/**
 * Scores extraction on trafilatura's evaluation pages: a folder with {@code evaldata.json}
 * ({@code {url: {"file", "with", "without", "title"?, "author"?, "date"?}}}) and
 * {@code pages/<file>.gz}. Body: snippets found or not in the extracted text (as written, and with
 * whitespace runs collapsed in both, as trafilatura's script does). Metadata: exact-match accuracy of
 * date, title and author.
 */
public final class SnippetEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnippetEvaluation() {}

  /**
   * @param pages per page, its key and snippet counts (exact matching), in key order
   * @param exact snippet counts summed over pages, snippets matched as written
   * @param collapsed the same with runs of whitespace collapsed in snippets and text
   * @param date date accuracy
   * @param title title accuracy
   * @param author author accuracy
   */
  public record Result(Map<String, SnippetCounts> pages, SnippetCounts exact, SnippetCounts collapsed,
      FieldAccuracy date, FieldAccuracy title, FieldAccuracy author) {}

  public static Result run(Path folder, PageExtractor extractor, Consumer<String> problems) throws EvalInputException {
    return run(folder, DevSplit.ALL, extractor, problems);
  }

  /** Scores the pages of one part of the set's fixed split ({@link DevSplit}). */
  public static Result run(Path folder, DevSplit part, PageExtractor extractor, Consumer<String> problems)
      throws EvalInputException {
    Path dataFile = folder.resolve("evaldata.json");
    JsonNode data;
    try {
      data = JSON.readTree(dataFile.toFile());
    } catch (IOException e) {
      throw new EvalInputException(dataFile + ": cannot read expectations (" + e.getMessage() + ")", e);
    }
    if (data == null || !data.isObject() || data.isEmpty()) {
      throw new EvalInputException(dataFile + ": expected a JSON object of pages");
    }
    List<String> keys = new ArrayList<>();
    data.fieldNames().forEachRemaining(key -> {
      if (part.includes(key)) {
        keys.add(key);
      }
    });
    keys.sort(null);
    Map<String, SnippetCounts> pages = new TreeMap<>();
    SnippetCounts exact = SnippetCounts.ZERO;
    SnippetCounts collapsed = SnippetCounts.ZERO;
    int[] dates = new int[2];
    int[] titles = new int[2];
    int[] authors = new int[2];
    for (String key : keys) {
      JsonNode entry = data.get(key);
      Path page = folder.resolve("pages").resolve(entry.path("file").asText("") + ".gz");
      String url = key.replaceFirst("^[a-z]+::", "");
      ExtractedArticle article = ExtractedArticle.of(List.of(), ArticleMetadata.EMPTY);
      try {
        article = extractor.extract(PageFiles.read(page), url);
      } catch (IOException | RuntimeException e) {
        problems.accept(page + ": " + e.getMessage());
      }
      SnippetCounts counts = count(entry, article.body(), false);
      pages.put(key, counts);
      exact = exact.plus(counts);
      collapsed = collapsed.plus(count(entry, article.body(), true));
      ArticleMetadata meta = article.metadata();
      String expectedDate = entry.path("date").asText("");
      if (!expectedDate.isBlank()) {
        dates[0]++;
        if (meta.date() != null && MetadataMatch.sameDate(expectedDate, meta.date().toString())) {
          dates[1]++;
        }
      }
      score(expectation(entry.path("title")), meta.title(), titles);
      score(expectation(entry.path("author")), meta.author(), authors);
    }
    return new Result(pages, exact, collapsed, new FieldAccuracy("date", dates[1], dates[0]),
        new FieldAccuracy("title", titles[1], titles[0]), new FieldAccuracy("author", authors[1], authors[0]));
  }

  /** An annotation as one string; a list of names is joined with "; " as the evaluation rules say. */
  private static String expectation(JsonNode node) {
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(part -> parts.add(part.asText()));
      return String.join("; ", parts);
    }
    return node.isNull() || node.isMissingNode() ? "" : node.asText("");
  }

  private static void score(String expected, String predicted, int[] tally) {
    if (expected.isBlank()) {
      return;
    }
    tally[0]++;
    if (MetadataMatch.sameText(expected, predicted)) {
      tally[1]++;
    }
  }

  private static SnippetCounts count(JsonNode entry, String text, boolean collapse) {
    String haystack = collapse ? collapse(text) : text;
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (JsonNode snippet : entry.path("with")) {
      String needle = collapse ? collapse(snippet.asText()) : snippet.asText();
      if (haystack.contains(needle)) {
        tp++;
      } else {
        fn++;
      }
    }
    for (JsonNode snippet : entry.path("without")) {
      String needle = collapse ? collapse(snippet.asText()) : snippet.asText();
      if (haystack.contains(needle)) {
        fp++;
      } else {
        tn++;
      }
    }
    return new SnippetCounts(tp, fn, fp, tn);
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
