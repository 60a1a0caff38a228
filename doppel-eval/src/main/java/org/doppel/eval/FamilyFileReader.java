package org.doppel.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a families file as {@code scan --families} writes it: one JSON object per line with a {@code family}
 * id and a {@code members} array of document ids; other fields are ignored. A document listed in two families
 * keeps the first; bad lines are reported and skipped.
 */
public final class FamilyFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What was read: each document's family, and the lines that could not be used. */
  public record Families(Map<String, String> familyOf, List<InputProblem> problems) {
    public Families {
      familyOf = Collections.unmodifiableMap(new LinkedHashMap<>(familyOf));
      problems = List.copyOf(problems);
    }
  }

  /** @throws EvalInputException when the file is missing or unreadable, or has lines but none valid */
  public Families read(Path file) throws EvalInputException {
    Map<String, String> familyOf = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    int[] valid = {0};
    int nonBlank = NonBlankLines.read(file, (line, text) -> {
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        problems.add(new InputProblem(file, line, "invalid JSON: " + e.getOriginalMessage() + " (skipped)"));
        return;
      }
      JsonNode id = node == null ? null : node.get("family");
      JsonNode members = node == null ? null : node.get("members");
      if (id == null || id.isNull() || members == null || !members.isArray()) {
        problems.add(new InputProblem(file, line, "needs \"family\" and a \"members\" array (skipped)"));
        return;
      }
      valid[0]++;
      for (JsonNode member : members) {
        String doc = member.asText();
        String earlier = familyOf.putIfAbsent(doc, id.asText());
        if (earlier != null) {
          problems.add(new InputProblem(file, line, "document " + doc + " is already in family " + earlier + " (kept there)"));
        }
      }
    });
    if (nonBlank > 0 && valid[0] == 0) {
      throw new EvalInputException(file + ": none of its " + nonBlank + " lines is a family");
    }
    return new Families(familyOf, problems);
  }
}
