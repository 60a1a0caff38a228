package org.doppel.ingest.meta;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a byline mark, and of a short block ({@link ShortBlocks}), with its element boundaries kept as word
 * boundaries. jsoup's {@code text()} joins adjacent inline elements without a space, so a link that sets the writer's name
 * and job in two spans ({@code <span>Jane Roe</span><span>Staff Writer</span>}) reads "Jane RoeStaff Writer". Here a
 * boundary between two parts separates them with a space when the parts would glue into one word (a lower-case letter or
 * a full stop before a capital, a letter beside a digit), and with a comma when the part after it is a job title alone
 * ({@link AuthorNames#isRole}) after a name of two words or more, so that the rules that cut a role after a comma cut it.
 * Markup inside a word ({@code <b>R</b>oe}) stays joined.
 */
final class MarkText {
  /** Two capitalised words at the end of what comes before a role: the name the role follows ("Jane Roe"), not a lead ("By"). */
  private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}[\\p{L}'’.-]*$");

  /** The longest text that is read as a job title alone, and how far back the name before it is looked for. */
  private static final int ROLE_REACH = 60;
  /** How deep elements are read under a mark or a short block: a line or two of markup, not a page's sections. */
  private static final int MAX_DEPTH = 8;

  /** The stems of the words {@link AuthorNames#isRole} reads as a job or function: a cheap test before its patterns run. */
  private static final String[] ROLE_STEMS = {"writer", "editor", "correspond", "reporter", "columnist", "contributor", "journalist",
      "obmann", "obfrau", "vorsitz", "vorstand", "präsident", "wart", "sprecher", "referent", "leiter", "führer", "kassier", "trainer",
      "pfarrer", "meister", "redakt", "korrespond", "beauftragt", "pastor", "diakon", "vikar", "katechet", "sekretär", "coordinator",
      "manager", "director", "officer", "secretary", "librarian", "teacher", "chair", "president", "lehrer"};

  private MarkText() {}

  /** {@code mark}'s text, its parts separated as described above, whitespace collapsed. */
  static String of(Element mark) {
    StringBuilder out = new StringBuilder();
    append(mark, out, Integer.MAX_VALUE);
    return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /**
   * Appends the text under {@code node} to {@code out}, a space before a block element or a line break and the separator
   * each element boundary needs ({@link #separate}), elements nested deeper than {@value #MAX_DEPTH} levels left out;
   * false as soon as {@code out} passes {@code limit} characters.
   */
  static boolean append(Node node, StringBuilder out, int limit) {
    return append(node, out, 0, limit, false);
  }

  private static boolean append(Node node, StringBuilder out, int depth, int limit, boolean boundary) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        String whole = text.getWholeText();
        if (boundary) {
          separate(out, whole);
        }
        out.append(whole);
        boundary = boundary && text.isBlank();
      } else if (child instanceof Element part && depth < MAX_DEPTH) {
        if (part.isBlock() || part.normalName().equals("br")) {
          out.append(' ');
        }
        if (!append(part, out, depth + 1, limit, true)) {
          return false;
        }
        boundary = true;
      }
      if (out.length() > limit) {
        return false;
      }
    }
    return out.length() < limit;
  }

  /**
   * Appends the separator that an element boundary between {@code out} and the text {@code next} after it needs: a comma
   * before a job title alone after a name, a space between two parts that would glue into one word.
   */
  private static void separate(StringBuilder out, String next) {
    int end = lastNonSpace(out);
    int first = firstNonSpace(next);
    if (end < 0 || first < 0) {
      return;
    }
    char before = out.charAt(end);
    char after = next.charAt(first);
    if (next.length() < ROLE_REACH && Character.isLetter(before) && Character.isUpperCase(after) && namesARole(next)
        && NAME_BEFORE.matcher(out.subSequence(Math.max(0, end + 1 - ROLE_REACH), end + 1)).find() && AuthorNames.isRole(next.strip())) {
      out.setLength(end + 1);
      out.append(", ");
    } else if (end == out.length() - 1 && first == 0 && glued(before, after)) {
      out.append(' ');
    }
  }

  private static boolean namesARole(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String stem : ROLE_STEMS) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static int firstNonSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
        return i;
      }
    }
    return -1;
  }

  private static boolean glued(char before, char after) {
    return (Character.isLowerCase(before) || before == '.') && Character.isUpperCase(after)
        || Character.isLetter(before) && Character.isDigit(after) || Character.isDigit(before) && Character.isLetter(after);
  }

  private static int lastNonSpace(StringBuilder out) {
    int i = out.length() - 1;
    while (i >= 0 && (Character.isWhitespace(out.charAt(i)) || out.charAt(i) == '\u00a0')) {
      i--;
    }
    return i;
  }
}
