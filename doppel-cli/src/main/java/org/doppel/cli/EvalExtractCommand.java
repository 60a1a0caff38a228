package org.doppel.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.extraction.BodyEvaluation;
import org.doppel.eval.extraction.DevSplit;
import org.doppel.eval.extraction.ExtractionTable;
import org.doppel.eval.extraction.SnippetEvaluation;
import org.doppel.ingest.html.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-extract", mixinStandardHelpOptions = true,
    description = {"Scores HTML extraction against the data's own expectations: body word-level precision, recall "
        + "and F1 on a scrapinghub-style set, snippet precision, recall and F1 and date/title/author accuracy on a "
        + "trafilatura-style set.",
        "Exit code 2 when a data folder cannot be used; unreadable pages are reported on stderr and scored as empty."})
final class EvalExtractCommand implements Callable<Integer> {
  @Option(names = "--bodies", paramLabel = "DIR", defaultValue = "../shared/data/extraction",
      description = "Folder with ground-truth.json and html/*.html.gz (default ${DEFAULT-VALUE}); 'none' to skip.")
  String bodies;

  @Option(names = "--snippets", paramLabel = "DIR", defaultValue = "../shared/data/extraction-meta",
      description = "Folder with evaldata.json and pages/*.gz (default ${DEFAULT-VALUE}); 'none' to skip.")
  String snippets;

  @Option(names = "--part", paramLabel = "PART", defaultValue = "all",
      description = "Which pages of the snippet set to score: fit (the two thirds rules are fitted on), validation "
          + "(the third that is only scored) or all (default); the split is fixed, by a hash of each page's key.")
  String part;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--worst", converter = OptionValues.AtLeastZero.class, paramLabel = "N", defaultValue = "0", description = "Also list the N worst pages of each set.")
  int worst;

  @Override
  public Integer call() {
    PrintWriter err = Terminal.stderr();
    BodyEvaluation.Result body = null;
    SnippetEvaluation.Result snippet = null;
    try {
      if (!"none".equals(bodies)) {
        body = BodyEvaluation.run(folder(bodies), ArticleExtractor::extract, p -> err.println("doppel eval-extract: " + p));
      }
      if (!"none".equals(snippets)) {
        snippet = SnippetEvaluation.run(folder(snippets), part(part), ArticleExtractor::extract, p -> err.println("doppel eval-extract: " + p));
      }
    } catch (EvalInputException e) {
      err.println("doppel eval-extract: " + e.getMessage());
      return 2;
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    if (json) {
      ExtractionTable.writeJson(body, snippet, out);
    } else {
      ExtractionTable.write(body, snippet, worst, out);
    }
    return 0;
  }

  private static DevSplit part(String name) throws EvalInputException {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "fit" -> DevSplit.FIT;
      case "validation" -> DevSplit.VALIDATION;
      case "all" -> DevSplit.ALL;
      default -> throw new EvalInputException("--part " + name + ": expected fit, validation or all");
    };
  }

  private static Path folder(String name) throws EvalInputException {
    Path path = Path.of(name);
    if (!Files.isDirectory(path)) {
      throw new EvalInputException(name + ": no such folder");
    }
    return path;
  }
}
