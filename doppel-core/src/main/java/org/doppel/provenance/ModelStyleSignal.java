package org.doppel.provenance;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.doppel.document.TokenSequence;
import org.doppel.relate.Relation;

/**
 * Language models over-use a recognisable vocabulary ("delve", "showcasing", "meticulous", "unwavering";
 * Kobak et al. 2024, "Delving into ChatGPT usage in academic writing through excess vocabulary"; Liang et al.
 * 2024; see {@link ModelVocabulary}). So, inside the reworded passages of a paraphrase or near-duplicate pair,
 * the side that uses more of it is the model's rewrite and the other side the original.
 *
 * <p>The clue needs the rewrite's passages to hold at least {@code minCount} more such words than the
 * original's and a rate higher by at least {@code minRateDifference} per 100 words, so that one word in a long
 * article says nothing. Fitted on the fit part of rewrites-dev (docs/quality.md, "Model vocabulary as a
 * direction clue"): at 1 word and 0.5 per 100 words, 102 of its 105 clues on the pairs the scan finds pointed
 * the right way. The scan asks for 1 per 100 words: not every model writes this way (a second model family's
 * rewrites, data/model-rewrites, use these words at 0.012 per 100 words, less than the human sources' 0.024–0.033,
 * against 0.22 for rewrites-dev's models), so a single such word in a human original of 100–200 words, which
 * such a rewrite drops, pointed the wrong way on all three clues of that set's fit part; at 1 per 100 words a
 * text over 100 words needs two such words more, and rewrites-dev's fit part keeps its right answers
 * (docs/quality.md, "Direction across model families"). It is weak: a person who simplifies a formal article may drop such words too, which is why
 * the list leaves out words that human news uses often, and why a disagreeing clue makes the answer unknown
 * rather than outweighing the others. Partial pairs get no clue: their unshared text is not a rewrite.
 */
public final class ModelStyleSignal implements DirectionSignal {
  private final ModelVocabulary vocabulary;
  private final int minCount;
  private final double minRateDifference;

  /**
   * @param vocabulary the words language models over-use
   * @param minCount how many more such words the rewrite's passages need, {@code >= 1}
   * @param minRateDifference how many more such words per 100 passage words, {@code >= 0}
   */
  public ModelStyleSignal(ModelVocabulary vocabulary, int minCount, double minRateDifference) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    if (!(minRateDifference >= 0)) {
      throw new IllegalArgumentException("minRateDifference must be >= 0, got " + minRateDifference);
    }
    this.vocabulary = vocabulary;
    this.minCount = minCount;
    this.minRateDifference = minRateDifference;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    Relation relation = pair.pair().relation();
    if ((relation != Relation.NEAR_DUPLICATE && relation != Relation.PARAPHRASE) || pair.pair().passages().isEmpty()) {
      return List.of();
    }
    Usage a = usage(pair.a().id(), pair::textA, pair.wordsA(), pair.insideA());
    Usage b = usage(pair.b().id(), pair::textB, pair.wordsB(), pair.insideB());
    if (a.words() == 0 || b.words() == 0 || Math.abs(a.count() - b.count()) < minCount
        || Math.abs(a.rate() - b.rate()) < minRateDifference) {
      return List.of();
    }
    Usage rewrite = a.count() > b.count() ? a : b;
    Usage original = rewrite == a ? b : a;
    return List.of(new DirectionClue("model_style", original.id(), false, String.format(Locale.ROOT,
        "%s uses %d words language models over-use (%.1f per 100 words: %s), %s %d (%.1f per 100 words)",
        rewrite.id(), rewrite.count(), rewrite.rate(), String.join(", ", rewrite.forms()), original.id(),
        original.count(), original.rate())));
  }

  /** How often one side's passages (its words {@code inside}) use the vocabulary; its text is read only for a word used. */
  private Usage usage(String id, Supplier<String> text, TokenSequence words, BitSet inside) {
    int count = 0;
    Set<String> forms = new LinkedHashSet<>();
    // every word's bit read in a plain loop, and the list's filter asked before its table: a near-duplicate's passages
    // hold nearly all of its words, and nextSetBit and a probe a word were most of this signal's cost under C1
    long[] bits = inside.toLongArray();
    int end = Math.min(words.size(), 64 * bits.length);
    for (int i = 0; i < end; i++) {
      if ((bits[i >>> 6] & 1L << i) != 0) {
        long hash = words.hash(i);
        if (vocabulary.mayContain(hash) && vocabulary.contains(hash)) {
          count++;
          forms.add(text.get().substring(words.start(i), words.end(i)).toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Usage(id, count, inside.cardinality(), List.copyOf(forms));
  }

  /**
   * @param id the document
   * @param count its passage words on the list
   * @param words its passage words
   * @param forms the listed words it uses, lower case, each once
   */
  private record Usage(String id, int count, int words, List<String> forms) {
    double rate() {
      return 100.0 * count / words;
    }
  }
}
