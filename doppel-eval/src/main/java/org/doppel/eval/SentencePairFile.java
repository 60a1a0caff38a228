package org.doppel.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.doppel.match.sentence.SentencePair;

/**
 * A file of sentence pairs: UTF-8 TSV, one pair per line, {@code label<TAB>text1<TAB>text2} with
 * label 1 (same meaning) or 0, after an optional header line ({@code label<TAB>text1<TAB>text2}).
 * A file whose header names another first column (STS's {@code score}) or only two columns
 * ({@code text1<TAB>text2}) has no labels.
 *
 * <p>Bad lines (wrong number of fields, a label that is not 0 or 1, an empty sentence) are skipped
 * and reported as {@link InputProblem}s with their line number.
 *
 * @param rows the good lines in file order
 * @param labelled whether the file gives labels
 */
public record SentencePairFile(Path file, List<Row> rows, boolean labelled, List<InputProblem> problems) {

  /** One good line: its 1-based number, the pair, and the label when the file has labels. */
  public record Row(int line, SentencePair pair, OptionalInt label) {}

  public SentencePairFile {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** The labels of the rows; only for a labelled file. */
  public int[] labels() {
    if (!labelled) {
      throw new IllegalStateException(file + " has no labels");
    }
    return rows.stream().mapToInt(r -> r.label().orElseThrow()).toArray();
  }

  public List<SentencePair> pairs() {
    return rows.stream().map(Row::pair).toList();
  }

  /** Reads a pair file. */
  public static SentencePairFile read(Path file) throws EvalInputException {
    List<Row> rows = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    boolean labelled = true;
    int textColumn = 1;
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        String[] fields = text.split("\t", -1);
        if (line == 1 && isHeader(fields)) {
          labelled = fields.length == 3 && fields[0].strip().equalsIgnoreCase("label");
          textColumn = fields.length == 2 ? 0 : 1;
          continue;
        }
        if (fields.length != textColumn + 2) {
          problems.add(new InputProblem(file, line, "expected " + (textColumn + 2) + " tab-separated fields, found "
              + fields.length + " (skipped)"));
          continue;
        }
        OptionalInt label = OptionalInt.empty();
        if (labelled) {
          String value = fields[0].strip();
          if (!value.equals("0") && !value.equals("1")) {
            problems.add(new InputProblem(file, line, "label must be 0 or 1, found \"" + abbreviate(value) + "\" (skipped)"));
            continue;
          }
          label = OptionalInt.of(Integer.parseInt(value));
        }
        String first = fields[textColumn].strip();
        String second = fields[textColumn + 1].strip();
        if (first.isEmpty() || second.isEmpty()) {
          problems.add(new InputProblem(file, line, "empty sentence (skipped)"));
          continue;
        }
        rows.add(new Row(line, new SentencePair(first, second), label));
      }
    } catch (IOException e) {
      throw EvalInputException.reading(file, e);
    }
    return new SentencePairFile(file, rows, labelled, problems);
  }

  /** A first line whose first field is neither a label nor a score is a header. */
  private static boolean isHeader(String[] fields) {
    String first = fields[0].strip();
    return fields.length == 2 || !first.matches("[0-9]+(\\.[0-9]+)?");
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
