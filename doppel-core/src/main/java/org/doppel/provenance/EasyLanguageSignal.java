package org.doppel.provenance;

import java.util.List;
import java.util.Locale;
import org.doppel.document.EasyReadLayout;
import org.doppel.ingest.SourceText;

/**
 * An easy-language version is written from a text in standard language, never the other way round: an editor, a
 * service or a model turns a news item into "Leichte Sprache" or Easy Read (one short statement a line, hard words
 * explained), and nobody writes news prose from such a version. So of a paraphrase pair of which exactly one text is
 * laid out as easy language ({@link EasyReadLayout}, read from the layout alone, so in any language and in lower case),
 * that text is the copy and the other the original.
 *
 * <p>Easy-language versions keep the length of their original or grow it (they explain), and keep or round its numbers,
 * so neither the condensation clue nor the facts clue names their original, and on the German development sets they
 * were left unknown. Measured on the fit parts of every written set, rewrites-dev and reuse-dev (docs/quality.md,
 * "Direction, a twelfth round"): on paraphrase pairs 49 right answers and none backwards, over 9 sets and both
 * languages, 41 of them on pairs the judge left unknown. Near-duplicates and partial pairs get no clue: a page that
 * lists short lines (a programme, a list of dates) may be copied or quoted into prose, where the layout says nothing of
 * which came first. Its risk is an original laid out one short statement a line (a poem, a list) that a model rewrote
 * as prose: no development set holds one.
 */
public final class EasyLanguageSignal implements DirectionSignal {
  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (!pair.isAlignedParaphrase()) {
      return List.of();
    }
    // most texts are a few paragraphs: their lines alone rule the layout out before their sentences are split
    boolean easyA = EasyReadLayout.hasLinesFor(pair.textA())
        && EasyReadLayout.is(pair.textA(), pair.wordsA().size(), pair.sentencesA());
    boolean easyB = EasyReadLayout.hasLinesFor(pair.textB())
        && EasyReadLayout.is(pair.textB(), pair.wordsB().size(), pair.sentencesB());
    if (easyA == easyB) {
      return List.of();
    }
    SourceText copy = easyA ? pair.a() : pair.b();
    SourceText original = pair.other(copy);
    int sentences = (easyA ? pair.sentencesA() : pair.sentencesB()).size();
    return List.of(new DirectionClue("easy_language", original.id(), false, String.format(Locale.ROOT,
        "%s is laid out as easy language (%d short statements, one a line) and %s is not: an easy-language version is "
            + "written from a standard text, not the other way round", copy.id(), sentences, original.id())));
  }
}
