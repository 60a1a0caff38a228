package org.doppel.provenance;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.doppel.document.LongHashSet;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.fingerprint.FactKind;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;

/**
 * A rewrite keeps fewer details than its original: a language model or an editor who condenses,
 * simplifies or restyles an article drops numbers, names and quotations, and rarely invents new ones.
 * So, inside the reworded passages of a paraphrase pair, the side that states facts (see
 * {@link FactExtractor}) the other side lacks, while the other side states almost none it lacks,
 * is the original. A fact counts as stated by the other side when each of its words occurs in that
 * side's passages in any letter case, so a rewrite that capitalises "Chairman" or writes a name in
 * lower case does not seem to add a fact; a number of two or more digits counts as stated when the number
 * does, whatever word follows it, since a restyle keeps the numbers and rewords their neighbours (on
 * data/restyle-rewrites' fit part the word after each number named three restyles the original:
 * docs/quality.md, "Restyled articles in four tones"). When either text is written all in lower case, where no name
 * can be found by its capitals, only numbers and quotations are compared: on data/model-rewrites' fit
 * part the clue named a restyle the original against a lower-case source whose names it could not see
 * (docs/quality.md, "Direction across model families").
 *
 * <p>The clue needs at least {@code minFacts} facts only on one side and at least {@code ratio} times
 * as many as only on the other. Measured on the fit part of rewrites-dev with whole texts, at 3 and
 * 3: 421 of 428 answers on model-rewritten and condensed articles right; on 40-word snippets 9 of the
 * 16 answers were wrong, which is why texts under {@code minWords} words get no clue
 * (docs/quality.md). Only paraphrase pairs are judged: an edited copy may add an unrelated paragraph.
 *
 * <p>Nor is a text named the original of a rewrite with more than {@code maxGrowth} times its words (runs of letters,
 * whole texts): a rewrite that more than doubles a text is rare, while a condensation that states details of its own
 * (a model's additions) is not. On the fit parts of the development sets the clue named the shorter text the original
 * 4 times at 2.4 to 3.1 times the words, all backwards (a condensation of data/condense-rewrites, three of rewrites-dev's
 * model rewrites), and never rightly above 1.9 times (docs/quality.md, "Direction, a ninth round").
 */
public final class FactSubsetSignal implements DirectionSignal {
  private static final FactExtractor FACTS = new FactExtractor();
  private final int minFacts;
  private final double ratio;
  private final int minWords;
  private final double maxGrowth;

  /** As {@link #FactSubsetSignal(int, double, int, double)} with no limit on how much longer the rewrite may be. */
  public FactSubsetSignal(int minFacts, double ratio, int minWords) {
    this(minFacts, ratio, minWords, Double.POSITIVE_INFINITY);
  }

  /**
   * @param minFacts facts the original must state that the rewrite lacks, {@code >= 1}
   * @param ratio how many times more such facts than the rewrite's own, {@code >= 1}
   * @param minWords words each side's passages need before the clue is given
   * @param maxGrowth how many times the named original's words its rewrite may have, {@code >= 1}
   */
  public FactSubsetSignal(int minFacts, double ratio, int minWords, double maxGrowth) {
    if (minFacts < 1) {
      throw new IllegalArgumentException("minFacts must be >= 1, got " + minFacts);
    }
    if (!(ratio >= 1)) {
      throw new IllegalArgumentException("ratio must be >= 1, got " + ratio);
    }
    if (!(maxGrowth >= 1)) {
      throw new IllegalArgumentException("maxGrowth must be >= 1, got " + maxGrowth);
    }
    this.minFacts = minFacts;
    this.ratio = ratio;
    this.minWords = minWords;
    this.maxGrowth = maxGrowth;
  }

  @Override
  public List<DirectionClue> clues(PairContext pair) {
    if (!pair.isAlignedParaphrase()) {
      return List.of();
    }
    BitSet insideA = pair.insideA();
    BitSet insideB = pair.insideB();
    if (insideA.cardinality() < Math.max(1, minWords) || insideB.cardinality() < Math.max(1, minWords)) {
      return List.of();
    }
    MissingFactCounts missing = pair.missingFacts();
    int a = missing.a();
    int b = missing.b();
    if (Math.max(a, b) < minFacts || Math.max(a, b) < ratio * Math.min(a, b)) {
      return List.of();
    }
    SourceText original = a > b ? pair.a() : pair.b();
    SourceText copy = pair.other(original);
    if (maxGrowth != Double.POSITIVE_INFINITY && (a > b ? pair.letterRunsB() : pair.letterRunsA())
        > maxGrowth * (a > b ? pair.letterRunsA() : pair.letterRunsB())) {
      return List.of();
    }
    return List.of(new DirectionClue("facts", original.id(), false, String.format(Locale.ROOT,
        "%s states %d facts (numbers, names, quotations) that its rewrite %s lacks; %s states %d that %s lacks",
        original.id(), Math.max(a, b), copy.id(), copy.id(), Math.min(a, b), original.id())));
  }

  /**
   * How many facts each side's passages state that the other side's passages lack, counted as this clue counts
   * them whatever the passages' length; read through {@link PairContext#missingFacts()}, which keeps it for
   * {@link RewriteSignal}.
   */
  static MissingFactCounts missingFacts(PairContext pair) {
    LongHashSet wordsA = hashes(pair.wordsA(), pair.insideA());
    LongHashSet wordsB = hashes(pair.wordsB(), pair.insideB());
    // the words as the matching stages saw them, not the documents analysed again (line patterns and all) per pair
    // the sentences verification split (PairContext), not split again per pair
    // names are found by their capitals: in a text written all in lower case none is found, so that side would seem
    // to state no name the other lacks and the other side to state all of its names; compare numbers and quotations only
    boolean names = !SentenceSplitter.isCaseless(pair.textA()) && !SentenceSplitter.isCaseless(pair.textB());
    int a = factsMissing(pair.textA(), pair.wordsA(), pair.sentencesA(), pair.pair().passages().stream().map(Passage::a).toList(), wordsB, names);
    int b = factsMissing(pair.textB(), pair.wordsB(), pair.sentencesB(), pair.pair().passages().stream().map(Passage::b).toList(), wordsA, names);
    return new MissingFactCounts(a, b);
  }

  /**
   * How many distinct keys the facts of the {@code sentences} of {@code words} (from {@code text}) inside {@code spans}
   * have whose words are not all in {@code other}.
   */
  private static int factsMissing(String text, TokenSequence words, List<Sentence> sentences, List<Span> spans, LongHashSet other,
      boolean names) {
    List<Sentence> inside = sentences.stream()
        .filter(s -> within(s.span(words), spans)).toList();
    MissingFacts missing = new MissingFacts(text, words, other, names);
    FACTS.forEachFact(text, words, inside, missing);
    return missing.distinctKeys();
  }

  /** The keys of the facts with a word that {@code other} lacks (a fact's words are words of its document). */
  private static final class MissingFacts implements FactExtractor.FactSink {
    private final String text;
    private final TokenSequence words;
    private final LongHashSet other;
    private final boolean names;
    private int[] keys = new int[16];
    private int count;

    MissingFacts(String text, TokenSequence words, LongHashSet other, boolean names) {
      this.text = text;
      this.words = words;
      this.other = other;
      this.names = names;
    }

    @Override
    public void accept(FactKind kind, int first, int end, int key) {
      if (kind == FactKind.NAME && !names) {
        return;
      }
      // a number's fact holds the word after it ("16 letters"), but a restyle rewords that word ("16 items of
      // correspondence", "9 von 10 Scheiben" for "9/10"): the number itself is what the other side must state
      int last = kind == FactKind.NUMBER && distinctive(first) ? first + 1 : end;
      for (int i = first; i < last; i++) {
        if (!other.contains(words.hash(i))) {
          if (count == keys.length) {
            keys = Arrays.copyOf(keys, 2 * count);
          }
          keys[count++] = key;
          return;
        }
      }
    }

    /**
     * A number of two or more characters not opening with 0: alone, a single digit ("3 hours") or the "000" of "4,000"
     * occurs in too many texts to show that the other side kept this fact, so those keep their word.
     */
    private boolean distinctive(int i) {
      return words.end(i) - words.start(i) >= 2 && text.charAt(words.start(i)) != '0';
    }

    int distinctKeys() {
      Arrays.sort(keys, 0, count);
      int distinct = 0;
      for (int i = 0; i < count; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          distinct++;
        }
      }
      return distinct;
    }
  }

  /** The hashes of the words at {@code indexes}, in a table of unboxed hashes: this signal runs for every paraphrase pair. */
  private static LongHashSet hashes(TokenSequence words, BitSet indexes) {
    long[] out = new long[indexes.cardinality()];
    int n = 0;
    for (int i = indexes.nextSetBit(0); i >= 0; i = indexes.nextSetBit(i + 1)) {
      out[n++] = words.hash(i);
    }
    return LongHashSet.of(out);
  }

  private static boolean within(Span span, List<Span> spans) {
    for (Span s : spans) {
      if (span.start() >= s.start() && span.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }
}
