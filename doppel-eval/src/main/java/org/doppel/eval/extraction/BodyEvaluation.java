package org.doppel.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.doppel.eval.EvalInputException;

/**
 * Scores body extraction on the scrapinghub article-extraction benchmark: a folder with
 * {@code ground-truth.json} ({@code {key: {"articleBody", "url"}}}) and {@code html/<key>.html.gz}.
 * A page that cannot be read or extracted is reported and scored as an empty extraction.
 */
public final class BodyEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BodyEvaluation() {}

  /**
   * The benchmark's scores.
   *
   * @param pages one score per page, in key order
   * @param words bag-of-words precision, recall and F1 (means over pages)
   * @param shingles the same over 4-word shingles
   */
  public record Result(List<BodyPageScore> pages, MeanScores words, MeanScores shingles) {}

  public static Result run(Path folder, PageExtractor extractor, Consumer<String> problems) throws EvalInputException {
    Path truthFile = folder.resolve("ground-truth.json");
    JsonNode truth;
    try {
      truth = JSON.readTree(truthFile.toFile());
    } catch (IOException e) {
      throw new EvalInputException(truthFile + ": cannot read ground truth (" + e.getMessage() + ")", e);
    }
    if (truth == null || !truth.isObject() || truth.isEmpty()) {
      throw new EvalInputException(truthFile + ": expected a JSON object of pages");
    }
    List<String> keys = new ArrayList<>();
    truth.fieldNames().forEachRemaining(keys::add);
    keys.sort(null);
    List<BodyPageScore> pages = new ArrayList<>();
    for (String key : keys) {
      JsonNode entry = truth.get(key);
      String expected = entry.path("articleBody").asText("");
      String url = entry.path("url").asText("");
      Path page = folder.resolve("html").resolve(key + ".html.gz");
      String predicted = "";
      try {
        predicted = extractor.extract(PageFiles.read(page), url).body();
      } catch (IOException | RuntimeException e) {
        problems.accept(page + ": " + e.getMessage());
      }
      pages.add(new BodyPageScore(key, WordOverlap.of(expected, predicted, 1), WordOverlap.of(expected, predicted, 4)));
    }
    return new Result(List.copyOf(pages), MeanScores.over(pages, BodyPageScore::words),
        MeanScores.over(pages, BodyPageScore::shingles));
  }
}
