package org.doppel.document;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.LineShape;

/**
 * The attribution formula of a sentence: "according to exclusive information obtained by Example.com",
 * "according to police" — up to the next punctuation, when that is at
 * most {@value #MAX_WORDS} words away. A site writes its own formula into every story, and two articles
 * citing one source share it: it is no evidence that one took the other's text. Only the formula is
 * discounted, never the sentence it qualifies.
 *
 * <p>The pattern runs only on fragments that hold "ccording to" (the cheap test). German "laut …" is left
 * out: it stands inside the clause it qualifies ("bleibt laut Stadt bis Juni gesperrt"), so the next
 * punctuation is no end of the formula there.
 */
final class SourceFormulas {
  /** A formula longer than this is running text that happens to start with "according to". */
  static final int MAX_WORDS = 10;
  /** The formula runs to the next punctuation; a dot glued inside a word ("Example.com") does not end it. */
  private static final Pattern FORMULA = Pattern.compile("(?iu)\\baccording to\\s(?:[^.,;:!?()\\n“”\"]|\\.(?=\\S))+");

  private SourceFormulas() {}

  /** The char ranges {@code [start, end)} of {@code fragment} that are attribution formulas, as flat pairs. */
  static int[] of(String fragment) {
    if (fragment.indexOf("ccording to") < 0) {
      return new int[0];
    }
    Matcher m = FORMULA.matcher(fragment);
    int[] ranges = new int[0];
    while (m.find()) {
      if (!LineShape.moreWordsThan(m.group(), MAX_WORDS)) {
        ranges = Arrays.copyOf(ranges, ranges.length + 2);
        ranges[ranges.length - 2] = m.start();
        ranges[ranges.length - 1] = m.end();
      }
    }
    return ranges;
  }
}
