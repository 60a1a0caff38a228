package org.doppel.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.EvaluationJson;
import org.doppel.eval.EvaluationResult;
import org.doppel.eval.EvaluationTable;
import org.doppel.eval.FamilyFileReader;
import org.doppel.eval.InputProblem;
import org.doppel.eval.PairFile;
import org.doppel.eval.PairFileReader;
import org.doppel.eval.ProvenanceEvaluation;
import org.doppel.eval.ProvenanceResult;
import org.doppel.eval.ProvenanceTable;
import org.doppel.eval.ReuseEvaluation;
import org.doppel.relate.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Compares a prediction (scan --format jsonl) with ground truth: pair precision, recall and F1 "
        + "per relation and overall, PAN passage precision, recall, granularity and plagdet, direction accuracy "
        + "(source) and family clustering (adjusted Rand index).",
        "Exit code 2 when a file cannot be used; invalid lines are reported on stderr and skipped."})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "Truth pairs, JSON lines.")
  Path truth;

  @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted pairs, JSON lines.")
  Path pred;

  @Option(names = "--families", paramLabel = "FILE",
      description = "Story families as scan --families writes them; without it, families are the connected "
          + "components of the predicted pairs.")
  Path families;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--relations", split = ",", paramLabel = "RELATION",
      description = "Relations the overall row counts (default all): exact, near_duplicate, partial, paraphrase.")
  List<String> relations;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Set<Relation> overall = EnumSet.copyOf(ReuseEvaluation.REUSE_RELATIONS);
    if (relations != null) {
      overall.clear();
      for (String name : relations) {
        try {
          Relation relation = Relation.fromJsonName(name.strip());
          if (relation == Relation.UNRELATED) {
            throw new IllegalArgumentException("'unrelated' is not a reuse relation");
          }
          overall.add(relation);
        } catch (IllegalArgumentException e) {
          err.println("doppel eval: --relations: " + e.getMessage());
          return 2;
        }
      }
    }
    PairFile truthFile;
    PairFile predFile;
    try {
      PairFileReader reader = new PairFileReader();
      truthFile = reader.read(truth);
      predFile = reader.read(pred);
    } catch (EvalInputException e) {
      err.println("doppel eval: " + e.getMessage());
      return 2;
    }
    for (InputProblem problem : truthFile.problems()) {
      err.println("doppel eval: " + problem);
    }
    for (InputProblem problem : predFile.problems()) {
      err.println("doppel eval: " + problem);
    }
    if (truthFile.pairs().isEmpty()) {
      err.println("doppel eval: " + truth + ": no truth pairs");
      return 2;
    }
    java.util.Map<String, String> familyOf = null;
    if (families != null) {
      try {
        FamilyFileReader.Families read = new FamilyFileReader().read(families);
        read.problems().forEach(problem -> err.println("doppel eval: " + problem));
        familyOf = read.familyOf();
      } catch (EvalInputException e) {
        err.println("doppel eval: " + e.getMessage());
        return 2;
      }
    }
    EvaluationResult result = ReuseEvaluation.evaluate(truthFile.pairs(), predFile.pairs(), overall);
    ProvenanceResult provenance = ProvenanceEvaluation.evaluate(truthFile.pairs(), predFile.pairs(), familyOf);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    if (json) {
      EvaluationJson.write(result, provenance, out);
    } else {
      EvaluationTable.write(result, out);
      ProvenanceTable.write(provenance, out);
    }
    out.flush();
    return 0;
  }
}
