package org.doppel.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
      familyOf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(familyOf));
      problems = List.copyOf(problems);
    }
  }

  /** @throws EvalInputException when the file is missing or unreadable, or has lines but none valid */
  public Families read(Path file) throws EvalInputException {
    Map<String, String> familyOf = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    int nonBlank = 0;
    int valid = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        nonBlank++;
        JsonNode node;
        try {
          node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          problems.add(new InputProblem(file, line, "invalid JSON: " + e.getOriginalMessage() + " (skipped)"));
          continue;
        }
        JsonNode id = node == null ? null : node.get("family");
        JsonNode members = node == null ? null : node.get("members");
        if (id == null || id.isNull() || members == null || !members.isArray()) {
          problems.add(new InputProblem(file, line, "needs \"family\" and a \"members\" array (skipped)"));
          continue;
        }
        valid++;
        for (JsonNode member : members) {
          String doc = member.asText();
          String earlier = familyOf.putIfAbsent(doc, id.asText());
          if (earlier != null) {
            problems.add(new InputProblem(file, line, "document " + doc + " is already in family " + earlier + " (kept there)"));
          }
        }
      }
    } catch (NoSuchFileException e) {
      throw new EvalInputException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new EvalInputException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new EvalInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (nonBlank > 0 && valid == 0) {
      throw new EvalInputException(file + ": none of its " + nonBlank + " lines is a family");
    }
    return new Families(familyOf, problems);
  }
}
