package org.doppel.document;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which words of a document lie in sentences that are site or prompt furniture by their form: a call to
 * action addressed to the reader ({@link ReaderAppeals}), a way to reach the site ({@link ContactDetails}),
 * a notice about the text itself ({@link TextNotices}), a language model's prompt or answer scaffolding
 * ({@link PromptScaffolding}), or one of the short line forms {@link BoilerplateLineClassifier} sets aside
 * (a share prompt, a footer, an advertisement marker, a related-links line, a republication notice:
 * {@link BoilerplateLineClassifier#isFurnitureSentence}) found inside running text; a short question that
 * leads into a call to action on the same line ("Have a tip? Email us …"); and, inside any other sentence,
 * its attribution formula ({@link SourceFormulas}: "according to exclusive information obtained by …").
 *
 * <p>Stock lines ({@code StockLines}) are learned from the corpus and need a line seen in many
 * surroundings; these sentences recur in only a handful of documents, or sit inside a longer line, yet
 * are no more evidence of copying: two articles ending in one site's newsletter sign-up, or two rewrites
 * made with one prompt, have not copied each other. Like a quotation, such a sentence still counts
 * beside other evidence; it is only no evidence on its own.
 *
 * <p>A fragment ends at a line break, a run of two or more spaces (scraped pages join their blocks so),
 * a removed metadata line, or a full stop, question or exclamation mark, colon, ellipsis or bar followed
 * by white space. Fragments are read only when asked for ({@link #markIn}): a scan reads the fragments
 * that the passages of its partial pairs touch, not whole documents; the patterns run only after cheap
 * tests.
 */
public final class StockSentences {
  private static final BoilerplateLineClassifier LINES = new BoilerplateLineClassifier();
  /**
   * The hashes (as {@link TokenSequence#hash} gives them) of every word some recogniser needs: a fragment
   * with none of them, no "@" or "©" and no colon at its end cannot be stock, and is not split into words.
   * Most fragments of article text are such; the test costs a hash lookup a word.
   */
  private static final LongHashSet TRIGGERS = triggerHashes();
  private final TokenSequence words;
  private final String text;
  /** Per word: 0 while its fragment is unread, else {@link #STOCK} or {@link #OWN} (or {@link #FORMULA}). */
  private final byte[] read;
  private static final byte STOCK = 1;
  private static final byte OWN = 2;
  private static final byte FORMULA = 3;
  /** At most this many words, a question right before a call to action leads into it. */
  private static final int LEAD_QUESTION_WORDS = 10;

  /**
   * The stock sentences of one document, read fragment by fragment as asked ({@link #markIn}): a pair's
   * verification asks only for the fragments its passages touch, and a fragment is read once however
   * many pairs ask. Not thread-safe: confined, like the document's other derived data, to the thread
   * that verifies its pairs.
   */
  public StockSentences(TokenSequence words, String text) {
    this.words = words;
    this.text = text;
    this.read = new byte[words.size()];
  }

  /** {@code result[i]} is true when word {@code i} of {@code words} lies in a stock sentence of {@code text}. */
  public static boolean[] of(TokenSequence words, String text) {
    boolean[] stock = new boolean[words.size()];
    new StockSentences(words, text).markIn(0, words.size(), stock);
    return stock;
  }

  /** Sets {@code mask[i]} for each stock word {@code i} of the fragments that hold a word of {@code [first, end)}. */
  public void markIn(int first, int end, boolean[] mask) {
    int at = fragmentStart(first);
    while (at < end) {
      int next = fragmentEnd(at);
      if (read[at] == 0) {
        readFragment(at, next);
      }
      for (int i = at; i < next; i++) {
        mask[i] |= read[i] == STOCK || read[i] == FORMULA;
      }
      at = next;
    }
  }

  private void readFragment(int first, int end) {
    String fragment = fragment(words, text, first, end);
    boolean stock = mayBeStock(first, end, fragment) && isStock(fragment)
        || isShortQuestion(end - first, fragment) && nextOnLineIsStock(end);
    Arrays.fill(read, first, end, stock ? STOCK : OWN);
    if (!stock) {
      int[] ranges = SourceFormulas.of(fragment);
      int base = words.start(first);
      for (int r = 0; r < ranges.length; r += 2) {
        for (int k = first; k < end; k++) {
          int offset = words.start(k) - base;
          if (offset >= ranges[r] && offset < ranges[r + 1]) {
            read[k] = FORMULA;
          }
        }
      }
    }
  }

  /**
   * A short question that leads into a call to action ("Have a tip? Email us …", "Got something to add to
   * the story? Share it in the comments below.") is put to the reader by the same widget or sign-off, so it
   * is stock with it; asked before article text, it is the article's own.
   */
  private static boolean isShortQuestion(int wordCount, String fragment) {
    return wordCount <= LEAD_QUESTION_WORDS && fragment.stripTrailing().endsWith("?");
  }

  /** Whether the fragment starting at word {@code next} goes on the same line and is stock. */
  private boolean nextOnLineIsStock(int next) {
    if (next >= words.size() || startsLine(next)) {
      return false;
    }
    if (read[next] == 0) {
      readFragment(next, fragmentEnd(next));
    }
    return read[next] == STOCK;
  }

  private boolean startsLine(int i) {
    return words.isBreakBefore(i) || text.substring(words.end(i - 1), words.start(i)).indexOf('\n') >= 0;
  }

  private boolean mayBeStock(int first, int end, String fragment) {
    for (int i = first; i < end; i++) {
      if (TRIGGERS.contains(words.hash(i))) {
        return true;
      }
    }
    int last = fragment.length() - 1;
    while (last > 0 && Character.isWhitespace(fragment.charAt(last))) {
      last--;
    }
    return fragment.charAt(last) == ':' || fragment.indexOf('@') >= 0 || fragment.indexOf('©') >= 0;
  }

  private static LongHashSet triggerHashes() {
    Set<String> all = SegmentWords.union(List.of(), ReaderAppeals.TRIGGERS, PromptScaffolding.TRIGGERS, TextNotices.TRIGGERS,
        ContactDetails.TRIGGERS, BoilerplateLineClassifier.furnitureTriggers());
    // hashed as the tokenizer hashes a document's words; of a word it splits ("here's", "e-mail") the
    // longest part is enough, as the sentence holds every part ("s" alone would let every possessive in)
    WordTokenizer tokenizer = new WordTokenizer();
    long[] hashes = new long[all.size()];
    int n = 0;
    for (String word : all) {
      TokenSequence tokens = tokenizer.tokenize(word, List.of());
      int longest = 0;
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.end(i) - tokens.start(i) > tokens.end(longest) - tokens.start(longest)) {
          longest = i;
        }
      }
      hashes[n++] = tokens.hash(longest);
    }
    return LongHashSet.of(hashes);
  }

  /** The first word of the fragment that holds word {@code i}. */
  private int fragmentStart(int i) {
    int k = Math.min(i, words.size());
    while (k > 0 && k < words.size() && !endsFragment(words, text, k)) {
      k--;
    }
    return k;
  }

  /** The word after the last of the fragment that starts at word {@code first}. */
  private int fragmentEnd(int first) {
    int k = first + 1;
    while (k < words.size() && !endsFragment(words, text, k)) {
      k++;
    }
    return k;
  }

  /** Whether a fragment (a sentence, a heading, a widget's line) is furniture by its form. */
  public static boolean isStock(String fragment) {
    SegmentWords s = SegmentWords.of(fragment);
    if (s.size() == 0) {
      return false;
    }
    return ReaderAppeals.matches(s) || PromptScaffolding.matches(s) || TextNotices.matches(fragment, s)
        || ContactDetails.matches(fragment, s) || s.size() <= BoilerplateLineClassifier.MAX_WORDS && furnitureLine(fragment);
  }

  private static boolean furnitureLine(String fragment) {
    return LINES.isFurnitureSentence(fragment.strip());
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
