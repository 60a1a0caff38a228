package org.doppel.provenance;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.SourceText;

/**
 * A rewrite spells out its source's shorthand. People writing for the web abbreviate ("z.B.", "bzw.", "u.a.", "usw.",
 * "e.g.", "i.e.", "etc."), join alternatives with a slash ("and/or", "Schüler/innen") or an ampersand ("Kunst &amp;
 * Kultur"), and trail off with an ellipsis ("..." or "…"); a language model or a person who rewrites, polishes or
 * restyles the text writes the words out, in German and in English alike, and nobody rewriting a text without such marks
 * adds two of them. So of a paraphrase pair, the text with at least {@code minMarks} marks of shorthand is the original
 * when the other has none.
 *
 * <p>Web addresses are read as no shorthand (their slashes); a slash counts between two lower-case letters only, so a
 * photo credit ("AP/Getty") is none. Read on the raw text.
 *
 * <p>Only paraphrases: a near-duplicate keeps its marks or loses them to a page's typesetting, and a partial pair's
 * passage may end before them. Measured on the fit parts of every written set, rewrites-dev and reuse-dev
 * (docs/quality.md, "Direction, a fifteenth round"): at two marks against none 57 right answers and none backwards
 * over nine sets, 11 of them on pairs the judge left unknown; at one mark 148 and 7 backwards (a restyle or a person's
 * revision that adds one ellipsis or ampersand). Fitted with one set left out, every set was scored at two marks with
 * none backwards. Its risk: a chatty restyle that trails off twice ("…") where its original did not; no development
 * set holds one.
 */
public final class ShorthandSignal implements DirectionSignal {
  private static final Pattern MARK = Pattern.compile("\\b(?:z\\.\\s?B\\.|bzw\\.|u\\.\\s?a\\.|ca\\.|usw\\.|etc\\.|d\\.\\s?h\\."
      + "|v\\.\\s?a\\.|ggf\\.|inkl\\.|evtl\\.|sog\\.|bspw\\.|u\\.\\s?U\\.|o\\.\\s?ä\\.|z\\.\\s?T\\.|e\\.g\\.|i\\.e\\.|approx\\."
      + "|vs\\.|incl\\.)|[a-zäöüß]/[a-zäöüß]|\\s&\\s|\\.\\.\\.|…", Pattern.UNICODE_CHARACTER_CLASS);
  /** The first letters of {@code MARK}'s abbreviations, each of which has a full stop within its first seven characters. */
  private static final String ABBREVIATION_FIRST_LETTERS = "abcdegiosuvz";
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S+");

  private final int minMarks;

  /** @param minMarks the marks of shorthand the original must have, {@code >= 1} */
  public ShorthandSignal(int minMarks) {
    if (minMarks < 1) {
      throw new IllegalArgumentException("minMarks must be >= 1, got " + minMarks);
    }
    this.minMarks = minMarks;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (!pair.isAlignedParaphrase()) {
      return List.of();
    }
    int a = marks(pair.textA());
    int b = marks(pair.textB());
    SourceText original;
    int count;
    if (a >= minMarks && b == 0) {
      original = pair.a();
      count = a;
    } else if (b >= minMarks && a == 0) {
      original = pair.b();
      count = b;
    } else {
      return List.of();
    }
    return List.of(new DirectionClue("shorthand", original.id(), false, String.format(Locale.ROOT,
        "%s writes %d marks of shorthand (abbreviations, slashes, ampersands, ellipses) and %s none: a rewrite spells "
            + "out its source's shorthand, not the other way round",
        original.id(), count, pair.other(original).id())));
  }

  /**
   * The marks of shorthand in a text, web addresses left out: the count {@code MARK.matcher(text).find()} gives, one
   * match after another. The pattern is tried only near the characters every mark holds (a full stop within its first
   * seven characters, a slash or an ampersand after its first, or an ellipsis), found with {@link String#indexOf},
   * and there only where {@link #mayBeginMark} allows, because trying it at every character (its word boundary under
   * Unicode classes before a long alternation) read texts at about 12 MB/s and cost a third of the whole model scan of
   * 20,000 documents (docs/benchmarks.md, "After the thirty-sixth pass"); so, about 340 MB/s with the same counts.
   */
  static int marks(String text) {
    String withoutAddresses = text.contains("http") || text.contains("www.")
        ? WEB_ADDRESS.matcher(text).replaceAll(" ") : text;
    BitSet starts = possibleStarts(withoutAddresses);
    Matcher m = MARK.matcher(withoutAddresses).useTransparentBounds(true).useAnchoringBounds(false);
    int length = withoutAddresses.length();
    int n = 0;
    int i = starts.nextSetBit(0);
    while (i >= 0) {
      if (mayBeginMark(withoutAddresses, i)) {
        m.region(i, length);
        if (m.lookingAt()) {
          n++;
          i = starts.nextSetBit(m.end());
          continue;
        }
      }
      i = starts.nextSetBit(i + 1);
    }
    return n;
  }

  /** Every position a mark could begin at: up to six characters before a full stop, one before a slash or ampersand. */
  private static BitSet possibleStarts(String text) {
    BitSet starts = new BitSet(text.length());
    for (int p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
      starts.set(Math.max(0, p - 1));
    }
    for (int p = text.indexOf('&'); p >= 0; p = text.indexOf('&', p + 1)) {
      starts.set(Math.max(0, p - 1));
    }
    for (int p = text.indexOf('\u2026'); p >= 0; p = text.indexOf('\u2026', p + 1)) {
      starts.set(p);
    }
    for (int p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
      starts.set(Math.max(0, p - 6), p + 1);
    }
    return starts;
  }

  /**
   * False only where no alternative of {@code MARK} can match from {@code i}, a position {@link #possibleStarts} gave
   * (so an abbreviation's full stop is already within reach); true may still fail.
   */
  private static boolean mayBeginMark(String text, int i) {
    char c = text.charAt(i);
    if (c == '.' || c == '\u2026') {
      return true;
    }
    int length = text.length();
    if (i + 1 < length && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '&')) {
      return true;
    }
    return ABBREVIATION_FIRST_LETTERS.indexOf(c) >= 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }
}
