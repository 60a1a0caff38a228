package org.doppel.provenance;

import java.util.List;
import java.util.Locale;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;

/**
 * A model's rewrite makes typography plain. Language models write the plain apostrophe ({@code '}, U+0027) whatever
 * their input used (rewrites-dev's models did, and so did the writers imitating models in the project's sets), while a
 * typeset page often has the typographic one ({@code \u2019}, U+2019). So of a paraphrase pair, a text is the original
 * when every apostrophe inside its words is typographic, at least {@code minApostrophes} of them, and every one inside
 * the other text's words is plain, at least {@code minApostrophes} of them. A text that mixes both kinds, or has none,
 * gives no clue, and neither do double quotation marks: German pages and their rewrites use \u201e\u201c and "" either
 * way round.
 *
 * <p>Only paraphrases: a publishing system can make typography typographic on its own (WordPress "smart quotes",
 * a word processor's autocorrect), so a page copied whole onto such a site would show typographic apostrophes from a
 * plain original; near-duplicates and partial pairs get no clue (on the fit parts the near-duplicate votes were 11
 * right, none backwards: the margin is not worth that risk). A person who rewrites in such an editor from a plain
 * original would be named the original; no development set holds such a rewrite. Whole texts are compared. Measured on
 * the fit parts of every written development set, rewrites-dev and reuse-dev (docs/quality.md, "Direction, a tenth
 * round"): at 1 apostrophe a side, 189 right votes and none backwards on paraphrase pairs.
 */
public final class TypographySignal implements DirectionSignal {
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
    Relation relation = pair.pair().relation();
    if (relation != Relation.PARAPHRASE || pair.pair().passages().isEmpty()) {
      return List.of();
    }
    Apostrophes a = Apostrophes.of(pair.textA());
    if (a.typographic() == 0 && a.plain() == 0) {
      return List.of();
    }
    Apostrophes b = Apostrophes.of(pair.textB());
    boolean aOriginal = a.onlyTypographic(minApostrophes) && b.onlyPlain(minApostrophes);
    if (!aOriginal && !(b.onlyTypographic(minApostrophes) && a.onlyPlain(minApostrophes))) {
      return List.of();
    }
    SourceText original = aOriginal ? pair.a() : pair.b();
    return List.of(new DirectionClue("typography", original.id(), false, String.format(Locale.ROOT,
        "%s writes its %d apostrophes typographic (\u2019) and its rewrite %s its %d plain ('): a model's rewrite "
            + "makes typography plain", original.id(), (aOriginal ? a : b).typographic(),
        pair.other(original).id(), (aOriginal ? b : a).plain())));
  }

  /** A text's apostrophes between two letters ("don't", "O\u2019Dalvey"; not quotation marks, which stand beside a space). */
  record Apostrophes(int typographic, int plain) {
    static Apostrophes of(String text) {
      int typographic = 0;
      int plain = 0;
      for (int i = 1; i < text.length() - 1; i++) {
        char ch = text.charAt(i);
        if ((ch == PLAIN || ch == TYPOGRAPHIC) && Character.isLetter(text.charAt(i - 1))
            && Character.isLetter(text.charAt(i + 1))) {
          if (ch == PLAIN) {
            plain++;
          } else {
            typographic++;
          }
        }
      }
      return new Apostrophes(typographic, plain);
    }

    boolean onlyTypographic(int min) {
      return typographic >= min && plain == 0;
    }

    boolean onlyPlain(int min) {
      return plain >= min && typographic == 0;
    }
  }
}
