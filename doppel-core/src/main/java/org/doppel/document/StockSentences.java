package org.doppel.document;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which words of a document lie in sentences that are site or prompt furniture by their form: a call to
 * action addressed to the reader ({@link ReaderAppeals}), a way to reach the site ({@link ContactDetails}),
 * a notice about the text itself ({@link TextNotices}), a language model's prompt or answer scaffolding
 * ({@link PromptScaffolding}), or one of the short line forms {@link BoilerplateLineClassifier} sets aside
 * (a share prompt, a footer, an advertisement marker, a related-links line, a republication notice) found
 * inside running text; and, inside any other sentence, its attribution formula ({@link SourceFormulas}:
 * "according to exclusive information obtained by …").
 *
 * <p>Stock lines ({@code StockLines}) are learned from the corpus and need a line seen in many
 * surroundings; these sentences recur in only a handful of documents, or sit inside a longer line, yet
 * are no more evidence of copying: two articles ending in one site's newsletter sign-up, or two rewrites
 * made with one prompt, have not copied each other. Like a quotation, such a sentence still counts
 * beside other evidence; it is only no evidence on its own.
 *
 * <p>A fragment ends at a line break, a run of two or more spaces (scraped pages join their blocks so),
 * a removed metadata line, or a full stop, question or exclamation mark, colon, ellipsis or bar followed
 * by white space. A pure function of the text; linear in its length, and the patterns of
 * {@link ContactDetails} run only after cheap tests.
 */
public final class StockSentences {
  private static final BoilerplateLineClassifier LINES = new BoilerplateLineClassifier();
  /** The line kinds that are furniture wherever they stand; a byline or dateline pattern read on a sentence would take "By March, …". */
  private static final Set<LineKind> FURNITURE_LINES = EnumSet.of(LineKind.ADVERT, LineKind.RELATED, LineKind.SHARE_PROMPT,
      LineKind.FOOTER, LineKind.ATTRIBUTION);

  private StockSentences() {}

  /** {@code result[i]} is true when word {@code i} of {@code words} lies in a stock sentence of {@code text}. */
  public static boolean[] of(TokenSequence words, String text) {
    int n = words.size();
    boolean[] stock = new boolean[n];
    int first = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || endsFragment(words, text, i)) {
        String fragment = fragment(words, text, first, i);
        if (isStock(fragment)) {
          Arrays.fill(stock, first, i, true);
        } else {
          markFormulas(words, first, i, SourceFormulas.of(fragment), stock);
        }
        first = i;
      }
    }
    return stock;
  }

  /** Marks the words of {@code [first, end)} that start inside one of {@code ranges} (offsets into the fragment). */
  private static void markFormulas(TokenSequence words, int first, int end, int[] ranges, boolean[] stock) {
    int base = words.start(first);
    for (int r = 0; r < ranges.length; r += 2) {
      for (int k = first; k < end; k++) {
        int at = words.start(k) - base;
        stock[k] |= at >= ranges[r] && at < ranges[r + 1];
      }
    }
  }

  /** Whether a fragment (a sentence, a heading, a widget's line) is furniture by its form. */
  public static boolean isStock(String fragment) {
    SegmentWords s = SegmentWords.of(fragment);
    if (s.size() == 0) {
      return false;
    }
    return ReaderAppeals.matches(s) || PromptScaffolding.matches(s) || TextNotices.matches(fragment, s)
        || ContactDetails.matches(fragment, s) || furnitureLine(fragment, s);
  }

  private static boolean furnitureLine(String fragment, SegmentWords s) {
    return s.size() <= BoilerplateLineClassifier.MAX_WORDS
        && LINES.classifyLine(fragment.strip()).filter(FURNITURE_LINES::contains).isPresent();
  }

  /** Whether a fragment ends between word {@code i - 1} and word {@code i}. */
  private static boolean endsFragment(TokenSequence words, String text, int i) {
    if (words.isBreakBefore(i)) {
      return true;
    }
    int gapEnd = words.start(i);
    boolean terminal = false;
    boolean space = false;
    for (int c = words.end(i - 1); c < gapEnd; c++) {
      char ch = text.charAt(c);
      boolean white = Character.isWhitespace(ch);
      if (ch == '\n' || white && space || white && terminal) {
        return true;
      }
      space = white;
      terminal |= ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '…' || ch == '|' || ch == '•';
    }
    return false;
  }

  /** Words {@code [first, end)} with the punctuation glued to the last one ("… the passage:"). */
  private static String fragment(TokenSequence words, String text, int first, int end) {
    int to = words.end(end - 1);
    int limit = end < words.size() ? words.start(end) : text.length();
    while (to < limit && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    return text.substring(words.start(first), to);
  }
}
