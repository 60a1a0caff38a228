package org.doppel.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The front matter a static site's post starts with (Jekyll, Hugo, Eleventy, Astro): YAML between {@code ---} lines, or
 * TOML between {@code +++} lines (Hugo), at the very start of the file; and where the body starts.
 *
 * <p>Only the top-level keys with a string, a date or a list of strings are read ({@code title: "…"}, {@code date =
 * 2024-03-14}, {@code authors: [a, b]} or a block list, {@code author:} with an indented {@code name:}), by hand: the
 * project has no YAML or TOML parser, a post's few metadata keys need none, and a whole parser would also take the
 * anchors, tags and nested tables no field Doppel fills is kept in. A value that does not parse (a quote or a list
 * that does not close) is a problem and left out; the other keys are still read.
 *
 * @param fields the keys read, lower-cased, each with its values (one for a scalar, each item for a list)
 * @param bodyStart where the body starts in the text: after the closing line, or 0 without front matter
 * @param problems what could not be read, for a warning naming the file
 */
record FrontMatter(Map<String, List<String>> fields, int bodyStart, List<String> problems) {
  private static final FrontMatter NONE = new FrontMatter(Map.of(), 0, List.of());

  /** A YAML key at the start of a line, and what follows its colon. */
  private static final Pattern YAML_KEY = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*:(?:\\s+(.*))?");
  /** A TOML key (bare or quoted) and its value. */
  private static final Pattern TOML_KEY = Pattern.compile("\"?([A-Za-z_][\\w.-]*)\"?\\s*=\\s*(.*)");
  /** An item of a YAML block list: "- value". */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*-\\s+(.*)");
  /** A nested YAML mapping's name (an author written as {@code author:} then {@code   name: Jane Voe}), or a list item's. */
  private static final Pattern NESTED_NAME = Pattern.compile("\\s*name\\s*:\\s+(.*)");

  FrontMatter {
    fields = Map.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /** The first value of the first of {@code keys} the front matter has, or null. */
  @Nullable String first(String... keys) {
    for (String key : keys) {
      List<String> values = fields.get(key);
      if (values != null && !values.isEmpty()) {
        return values.get(0);
      }
    }
    return null;
  }

  /** Every value of the first of {@code keys} the front matter has, or none. */
  List<String> all(String... keys) {
    for (String key : keys) {
      List<String> values = fields.get(key);
      if (values != null && !values.isEmpty()) {
        return values;
      }
    }
    return List.of();
  }

  /** The front matter {@code text} starts with (after a byte-order mark), or none when its first line opens none. */
  static FrontMatter of(String text) {
    int start = text.startsWith("\ufeff") ? 1 : 0;
    int firstEnd = lineEnd(text, start);
    String fence = text.substring(start, firstEnd).strip();
    boolean yaml = fence.equals("---");
    if (!yaml && !fence.equals("+++")) {
      return NONE;
    }
    List<String> lines = new ArrayList<>();
    int at = next(text, firstEnd);
    while (at < text.length()) {
      int end = lineEnd(text, at);
      String line = text.substring(at, end);
      String bare = line.strip();
      if (yaml ? bare.equals("---") || bare.equals("...") : bare.equals("+++")) {
        return yaml ? readYaml(lines, next(text, end)) : readToml(lines, next(text, end));
      }
      lines.add(line);
      at = next(text, end);
    }
    return new FrontMatter(Map.of(), 0, List.of("the front matter opened by " + fence + " on the first line does not close: "
        + "the whole file read as the body"));
  }

  private static FrontMatter readYaml(List<String> lines, int bodyStart) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int keys = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || Character.isWhitespace(line.charAt(0)) || line.startsWith("-")) {
        continue; // a comment, or a line of a value or list read with its key
      }
      Matcher key = YAML_KEY.matcher(line.stripTrailing());
      if (!key.matches()) {
        problems.add("front matter line " + (i + 2) + " is not YAML (key: value): " + shown(line));
        continue;
      }
      keys++;
      String name = key.group(1).toLowerCase(Locale.ROOT);
      String value = key.group(2) == null ? "" : key.group(2).strip();
      try {
        List<String> values = value.isEmpty() || value.startsWith("#") ? indented(lines, i + 1) : yamlValue(value);
        fields.putIfAbsent(name, values);
      } catch (IllegalArgumentException e) {
        problems.add("the front matter's " + key.group(1) + " (line " + (i + 2) + ") does not parse, left out: " + e.getMessage());
      }
    }
    return read(fields, bodyStart, problems, keys);
  }

  /**
   * The front matter read, or none when not one of its lines was a key: a body that opens with a rule ({@code ---})
   * and has another further down is text between two rules, not front matter that is all wrong.
   */
  private static FrontMatter read(Map<String, List<String>> fields, int bodyStart, List<String> problems, int keys) {
    return keys == 0 && !problems.isEmpty() ? NONE : new FrontMatter(fields, bodyStart, problems);
  }

  /** The block list, or the {@code name:} of the mapping, indented under a key with no value on its line. */
  private static List<String> indented(List<String> lines, int from) {
    List<String> values = new ArrayList<>();
    for (int i = from; i < lines.size() && (lines.get(i).isBlank() || Character.isWhitespace(lines.get(i).charAt(0))
        || lines.get(i).startsWith("-")); i++) {
      Matcher item = LIST_ITEM.matcher(lines.get(i));
      Matcher name = NESTED_NAME.matcher(lines.get(i));
      if (item.matches()) {
        String value = item.group(1).strip();
        Matcher itemName = NESTED_NAME.matcher(value);
        values.addAll(yamlValue(itemName.matches() ? itemName.group(1) : value));
      } else if (name.matches()) {
        values.addAll(yamlValue(name.group(1).strip()));
      }
    }
    return values;
  }

  /** A YAML value on its key's line: a quoted or plain string, or a flow list {@code [a, "b"]}. */
  private static List<String> yamlValue(String value) {
    if (value.startsWith("[")) {
      return flowList(value);
    }
    if (value.startsWith("|") || value.startsWith(">") || value.startsWith("{") || value.startsWith("&") || value.startsWith("*")) {
      return List.of(); // a block text, a mapping, an anchor: no field Doppel fills is written so
    }
    return List.of(scalar(value));
  }

  private static FrontMatter readToml(List<String> lines, int bodyStart) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int keys = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("[")) {
        break; // a table ([params], [[menu]]): its keys are not the post's own
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher key = TOML_KEY.matcher(line);
      if (!key.matches()) {
        problems.add("front matter line " + (i + 2) + " is not TOML (key = value): " + shown(line));
        continue;
      }
      keys++;
      String value = key.group(2).strip();
      try {
        fields.putIfAbsent(key.group(1).toLowerCase(Locale.ROOT), value.startsWith("[") ? flowList(value) : List.of(scalar(value)));
      } catch (IllegalArgumentException e) {
        problems.add("the front matter's " + key.group(1) + " (line " + (i + 2) + ") does not parse, left out: " + e.getMessage());
      }
    }
    return read(fields, bodyStart, problems, keys);
  }

  /** The items of {@code [a, "b, c"]}, each a scalar. */
  private static List<String> flowList(String value) {
    int close = closingBracket(value);
    List<String> items = new ArrayList<>();
    int from = 1;
    char quote = 0;
    for (int i = 1; i <= close; i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        quote = c == quote && value.charAt(i - 1) != '\\' ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ',' || i == close) {
        String item = value.substring(from, i).strip();
        if (!item.isEmpty()) {
          items.add(scalar(item));
        }
        from = i + 1;
      }
    }
    return items;
  }

  /** Where the list that {@code value} opens closes, outside quotes. */
  private static int closingBracket(String value) {
    char quote = 0;
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        quote = c == quote && value.charAt(i - 1) != '\\' ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ']') {
        return i;
      }
    }
    throw new IllegalArgumentException("the list " + shown(value) + " does not close");
  }

  /**
   * A quoted value without its quotes (a double-quoted one's {@code \"} and {@code \\} read), or a plain one (a bare
   * date, number or word) without a trailing comment ({@code " # …"}).
   */
  private static String scalar(String value) {
    if (value.startsWith("\"") || value.startsWith("'")) {
      char quote = value.charAt(0);
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' && quote == '"' && i + 1 < value.length()) {
          char escaped = value.charAt(++i);
          out.append(escaped == 'n' ? ' ' : escaped == 't' ? ' ' : escaped);
        } else if (c == quote && quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
          out.append('\'');
          i++;
        } else if (c == quote) {
          return out.toString().strip();
        } else {
          out.append(c);
        }
      }
      throw new IllegalArgumentException("the quote of " + shown(value) + " does not close");
    }
    int comment = value.indexOf(" #");
    return (comment < 0 ? value : value.substring(0, comment)).strip();
  }

  private static String shown(String text) {
    String line = text.strip();
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** The start of the line after the one ending at {@code end}. */
  private static int next(String text, int end) {
    if (end < text.length() && text.charAt(end) == '\r') {
      end++;
    }
    return end < text.length() ? end + 1 : end;
  }
}
