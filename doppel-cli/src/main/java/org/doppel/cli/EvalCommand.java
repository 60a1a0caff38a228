package org.doppel.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
    PrintWriter err = Terminal.stderr();
    Set<Relation> overall;
    try {
      overall = overallRelations();
    } catch (IllegalArgumentException e) {
      err.println("doppel eval: --relations: " + e.getMessage());
      return 2;
    }
    Inputs inputs;
    try {
      inputs = readInputs(err);
    } catch (EvalInputException e) {
      err.println("doppel eval: " + e.getMessage());
      return 2;
    }
    EvaluationResult result = ReuseEvaluation.evaluate(inputs.truth().pairs(), inputs.predicted().pairs(), overall);
    ProvenanceResult provenance = ProvenanceEvaluation.evaluate(inputs.truth().pairs(), inputs.predicted().pairs(), inputs.familyOf());
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

  /** The relations the overall row counts: --relations, or every reuse relation. */
  private Set<Relation> overallRelations() {
    if (relations == null) {
      return EnumSet.copyOf(ReuseEvaluation.REUSE_RELATIONS);
    }
    Set<Relation> overall = EnumSet.noneOf(Relation.class);
    for (String name : relations) {
      Relation relation = Relation.fromJsonName(name.strip());
      if (relation == Relation.UNRELATED) {
        throw new IllegalArgumentException("'unrelated' is not a reuse relation");
      }
      overall.add(relation);
    }
    return overall;
  }

  /** The files compared; {@code familyOf} is null without --families. */
  private record Inputs(PairFile truth, PairFile predicted, Map<String, String> familyOf) {}

  /** Reads the truth, the prediction and the families, reporting the lines skipped on {@code err}. */
  private Inputs readInputs(PrintWriter err) throws EvalInputException {
    PairFileReader reader = new PairFileReader();
    PairFile truthFile = reader.read(truth);
    PairFile predFile = reader.read(pred);
    for (InputProblem problem : truthFile.problems()) {
      err.println("doppel eval: " + problem);
    }
    for (InputProblem problem : predFile.problems()) {
      err.println("doppel eval: " + problem);
    }
    if (truthFile.pairs().isEmpty()) {
      throw new EvalInputException(truth + ": no truth pairs");
    }
    Map<String, String> familyOf = null;
    if (families != null) {
      FamilyFileReader.Families read = new FamilyFileReader().read(families);
      read.problems().forEach(problem -> err.println("doppel eval: " + problem));
      familyOf = read.familyOf();
    }
    return new Inputs(truthFile, predFile, familyOf);
  }
}
