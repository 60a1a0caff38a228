package org.doppel.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doppel.eval.FieldAccuracy;

/** Prints the extraction scores as tables for people or as one JSON object for programs. */
public final class ExtractionTable {
  private ExtractionTable() {}

  /** Writes the tables; either result may be null when its data set was not evaluated. */
  public static void write(BodyEvaluation.Result body, SnippetEvaluation.Result snippets, int worst, PrintWriter out) {
    if (body != null) {
      out.printf(Locale.ROOT, "Body extraction: %d pages, precision and recall averaged over pages%n", body.pages().size());
      out.printf(Locale.ROOT, "  %-30s %9s %9s %9s%n", "measure", "precision", "recall", "F1");
      row(out, "words (bag of words)", body.words());
      row(out, "4-word shingles (benchmark)", body.shingles());
      if (worst > 0) {
        out.println("  worst pages (word F1):");
        body.pages().stream().sorted(Comparator.comparingDouble(p -> p.words().f1())).limit(worst)
            .forEach(p -> out.printf(Locale.ROOT, "    %s  P %.3f  R %.3f  F1 %.3f%n", p.key(),
                p.words().precision(), p.words().recall(), p.words().f1()));
      }
      out.println();
    }
    if (snippets != null) {
      out.printf(Locale.ROOT, "Snippets: %d pages, counts summed over pages%n", snippets.pages().size());
      out.printf(Locale.ROOT, "  %-30s %6s %6s %6s %6s %9s %9s %9s %9s%n", "matching", "TP", "FN", "FP", "TN",
          "precision", "recall", "F1", "accuracy");
      snippetRow(out, "as written", snippets.exact());
      snippetRow(out, "whitespace collapsed", snippets.collapsed());
      out.println();
      out.println("Metadata: exact-match accuracy over pages that declare the field");
      out.printf(Locale.ROOT, "  %-8s %6s %8s %9s%n", "field", "pages", "correct", "accuracy");
      for (FieldAccuracy field : List.of(snippets.date(), snippets.title(), snippets.author())) {
        out.printf(Locale.ROOT, "  %-8s %6d %8d %9.3f%n", field.field(), field.scored(), field.correct(), field.accuracy());
      }
      if (worst > 0) {
        out.println("  worst pages (snippet errors FN+FP):");
        snippets.pages().entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, SnippetCounts> e) -> -(e.getValue().fn() + e.getValue().fp())))
            .limit(worst)
            .forEach(e -> out.printf(Locale.ROOT, "    %s  FN %d  FP %d%n", e.getKey(), e.getValue().fn(), e.getValue().fp()));
      }
    }
    out.flush();
  }

  private static void row(PrintWriter out, String name, MeanScores s) {
    out.printf(Locale.ROOT, "  %-30s %9.3f %9.3f %9.3f%n", name, s.precision(), s.recall(), s.f1());
  }

  private static void snippetRow(PrintWriter out, String name, SnippetCounts c) {
    out.printf(Locale.ROOT, "  %-30s %6d %6d %6d %6d %9.3f %9.3f %9.3f %9.3f%n", name, c.tp(), c.fn(), c.fp(), c.tn(),
        c.precision(), c.recall(), c.f1(), c.accuracy());
  }

  /** Writes one JSON object: {"body": {...}, "snippets": {...}, "metadata": {...}}. */
  public static void writeJson(BodyEvaluation.Result body, SnippetEvaluation.Result snippets, PrintWriter out) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    if (body != null) {
      ObjectNode b = root.putObject("body");
      b.put("pages", body.pages().size());
      scores(b.putObject("words"), body.words());
      scores(b.putObject("shingles4"), body.shingles());
    }
    if (snippets != null) {
      ObjectNode s = root.putObject("snippets");
      s.put("pages", snippets.pages().size());
      counts(s.putObject("exact"), snippets.exact());
      counts(s.putObject("whitespace_collapsed"), snippets.collapsed());
      ObjectNode m = root.putObject("metadata");
      for (FieldAccuracy field : List.of(snippets.date(), snippets.title(), snippets.author())) {
        ObjectNode f = m.putObject(field.field());
        f.put("pages", field.scored());
        f.put("correct", field.correct());
        f.put("accuracy", field.accuracy());
      }
    }
    out.println(root.toString());
    out.flush();
  }

  private static void scores(ObjectNode node, MeanScores s) {
    node.put("precision", s.precision());
    node.put("recall", s.recall());
    node.put("f1", s.f1());
  }

  private static void counts(ObjectNode node, SnippetCounts c) {
    node.put("tp", c.tp());
    node.put("fn", c.fn());
    node.put("fp", c.fp());
    node.put("tn", c.tn());
    node.put("precision", c.precision());
    node.put("recall", c.recall());
    node.put("f1", c.f1());
    node.put("accuracy", c.accuracy());
  }
}
