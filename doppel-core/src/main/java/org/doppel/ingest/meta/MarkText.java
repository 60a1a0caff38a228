package org.doppel.ingest.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a byline mark with its element boundaries kept as word boundaries. jsoup's {@code text()} joins adjacent
 * inline elements without a space, so a link that sets the writer's name and job in two spans ({@code <span>Jane
 * Roe</span><span>Staff Writer</span>}) reads "Jane RoeStaff Writer". Here a boundary between two parts separates them
 * with a space when the parts would glue into one word (a lower-case letter or a full stop before a capital, a letter
 * beside a digit), and with a comma when the part after it is a job title alone ({@link AuthorNames#isRole}) after a name of two words or more, so that
 * the rules that cut a role after a comma cut it. Markup inside a word ({@code <b>R</b>oe}) stays joined.
 */
final class MarkText {
  /** Two capitalised words at the end of what comes before a role: the name the role follows ("Jane Roe"), not a lead ("By"). */
  private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}[\\p{L}'’.-]*$");

  /** How much of a part's text is read to tell a role: longer parts are none. */
  private static final int HEAD = 60;

  private MarkText() {}

  /** {@code mark}'s text, its parts separated as described above, whitespace collapsed. */
  static String of(Element mark) {
    StringBuilder out = new StringBuilder();
    append(mark, out, Integer.MAX_VALUE);
    return out.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /**
   * Appends the text under {@code node} to {@code out}, a space before a block element or a line break and the separator
   * each boundary needs ({@link #separate}), elements nested deeper than eight levels left out; false as soon as {@code out}
   * passes {@code limit} characters.
   */
  static boolean append(Node node, StringBuilder out, int limit) {
    return append(node, out, 0, limit);
  }

  private static boolean append(Node node, StringBuilder out, int depth, int limit) {
    boolean afterElement = false;
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        String whole = text.getWholeText();
        if (afterElement) {
          separate(out, whole);
        }
        out.append(whole);
        afterElement = false;
      } else if (child instanceof Element part && depth < 8) {
        if (part.isBlock() || part.normalName().equals("br")) {
          out.append(' ');
        }
        separate(out, head(part));
        if (!append(part, out, depth + 1, limit)) {
          return false;
        }
        afterElement = true;
      }
      if (out.length() > limit) {
        return false;
      }
    }
    return out.length() < limit;
  }

  /** The first {@value #HEAD} characters or so of {@code part}'s text, read no further: enough to see a role or a first letter. */
  private static String head(Element part) {
    StringBuilder head = new StringBuilder();
    for (var text = part.nodeStream(TextNode.class).iterator(); text.hasNext() && head.length() <= HEAD; ) {
      head.append(text.next().getWholeText());
    }
    return head.toString().stripLeading();
  }

  /** Appends the separator that the boundary between {@code out} and the next part, of text {@code next}, needs. */
  private static void separate(StringBuilder out, String next) {
    String part = next.strip();
    int end = lastNonSpace(out);
    if (part.isEmpty() || end < 0) {
      return;
    }
    if (part.length() < HEAD && Character.isLetter(out.charAt(end)) && AuthorNames.isRole(part)
        && NAME_BEFORE.matcher(out.subSequence(Math.max(0, end + 1 - HEAD), end + 1)).find()) {
      out.setLength(end + 1);
      out.append(", ");
    } else if (end == out.length() - 1 && !Character.isWhitespace(next.charAt(0)) && glued(out.charAt(end), next.charAt(0))) {
      out.append(' ');
    }
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
