package org.doppel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.FieldAccuracy;
import org.doppel.eval.HtmlMetadataEvaluation;
import org.doppel.eval.TextMetadataEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-meta", mixinStandardHelpOptions = true,
    description = {"Scores metadata extraction. Given a reuse corpus (a folder with docs.jsonl and corpus/, e.g. "
        + "../shared/data/reuse-dev): site, date and time, byline and attribution read from the plain texts. Given a folder "
        + "of annotated web pages (evaldata.json and pages/, e.g. ../shared/data/extraction-meta): date, title and author "
        + "exact-match accuracy.",
        "Exit code 2 when the corpus cannot be read."})
final class EvalMetaCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "A folder with docs.jsonl and corpus/<id>.txt, or with evaldata.json and pages/.")
  Path dir;

  @Option(names = "--misses", description = "List every miss: document, field, expected and found.")
  boolean misses;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try {
      if (java.nio.file.Files.isRegularFile(dir.resolve("evaldata.json"))) {
        HtmlMetadataEvaluation.Result result = HtmlMetadataEvaluation.evaluate(dir);
        out.printf("| field | correct | pages with an expectation | accuracy |%n|---|---:|---:|---:|%n");
        for (FieldAccuracy field : result.fields()) {
          out.printf("| %s | %d | %d | %.3f |%n", field.field(), field.correct(), field.scored(), field.accuracy());
        }
        out.printf("%d pages, %.1f ms per page (parse and metadata)%n", result.pages(), result.nanos() / 1e6 / Math.max(1, result.pages()));
        if (misses) {
          for (HtmlMetadataEvaluation.Miss miss : result.misses()) {
            out.printf("miss %s %s: expected [%s], found [%s] from %s  %s%n", miss.file(), miss.field(), miss.expected(), miss.found(), miss.where(), miss.url());
          }
        }
        out.flush();
        return 0;
      }
      TextMetadataEvaluation.Result result = TextMetadataEvaluation.evaluate(dir.resolve("docs.jsonl"), dir.resolve("corpus"));
      out.printf("| field | correct | documents | accuracy |%n|---|---:|---:|---:|%n");
      for (FieldAccuracy field : result.fields()) {
        out.printf("| %s | %d | %d | %.3f |%n", field.field(), field.correct(), field.scored(), field.accuracy());
      }
      if (misses) {
        for (TextMetadataEvaluation.Miss miss : result.misses()) {
          out.printf("miss %s %s: expected %s, found %s%n", miss.id(), miss.field(), miss.expected(), miss.found());
        }
      }
      out.flush();
      return 0;
    } catch (EvalInputException e) {
      out.flush();
      new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true).println("doppel eval-meta: " + e.getMessage());
      return 2;
    }
  }
}
