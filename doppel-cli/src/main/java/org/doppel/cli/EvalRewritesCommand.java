package org.doppel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.FamilyFileReader;
import org.doppel.eval.GroupSplit;
import org.doppel.eval.PairFile;
import org.doppel.eval.PairFileReader;
import org.doppel.eval.RewriteDevSet;
import org.doppel.eval.RewriteEvaluation;
import org.doppel.eval.RewriteScores;
import org.doppel.eval.RewriteTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-rewrites", mixinStandardHelpOptions = true,
    description = {"Scores a scan of a rewrite corpus (the rewrites-dev layout: truth.jsonl with categories, groups.json) "
        + "on the fit and validation parts of its split by group: detected share per category, pair precision by group, "
        + "named original right / backwards / unknown, family adjusted Rand index.",
        "Exit code 2 when a file cannot be used."})
final class EvalRewritesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder holding truth.jsonl and groups.json.")
  Path data;

  @Option(names = "--pred", paramLabel = "FILE", description = "Predicted pairs (scan --format jsonl).")
  Path pred;

  @Option(names = "--write-split", paramLabel = "FILE",
      description = "Write each document's part (JSON object {id: \"fit\"|\"validation\"}), e.g. to build a corpus of one part.")
  Path writeSplit;

  @Option(names = "--families", paramLabel = "FILE", description = "Story families as scan --families writes them; "
      + "without it, families are the connected components of the predicted pairs.")
  Path families;

  @Option(names = "--part", split = ",", paramLabel = "PART",
      description = "Parts to score, side by side: fit, validation, all (default fit,validation).")
  List<GroupSplit.Part> parts = List.of(GroupSplit.Part.FIT, GroupSplit.Part.VALIDATION);

  @Option(names = "--seed", description = "Seed of the split by group (default ${DEFAULT-VALUE}).")
  long seed = GroupSplit.SEED;

  @Override
  public Integer call() {
    PrintWriter err = Terminal.stderr();
    RewriteDevSet set;
    PairFile predicted;
    Map<String, String> familyOf = null;
    if (pred == null && writeSplit == null) {
      err.println("doppel eval-rewrites: give --pred FILE to score, or --write-split FILE");
      return 2;
    }
    try {
      set = RewriteDevSet.read(data);
      if (writeSplit != null) {
        writeSplit(set);
        if (pred == null) {
          return 0;
        }
      }
      predicted = new PairFileReader().read(pred);
      if (families != null) {
        FamilyFileReader.Families read = new FamilyFileReader().read(families);
        read.problems().forEach(problem -> err.println("doppel eval-rewrites: " + problem));
        familyOf = read.familyOf();
      }
    } catch (EvalInputException e) {
      err.println("doppel eval-rewrites: " + e.getMessage());
      return 2;
    }
    predicted.problems().forEach(problem -> err.println("doppel eval-rewrites: " + problem));
    GroupSplit split = GroupSplit.of(set.groupOf(), seed, GroupSplit.FIT_SHARE);
    List<RewriteScores> scores = new ArrayList<>();
    for (GroupSplit.Part part : parts) {
      scores.add(RewriteEvaluation.evaluate(set, split, part, predicted.pairs(), familyOf));
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    RewriteTable.write(scores, out);
    return 0;
  }

  private void writeSplit(RewriteDevSet set) throws EvalInputException {
    GroupSplit split = GroupSplit.of(set.groupOf(), seed, GroupSplit.FIT_SHARE);
    Map<String, String> parts = new TreeMap<>();
    set.groupOf().forEach((doc, group) -> parts.put(doc, split.partOfGroup(group).name().toLowerCase(Locale.ROOT)));
    try {
      new ObjectMapper().writeValue(writeSplit.toFile(), parts);
    } catch (IOException e) {
      throw new EvalInputException(writeSplit + ": cannot write: " + e.getMessage());
    }
  }
}
