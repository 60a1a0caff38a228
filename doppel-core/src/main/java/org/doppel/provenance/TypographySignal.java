package org.doppel.provenance;

import java.util.List;
import java.util.Locale;
import org.doppel.document.GermanText;
import org.doppel.ingest.SourceText;

/**
 * A model's rewrite makes typography plain. Language models write the plain apostrophe ({@code '}, U+0027) and the
 * plain double quotation mark ({@code "}, U+0022) whatever their input used (rewrites-dev's models did, and so did the
 * writers imitating models in the project's sets), while a typeset page often has the typographic ones ({@code \u2019},
 * {@code \u201c \u201d}). So of a paraphrase pair, a text is the original when one of two marks reads so:
 * <ul>
 *   <li><b>apostrophes</b>: every apostrophe inside its words is typographic, at least {@code minApostrophes} of them,
 *       and every one inside the other text's words is plain, at least {@code minApostrophes} of them;
 *   <li><b>English double quotation marks</b>: all of its double quotation marks are {@code \u201c} or {@code \u201d},
 *       at least {@link #MIN_QUOTES}, and all of the other text's are {@code "}, at least {@link #MIN_QUOTES}; read only
 *       when neither text holds a German, French or Swiss quotation mark ({@code \u201e \u201a \u00ab \u00bb \u2039
 *       \u203a}) and neither reads as German ({@link GermanText}): the project's German rewrites, written as models write
 *       German, turn a page's plain quotes into {@code \u201e\u201c} (7 of 8 fit pairs whose source had plain quotes)
 *       and never the other way, so the premise does not hold for German.
 * </ul>
 * When both marks speak they must agree, else there is no clue. A text that mixes a mark's two kinds, or has none,
 * gives no reading of that mark.
 *
 * <p>Only paraphrases: a publishing system can make typography typographic on its own (WordPress "smart quotes",
 * a word processor's autocorrect), so a page copied whole onto such a site would show typographic marks from a
 * plain original; near-duplicates and partial pairs get no clue. A person who rewrites in such an editor from a plain
 * original would be named the original; no development set holds such a rewrite. Whole texts are compared. Measured on
 * the fit parts of every written development set, rewrites-dev and reuse-dev (docs/quality.md, "Direction, a tenth
 * round" and "Direction, an eleventh round"): the apostrophes 189 right votes and none backwards on paraphrase pairs,
 * with the double quotation marks 243 and none.
 */
public final class TypographySignal implements DirectionSignal {
  /** Double quotation marks each text must have for that reading: one quotation opened and closed. */
  static final int MIN_QUOTES = 2;
  private static final char PLAIN = '\'';
  private static final char TYPOGRAPHIC = '\u2019';
  private final int minApostrophes;

  /** @param minApostrophes apostrophes each text must have inside its words, {@code >= 1} */
  public TypographySignal(int minApostrophes) {
    if (minApostrophes < 1) {
      throw new IllegalArgumentException("minApostrophes must be >= 1, got " + minApostrophes);
    }
    this.minApostrophes = minApostrophes;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (!pair.isAlignedParaphrase()) {
      return List.of();
    }
    Marks a = Marks.of(pair.textA());
    if (!a.any()) {
      return List.of();
    }
    Marks b = Marks.of(pair.textB());
    Original byApostrophes = original(a.apostrophes(), b.apostrophes(), minApostrophes);
    Original byQuotes = original(a.quotes(), b.quotes(), MIN_QUOTES);
    if (byQuotes != Original.NONE && (a.foreignQuotes() || b.foreignQuotes() || GermanText.is(pair.wordsA())
        || GermanText.is(pair.wordsB()))) {
      byQuotes = Original.NONE;
    }
    if (byApostrophes == Original.NONE && byQuotes == Original.NONE
        || byApostrophes != Original.NONE && byQuotes != Original.NONE && byApostrophes != byQuotes) {
      return List.of();
    }
    boolean aOriginal = (byApostrophes != Original.NONE ? byApostrophes : byQuotes) == Original.A;
    SourceText original = aOriginal ? pair.a() : pair.b();
    Marks typeset = aOriginal ? a : b;
    Marks plain = aOriginal ? b : a;
    String detail;
    if (byQuotes == Original.NONE) {
      detail = String.format(Locale.ROOT, "%s writes its %d apostrophes typographic (\u2019) and its rewrite %s its %d plain (')",
          original.id(), typeset.apostrophes().typographic(), pair.other(original).id(), plain.apostrophes().plain());
    } else if (byApostrophes == Original.NONE) {
      detail = String.format(Locale.ROOT, "%s writes its %d double quotation marks typographic (\u201c\u201d) and its rewrite %s "
          + "its %d plain (\")", original.id(), typeset.quotes().typographic(), pair.other(original).id(), plain.quotes().plain());
    } else {
      detail = String.format(Locale.ROOT, "%s writes its %d apostrophes and %d double quotation marks typographic (\u2019 \u201c\u201d) "
          + "and its rewrite %s its %d and %d plain (' \")", original.id(), typeset.apostrophes().typographic(),
          typeset.quotes().typographic(), pair.other(original).id(), plain.apostrophes().plain(), plain.quotes().plain());
    }
    return List.of(new DirectionClue("typography", original.id(), false,
        detail + ": a model's rewrite makes typography plain"));
  }

  /** Which text of the pair one mark names the original; {@code NONE}: the mark gives no reading. */
  private enum Original { A, B, NONE }

  /** Which text one mark names the original: the one that writes it all typographic against all plain, {@code min} each. */
  private static Original original(Counts a, Counts b, int min) {
    if (a.onlyTypographic(min) && b.onlyPlain(min)) {
      return Original.A;
    }
    return b.onlyTypographic(min) && a.onlyPlain(min) ? Original.B : Original.NONE;
  }

  /** How often a text writes one mark typographic and plain. */
  record Counts(int typographic, int plain) {
    boolean onlyTypographic(int min) {
      return typographic >= min && plain == 0;
    }

    boolean onlyPlain(int min) {
      return plain >= min && typographic == 0;
    }
  }

  /**
   * A text's apostrophes between two letters ("don't", "O\u2019Dalvey"; not single quotation marks, which stand beside a
   * space), its double quotation marks ({@code \u201c \u201d} against {@code "}), and whether it has any German, French
   * or Swiss quotation mark.
   */
  record Marks(Counts apostrophes, Counts quotes, boolean foreignQuotes) {
    static Marks of(String text) {
      int typographic = 0;
      int plain = 0;
      int curly = 0;
      int straight = 0;
      boolean foreign = false;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        switch (ch) {
          case PLAIN, TYPOGRAPHIC -> {
            if (i > 0 && i < text.length() - 1 && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
              if (ch == PLAIN) {
                plain++;
              } else {
                typographic++;
              }
            }
          }
          case '\u201c', '\u201d' -> curly++;
          case '"' -> straight++;
          case '\u201e', '\u201a', '\u00ab', '\u00bb', '\u2039', '\u203a' -> foreign = true;
          default -> { }
        }
      }
      return new Marks(new Counts(typographic, plain), new Counts(curly, straight), foreign);
    }

    boolean any() {
      return apostrophes.typographic() + apostrophes.plain() + quotes.typographic() + quotes.plain() > 0;
    }
  }
}
