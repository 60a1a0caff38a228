package org.doppel.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.TokenSequence;

/**
 * Aligns two documents: seeds (shared k-grams) are found, clustered into passages, and the passages
 * that are long and dense enough are kept. Thread-safe; costs O(n + m + seeds) per pair.
 */
public final class PassageAligner {
  /** Shortest copied line reported beside other passages: a two-word title is still a copied title. */
  private static final int MIN_EXTRA_LINE_WORDS = 2;
  private final AlignmentSettings settings;
  private final SeedFinder seedFinder;
  private final SeedClusterer clusterer;

  public PassageAligner(AlignmentSettings settings) {
    this.settings = settings;
    this.seedFinder = new SeedFinder(settings.seedSize(), settings.maxSeedRepeats());
    this.clusterer = new SeedClusterer(settings.maxGap());
  }

  public Alignment align(TokenSequence a, TokenSequence b) {
    return align(a, seedGrams(a), b, seedGrams(b));
  }

  /** The k-grams {@link #align(TokenSequence, SeedGrams, TokenSequence, SeedGrams)} needs of {@code words}. */
  public SeedGrams seedGrams(TokenSequence words) {
    return SeedGrams.of(words, seedFinder.seedSize());
  }

  /** As {@link #align(TokenSequence, TokenSequence)}, with each document's {@link #seedGrams} computed once for all its pairs. */
  public Alignment align(TokenSequence a, SeedGrams ofA, TokenSequence b, SeedGrams ofB) {
    Seeds seeds = seedFinder.find(a, ofA, ofB);
    List<SeedClusterer.Box> boxes = clusterer.cluster(seeds, a, b);
    boolean[] seededA = new boolean[a.size()];
    boolean[] seededB = new boolean[b.size()];
    for (int s = 0; s < seeds.count; s++) {
      if (seeds.distinctive[s] || insideAny(boxes, seeds.a[s], seeds.b[s], seeds.length)) {
        for (int w = 0; w < seeds.length; w++) {
          seededA[seeds.a[s] + w] = true;
          seededB[seeds.b[s] + w] = true;
        }
      }
    }
    List<Passage> passages = new ArrayList<>();
    List<SeedClusterer.Box> kept = new ArrayList<>();
    boolean anySubstantial = false;
    for (SeedClusterer.Box box : boxes) {
      int hitsA = count(seededA, box.aMin, box.aMax);
      int hitsB = count(seededB, box.bMin, box.bMax);
      Passage passage = new Passage(a.span(box.aMin, box.aMax), b.span(box.bMin, box.bMax),
          box.aMax - box.aMin + 1, box.bMax - box.bMin + 1, hitsA, hitsB);
      boolean substantial = isSubstantial(passage);
      boolean line = !substantial && isCopiedLine(passage, a, b, box, MIN_EXTRA_LINE_WORDS);
      if (substantial || line) {
        anySubstantial |= substantial || passage.wordsA() >= settings.minLineWords();
        passages.add(passage);
        kept.add(box);
      }
    }
    if (!anySubstantial) {
      passages.clear();
      kept.clear();
    }
    boolean[] inPassageA = new boolean[a.size()];
    boolean[] inPassageB = new boolean[b.size()];
    for (SeedClusterer.Box box : kept) {
      Arrays.fill(inPassageA, box.aMin, box.aMax + 1, true);
      Arrays.fill(inPassageB, box.bMin, box.bMax + 1, true);
    }
    // Passages may overlap on one side (a paragraph copied twice), so totals count each word once.
    int coveredA = count(inPassageA, 0, a.size() - 1);
    int coveredB = count(inPassageB, 0, b.size() - 1);
    int matchedA = countBoth(inPassageA, seededA);
    int matchedB = countBoth(inPassageB, seededB);
    passages.sort(Comparator.comparingInt((Passage p) -> p.a().start()).thenComparingInt(p -> p.b().start()));
    return new Alignment(passages, a.size(), b.size(), coveredA, coveredB, matchedA, matchedB);
  }

  private static boolean insideAny(List<SeedClusterer.Box> boxes, int a, int b, int length) {
    for (SeedClusterer.Box box : boxes) {
      if (box.holds(a, b, length)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSubstantial(Passage p) {
    return Math.min(p.matchedA(), p.matchedB()) >= settings.minPassageWords() && p.density() >= settings.minDensity();
  }

  /**
   * A whole line copied word for word in both documents (a title, a subheading, a one-line
   * paragraph): reuse rather than a coincidental phrase, however short. Lines of at least
   * {@code minLineWords} words count on their own; shorter ones only beside other passages.
   */
  private static boolean isCopiedLine(Passage p, TokenSequence a, TokenSequence b, SeedClusterer.Box box, int minWords) {
    return p.matchedA() == p.wordsA() && p.matchedB() == p.wordsB() && p.wordsA() >= minWords
        && a.isWholeLines(box.aMin, box.aMax) && b.isWholeLines(box.bMin, box.bMax);
  }

  private static int countBoth(boolean[] x, boolean[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] && y[i]) {
        n++;
      }
    }
    return n;
  }

  private static int count(boolean[] flags, int from, int to) {
    int n = 0;
    for (int i = from; i <= to; i++) {
      if (flags[i]) {
        n++;
      }
    }
    return n;
  }
}
