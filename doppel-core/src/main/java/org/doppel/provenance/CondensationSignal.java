package org.doppel.provenance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;

/**
 * A condensation keeps some of its original's numbers and adds none: a model or an editor who shortens, summarises or
 * simplifies an article drops figures, dates and counts, and has no new ones to give. So of a paraphrase pair whose one
 * text is clearly the longer, the longer text is the original when it states every number the shorter text states and
 * at least {@code minMoreNumbers} more. Both conditions together make the clue: a longer text alone is no original (a
 * spinner or a model asked to polish a short text makes it longer), and a subset of numbers alone is no condensation
 * (two rewrites of one story keep different numbers).
 *
 * <p>Whole texts are compared, not only the passages, because a condensation's passages cover the whole shorter
 * text while the numbers it dropped lie in the original's sentences it dropped too. Partial and near-duplicate pairs
 * get no clue: a short original pasted into a longer article is the shorter text, and the article around it brings its
 * own numbers. Measured on the fit parts of every written set and rewrites-dev (docs/quality.md, "Condensations name
 * their original (branch feat-direction4)"): at 1.5 times the words and 2 more numbers, 121 right answers and none
 * backwards over 10 sets, 41 of them on pairs the other clues left unknown; none on reuse-dev's or g20k-s7's pairs. At
 * 1.3 times the words the seeds' spun copy, 1.32 times its original's words and with a byline whose date adds two
 * numbers, would be named the original: a spinner or a page's furniture grows a text, but not by half.
 */
public final class CondensationSignal implements DirectionSignal {
  /** A number as written, with its decimal or thousands separators ("4,000", "2.5", "802.11"). */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private final double minLengthRatio;
  private final int minMoreNumbers;

  /**
   * @param minLengthRatio how many times the shorter text's words the original needs, {@code > 1}
   * @param minMoreNumbers numbers the original must state that the shorter text lacks, {@code >= 1}
   */
  public CondensationSignal(double minLengthRatio, int minMoreNumbers) {
    if (!(minLengthRatio > 1)) {
      throw new IllegalArgumentException("minLengthRatio must be > 1, got " + minLengthRatio);
    }
    if (minMoreNumbers < 1) {
      throw new IllegalArgumentException("minMoreNumbers must be >= 1, got " + minMoreNumbers);
    }
    this.minLengthRatio = minLengthRatio;
    this.minMoreNumbers = minMoreNumbers;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (pair.pair().relation() != Relation.PARAPHRASE || pair.pair().passages().isEmpty()) {
      return List.of();
    }
    int wordsA = words(pair.textA());
    int wordsB = words(pair.textB());
    boolean aLonger = wordsA >= minLengthRatio * wordsB;
    if (!aLonger && wordsB < minLengthRatio * wordsA) {
      return List.of();
    }
    Set<String> longer = numbers(aLonger ? pair.textA() : pair.textB());
    Set<String> shorter = numbers(aLonger ? pair.textB() : pair.textA());
    if (!longer.containsAll(shorter) || longer.size() - shorter.size() < minMoreNumbers) {
      return List.of();
    }
    SourceText original = aLonger ? pair.a() : pair.b();
    SourceText copy = pair.other(original);
    return List.of(new DirectionClue("condensed", original.id(), false, String.format(Locale.ROOT,
        "%s (%d words) states every number its condensation %s (%d words) states and %d more",
        original.id(), Math.max(wordsA, wordsB), copy.id(), Math.min(wordsA, wordsB), longer.size() - shorter.size())));
  }

  /** The runs of letters (a word with an apostrophe or hyphen counts twice, in both texts alike). */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /** The distinct numbers of a text, as written. */
  static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
