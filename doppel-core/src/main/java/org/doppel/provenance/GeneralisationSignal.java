package org.doppel.provenance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.AsciiFirst;
import org.doppel.ingest.SourceText;

/**
 * A rewrite that simplifies or condenses turns figures into vague quantities ("37 people" becomes "dozens of people",
 * "in 1998 and 2004" becomes "several times"), and no rewrite turns a vague quantity into a figure it could not know.
 * So of a paraphrase pair, a text is the original when it states at least {@code minDroppedNumbers} numbers the other
 * text lacks, the other states no number it lacks, and the other uses more vague quantities ("many", "several",
 * "dozens", "some", "a few", "a number of"; German "viele", "mehrere", "einige", "Dutzende", "zahlreiche") than it does.
 * Years (four digits from 1800 to 2099) are no quantities and do not count: a byline, a dateline or a copyright line adds
 * them to a page, and the seeds' spun copy, whose byline's date brings two numbers its original lacks, would otherwise
 * be named the original of it (its spinner also swapped the original's "few", "some" and "dozens" for synonyms). The
 * length of the texts plays no part, so the clue speaks where {@link CondensationSignal} does not: on simplifications and
 * rewrites that keep the length.
 *
 * <p>Whole texts are compared, as the condensation clue compares them. Partial and near-duplicate pairs get no clue: a
 * short original pasted into a longer article is the text with fewer numbers. Measured on the fit parts of every
 * written development set, rewrites-dev and reuse-dev (docs/quality.md, "Direction, a ninth round"): at 2 numbers, 33
 * right votes and none backwards over 10 sets, 8 of them on pairs the other clues left unknown and none against
 * another clue's answer (33 with years counted); at 1 number, 47 right and 2 backwards.
 */
public final class GeneralisationSignal implements DirectionSignal {
  /** Words that give a quantity without a figure, as whole words in any letter case. */
  private static final List<String> VAGUE_WORDS = List.of("many", "several", "dozens", "hundreds", "thousands", "millions",
      "numerous", "some", "few", "a number of", "a lot of", "lots of", "viele", "vielen", "mehrere", "einige", "einigen",
      "dutzende", "hunderte", "tausende", "zahlreiche");
  private static final Pattern VAGUE = Pattern.compile("\\b(?:" + String.join("|", VAGUE_WORDS) + ")\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * By first letter ('a' to 'z'), the second chars of {@code VAGUE_WORDS} that begin with it, lower case: empty for a
   * letter that begins none.
   */
  private static final String[] VAGUE_SECOND_LETTERS = secondLetters(VAGUE_WORDS);
  private final int minDroppedNumbers;

  /** @param minDroppedNumbers numbers the original must state that the other text lacks, {@code >= 1} */
  public GeneralisationSignal(int minDroppedNumbers) {
    if (minDroppedNumbers < 1) {
      throw new IllegalArgumentException("minDroppedNumbers must be >= 1, got " + minDroppedNumbers);
    }
    this.minDroppedNumbers = minDroppedNumbers;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (!pair.isAlignedParaphrase()) {
      return List.of();
    }
    Set<String> numbersA = quantities(pair.numbersA());
    Set<String> numbersB = quantities(pair.numbersB());
    int onlyA = missing(numbersA, numbersB);
    int onlyB = missing(numbersB, numbersA);
    boolean aOriginal = onlyA >= minDroppedNumbers && onlyB == 0;
    if (!aOriginal && !(onlyB >= minDroppedNumbers && onlyA == 0)) {
      return List.of();
    }
    int vagueA = vague(pair.textA());
    int vagueB = vague(pair.textB());
    if (aOriginal ? vagueB <= vagueA : vagueA <= vagueB) {
      return List.of();
    }
    SourceText original = aOriginal ? pair.a() : pair.b();
    SourceText copy = pair.other(original);
    return List.of(new DirectionClue("generalised", original.id(), false, String.format(Locale.ROOT,
        "%s states %d numbers its rewrite %s lacks and none that %s lacks, and %s uses %d vague quantities (many, several, "
            + "dozens …) against %d",
        original.id(), Math.max(onlyA, onlyB), copy.id(), original.id(), copy.id(), aOriginal ? vagueB : vagueA,
        aOriginal ? vagueA : vagueB)));
  }

  private static String[] secondLetters(List<String> words) {
    String[] seconds = new String[26];
    Arrays.fill(seconds, "");
    for (String word : words) {
      seconds[word.charAt(0) - 'a'] += word.charAt(1);
    }
    return seconds;
  }

  /** A text's distinct numbers as written ({@link PairContext#numbers}) less its years. */
  static Set<String> quantities(Set<String> numbers) {
    Set<String> out = new HashSet<>(numbers);
    out.removeIf(GeneralisationSignal::year);
    return out;
  }

  private static boolean year(String number) {
    if (number.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(number.charAt(i))) {
        return false;
      }
    }
    int value = Integer.parseInt(number);
    return value >= 1800 && value <= 2099;
  }

  private static int missing(Set<String> of, Set<String> in) {
    Set<String> out = new HashSet<>(of);
    out.removeAll(in);
    return out.size();
  }

  /**
   * How many vague quantities a text uses: the count {@code VAGUE.matcher(text).find()} gives, one match after another.
   * The pattern is tried only where {@link #mayBeginVague} allows, because trying it at every character (its word
   * boundary, then the alternation at each word's start) cost a paraphrase pair's direction about as much as finding
   * its numbers (docs/benchmarks.md, "The model scan without AVX-512").
   */
  static int vague(String text) {
    Matcher m = VAGUE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    int count = 0;
    int i = 0;
    while (i < length) {
      if (mayBeginVague(text, i)) {
        m.region(i, length);
        if (m.lookingAt()) {
          count++;
          i = Math.max(m.end(), i + 1);
          continue;
        }
      }
      i++;
    }
    return count;
  }

  /**
   * False only where {@code VAGUE} cannot match from {@code i}: an ASCII char that is not the first letter of one of its
   * words, in either case, or is one after an ASCII letter (no word boundary), or is followed by an ASCII char that is
   * not its word's second (in either case). Any char beyond ASCII may match (under Unicode case "ſ" is an "s", "ı" an
   * "i"), so it is always tried.
   */
  private static boolean mayBeginVague(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x80) {
      return true;
    }
    int first = c | 0x20;
    if (!AsciiFirst.isAsciiLetter(c) || VAGUE_SECOND_LETTERS[first - 'a'].isEmpty()
        || (i > 0 && AsciiFirst.isAsciiLetter(text.charAt(i - 1))) || i + 1 == text.length()) {
      return false;
    }
    char second = text.charAt(i + 1);
    return second >= 0x80 || VAGUE_SECOND_LETTERS[first - 'a'].indexOf(second | 0x20) >= 0;
  }
}
