package org.doppel.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doppel.document.Document;
import org.doppel.document.GermanText;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;

/**
 * A short German version of a German text read by the words it takes from it: a summary or an easy-language version
 * cut to its core says the original's news in a few lines of its own wording, drops the names or puts roles in their
 * place, and splits compounds ("Lese-Café" for "Lesecafé"), so neither its sentences nor its word parts pair with the
 * original's; but the words it writes are the original's, while another short text on the subject (the same town, the
 * same club, another week) brings words of its own news. Read as the share of the shorter text's content words whose
 * first {@value #KEY_LETTERS} letters the longer text writes anywhere (inside a compound, in lower case), the coverage of
 * the version by its original rather than of the original by the version. The last reading of two short German texts
 * that every other reading leaves unrelated ({@code SecondReadings}).
 *
 * <p>Set on the fit parts of the German development sets (docs/quality.md, "Easy language written blind"): the
 * condensations, summaries and shortened easy versions missed there take 0.58–0.65 of their words from their originals,
 * other-group pairs at most 0.45 (a pair that is no condensation, at a 4-gram cosine under the floor below), 0.44 among
 * those of the shape read here.
 */
public final class CondensedWordParts {
  /** The share of the shorter text's content words the longer text must write. */
  static final double MIN_CONTAINED = 0.5;
  /** The shorter text's distinct content words, from this count: a text of a line or two is left to the other readings. */
  static final int MIN_WORDS = 12;
  /** A content word is read by its first letters, so that the longer text's inflections and compounds still hold it. */
  static final int KEY_LETTERS = 5;
  /** The share of the shorter text's content words that must run in the longer text's order ({@link #inOrder}). */
  static final double MIN_ORDERED = 0.28;
  /** The shorter text's distinct content words, from this count, for {@link #inOrder}: a run of a few words says little. */
  static final int MIN_ORDERED_WORDS = 20;
  /** A content word has at least this many letters (as {@code SubwordGrams} reads them). */
  private static final int MIN_WORD_LETTERS = 4;

  private CondensedWordParts() {}

  /**
   * The verdict on {@code shorter} as a condensation of {@code longer} by the words it takes from it; {@code wholeCosine}
   * is the two texts' 4-gram cosine ({@code SubwordAlignment}), which must reach {@link SubwordRewrite#SPREAD_WHOLE_COSINE}.
   */
  public static Verdict of(Document shorter, Document longer, double wholeCosine) {
    Set<String> keys = contentKeys(shorter);
    String written = longer.text().toLowerCase(Locale.ROOT);
    int contained = 0;
    for (String key : keys) {
      contained += written.contains(key) ? 1 : 0;
    }
    return verdict(contained, keys.size(), "", MIN_WORDS, MIN_CONTAINED, wholeCosine);
  }

  /**
   * The verdict on {@code shorter} as a version of {@code longer} by the order of the words it takes from it: a version
   * written from its original (an easy-language version that rewords every line, roles for names, compounds split)
   * says the original's news in the original's order, so the words it takes appear in the original in the order it
   * writes them; another text on the subject (the same town, the same firm, another week) takes the words of the
   * subject in an order of its own. Read as the longest run of the shorter's distinct content words (each by its
   * first {@value #KEY_LETTERS} letters, in the order it first writes them) whose first places in the longer text
   * increase, over all its content words: at least {@value #MIN_ORDERED} of them, from {@value #MIN_ORDERED_WORDS} words.
   * Two short German texts of any lengths; {@code wholeCosine} must reach {@link SubwordRewrite#SPREAD_WHOLE_COSINE}.
   */
  public static Verdict inOrder(Document shorter, Document longer, double wholeCosine) {
    List<String> keys = new ArrayList<>(orderedContentKeys(shorter));
    String written = longer.text().toLowerCase(Locale.ROOT);
    int[] tails = new int[keys.size()];
    int run = 0;
    for (String key : keys) {
      int place = written.indexOf(key);
      if (place < 0) {
        continue;
      }
      int i = Arrays.binarySearch(tails, 0, run, place);
      if (i >= 0) {
        continue; // the same place again: no longer run
      }
      i = -i - 1;
      tails[i] = place;
      run = Math.max(run, i + 1);
    }
    return verdict(run, keys.size(), " in its order", MIN_ORDERED_WORDS, MIN_ORDERED, wholeCosine);
  }

  /**
   * A paraphrase when {@code taken} of the shorter's {@code words} content words reach {@code minShare} of them, it has
   * {@code minWords} or more, and the 4-gram cosine reaches {@link SubwordRewrite#SPREAD_WHOLE_COSINE}; scored 0.5 at the
   * floor and 1 with every word taken, as the other readings' scores.
   */
  private static Verdict verdict(int taken, int words, String how, int minWords, double minShare, double wholeCosine) {
    double share = words == 0 ? 0 : (double) taken / words;
    String reason = String.format(Locale.ROOT,
        "a short German version taking %d of its %d content words from the longer text%s (%.0f%%), character 4-gram cosine %.2f",
        taken, words, how, 100 * share, wholeCosine);
    if (words < minWords || share < minShare || wholeCosine < SubwordRewrite.SPREAD_WHOLE_COSINE) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (share - minShare) / (1 - minShare), reason);
  }

  /** The distinct content words of {@code document} (no function word, no number, {@value #MIN_WORD_LETTERS} letters or more), each by its first {@value #KEY_LETTERS} letters, lower-cased. */
  static Set<String> contentKeys(Document document) {
    return orderedContentKeys(document);
  }

  /** {@link #contentKeys} in the order {@code document} first writes them. */
  private static LinkedHashSet<String> orderedContentKeys(Document document) {
    TokenSequence words = document.words();
    String text = document.text();
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.end(i) - words.start(i) < MIN_WORD_LETTERS || words.hasDigit(i) || StopWords.contains(words.hash(i))
          || GermanText.isFunctionWord(words, text, i)) {
        continue;
      }
      keys.add(text.substring(words.start(i), Math.min(words.end(i), words.start(i) + KEY_LETTERS)).toLowerCase(Locale.ROOT));
    }
    return keys;
  }
}
