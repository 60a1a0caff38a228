package org.doppel.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.doppel.relate.Relation;

/**
 * Reads a truth file or a prediction file: UTF-8, one JSON object per line,
 * {@code {"a": id, "b": id, "relation": name, "passages": [...], "source": id|null, "direction_evidence": [...]}};
 * {@code source} and {@code direction_evidence} are optional; other fields are ignored.
 *
 * <p>A passage is either the truth form {@code [a_start, a_end, b_start, b_end]} or the prediction form
 * {@code {"a": [start, end], "b": [start, end]}}; both may be mixed in one file. A missing {@code passages}
 * field means none. Pairs are canonicalised ({@link LabelledPair#canonical}).
 *
 * <p>Lines that are not valid JSON, lack an id, name an unknown relation, pair a document with itself, have
 * malformed passages, or repeat an earlier pair are reported as {@link InputProblem}s and skipped. Passages of
 * zero length are dropped with a problem while the rest of the line is kept. Blank lines are ignored.
 */
public final class PairFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @throws EvalInputException when the file is missing or unreadable, or has non-blank lines but none valid
   */
  public PairFile read(Path file) throws EvalInputException {
    List<LabelledPair> pairs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    Set<PairKey> seen = new HashSet<>();
    int nonBlank = NonBlankLines.read(file, (line, text) -> {
      try {
        LabelledPair pair = parse(text, message -> problems.add(new InputProblem(file, line, message)));
        if (seen.add(pair.key())) {
          pairs.add(pair);
        } else {
          problems.add(new InputProblem(file, line, "pair " + pair.key() + " appears again (skipped; the first line is used)"));
        }
      } catch (BadLine e) {
        problems.add(new InputProblem(file, line, e.getMessage() + " (skipped)"));
      }
    });
    if (nonBlank > 0 && pairs.isEmpty()) {
      String first = problems.isEmpty() ? "" : " (first problem: " + problems.getFirst() + ")";
      throw new EvalInputException(file + ": none of its " + nonBlank + " lines is a valid pair" + first);
    }
    return new PairFile(file, pairs, problems);
  }

  private static LabelledPair parse(String text, Consumer<String> warn) throws BadLine {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadLine("invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadLine("not a JSON object");
    }
    String a = id(node, "a");
    String b = id(node, "b");
    JsonNode relationNode = node.get("relation");
    if (relationNode == null || !relationNode.isTextual()) {
      throw new BadLine("missing \"relation\"");
    }
    Relation relation;
    try {
      relation = Relation.fromJsonName(relationNode.asText());
    } catch (IllegalArgumentException e) {
      throw new BadLine(e.getMessage());
    }
    List<AlignedPassage> passages = passages(node.get("passages"), warn);
    JsonNode sourceNode = node.get("source");
    String source = sourceNode == null || !sourceNode.isTextual() || sourceNode.asText().isEmpty() ? null : sourceNode.asText();
    List<String> evidence = new ArrayList<>();
    JsonNode evidenceNode = node.get("direction_evidence");
    if (evidenceNode != null && evidenceNode.isArray()) {
      for (JsonNode signal : evidenceNode) {
        if (signal.isTextual()) {
          evidence.add(signal.asText());
        }
      }
    } else if (evidenceNode != null && !evidenceNode.isNull()) {
      warn.accept("\"direction_evidence\" is not an array (ignored)");
    }
    try {
      return LabelledPair.canonical(a, b, relation, passages).withDirection(source, evidence);
    } catch (IllegalArgumentException e) {
      throw new BadLine(e.getMessage());
    }
  }

  private static String id(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new BadLine("missing document id \"" + field + "\"");
    }
    return value.asText();
  }

  private static List<AlignedPassage> passages(JsonNode node, Consumer<String> warn) throws BadLine {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadLine("\"passages\" is not an array");
    }
    List<AlignedPassage> passages = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      AlignedPassage passage = passage(node.get(i), i);
      if (passage.a().isEmpty() || passage.b().isEmpty()) {
        warn.accept("passage " + i + " is empty on one side (passage dropped)");
      } else {
        passages.add(passage);
      }
    }
    return passages;
  }

  private static AlignedPassage passage(JsonNode node, int index) throws BadLine {
    if (node.isArray() && node.size() == 4) {
      return new AlignedPassage(interval(node, 0, index), interval(node, 2, index));
    }
    if (node.isObject() && node.has("a") && node.has("b")) {
      JsonNode a = node.get("a");
      JsonNode b = node.get("b");
      if (a.isArray() && a.size() == 2 && b.isArray() && b.size() == 2) {
        return new AlignedPassage(interval(a, 0, index), interval(b, 0, index));
      }
    }
    throw new BadLine("passage " + index + " is neither [a_start, a_end, b_start, b_end] nor {\"a\": [start, end], \"b\": [start, end]}");
  }

  private static Interval interval(JsonNode array, int from, int index) throws BadLine {
    JsonNode start = array.get(from);
    JsonNode end = array.get(from + 1);
    if (!start.canConvertToInt() || !start.isIntegralNumber() || !end.canConvertToInt() || !end.isIntegralNumber()) {
      throw new BadLine("passage " + index + " has an offset that is not an integer");
    }
    if (start.intValue() < 0 || end.intValue() < start.intValue()) {
      throw new BadLine("passage " + index + " has a bad range [" + start.intValue() + ", " + end.intValue() + ")");
    }
    return new Interval(start.intValue(), end.intValue());
  }

  /** A line that cannot be used; its message says why. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message);
    }
  }
}
