package org.doppel.match;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Sentence;

/**
 * Windows of consecutive sentences of a long text, each about as long as a short text it is compared with: a
 * model's condensed rewrite of one part of a long article reads as the same text as that part, not as the whole,
 * and the judge's transformers would read only the long text's start. Windows overlap by about half, so a part
 * that straddles two windows is still read whole by one of them.
 */
public final class TextWindows {
  /** A window may be this much longer than the short text: a rewrite condenses, its original part is longer. */
  private static final double LENGTH_FACTOR = 1.3;

  private TextWindows() {}

  /**
   * A run of sentences, words {@code first} (inclusive) to {@code end} (exclusive) of the long text.
   *
   * @param firstSentence index of its first sentence
   * @param endSentence index after its last sentence
   */
  public record Window(int firstSentence, int endSentence, int first, int end) {
    public int size() {
      return end - first;
    }
  }

  /**
   * The windows of {@code sentences} for a short text of {@code shortWords} words: each up to {@code
   * shortWords} × {@value #LENGTH_FACTOR} and at most {@code maxWords} words (one sentence at least), the next
   * starting at the first sentence past the middle of the one before, at most {@code maxWindows} from the start.
   */
  public static List<Window> of(List<Sentence> sentences, int shortWords, int maxWords, int maxWindows) {
    int limit = Math.max(1, Math.min(maxWords, (int) Math.round(shortWords * LENGTH_FACTOR)));
    List<Window> windows = new ArrayList<>();
    int start = 0;
    while (start < sentences.size() && windows.size() < maxWindows) {
      int end = start + 1;
      while (end < sentences.size() && sentences.get(end).end() - sentences.get(start).first() <= limit) {
        end++;
      }
      windows.add(new Window(start, end, sentences.get(start).first(), sentences.get(end - 1).end()));
      if (end == sentences.size()) {
        break;
      }
      int middle = sentences.get(start).first() + (sentences.get(end - 1).end() - sentences.get(start).first()) / 2;
      int next = start + 1;
      while (next < end - 1 && sentences.get(next).first() < middle) {
        next++;
      }
      start = next;
    }
    return windows;
  }
}
