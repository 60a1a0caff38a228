package org.doppel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.FieldAccuracy;
import org.doppel.eval.TextMetadataEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-meta", mixinStandardHelpOptions = true,
    description = {"Scores the metadata read from plain-text documents (site, date and time, byline, attribution) "
        + "against a reuse corpus's docs.jsonl, e.g. ../shared/data/reuse-dev. Web-page metadata is scored by eval-extract.",
        "Exit code 2 when the corpus cannot be read."})
final class EvalMetaCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "A folder with docs.jsonl and corpus/<id>.txt.")
  Path dir;

  @Option(names = "--misses", description = "List every miss: document, field, expected and found.")
  boolean misses;

  @Override
  public Integer call() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try {
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
      Terminal.stderr().println("doppel eval-meta: " + e.getMessage());
      return 2;
    }
  }
}
