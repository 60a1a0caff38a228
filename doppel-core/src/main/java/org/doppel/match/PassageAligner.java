package org.doppel.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.TokenSequence;

/**
 * Aligns two documents: seeds (shared k-grams) are found, clustered into passages, and the passages
 * that are long and dense enough are kept. Thread-safe; costs O(n + m + seeds) per pair.
 */
public final class PassageAligner {
  private final AlignmentSettings settings;
  private final SeedFinder seedFinder;
  private final SeedClusterer clusterer;

  public PassageAligner(AlignmentSettings settings) {
    this.settings = settings;
    this.seedFinder = new SeedFinder(settings.seedSize(), settings.maxSeedRepeats());
    this.clusterer = new SeedClusterer(settings.maxGap());
  }

  public Alignment align(TokenSequence a, TokenSequence b) {
    Seeds seeds = seedFinder.find(a, b);
    boolean[] seededA = new boolean[a.size()];
    boolean[] seededB = new boolean[b.size()];
    for (int s = 0; s < seeds.count; s++) {
      for (int w = 0; w < seeds.length; w++) {
        seededA[seeds.a[s] + w] = true;
        seededB[seeds.b[s] + w] = true;
      }
    }
    List<Passage> passages = new ArrayList<>();
    int coveredA = 0;
    int coveredB = 0;
    int matchedA = 0;
    int matchedB = 0;
    for (SeedClusterer.Box box : clusterer.cluster(seeds)) {
      int hitsA = count(seededA, box.aMin, box.aMax);
      int hitsB = count(seededB, box.bMin, box.bMax);
      int wordsA = box.aMax - box.aMin + 1;
      int wordsB = box.bMax - box.bMin + 1;
      Passage passage = new Passage(a.span(box.aMin, box.aMax), b.span(box.bMin, box.bMax), wordsA, wordsB, hitsA, hitsB);
      if (isReportable(passage, a, b, box)) {
        passages.add(passage);
        coveredA += wordsA;
        coveredB += wordsB;
        matchedA += hitsA;
        matchedB += hitsB;
      }
    }
    passages.sort(Comparator.comparingInt((Passage p) -> p.a().start()).thenComparingInt(p -> p.b().start()));
    return new Alignment(passages, a.size(), b.size(), coveredA, coveredB, matchedA, matchedB);
  }

  /**
   * Long and dense enough; or, however short, a whole line copied word for word in both documents
   * (a subheading, a one-line paragraph), which is reuse rather than a coincidental phrase.
   */
  private boolean isReportable(Passage p, TokenSequence a, TokenSequence b, SeedClusterer.Box box) {
    if (Math.min(p.matchedA(), p.matchedB()) >= settings.minPassageWords()) {
      return p.density() >= settings.minDensity();
    }
    return p.matchedA() == p.wordsA() && p.matchedB() == p.wordsB() && p.wordsA() >= settings.minLineWords()
        && a.isWholeLines(box.aMin, box.aMax) && b.isWholeLines(box.bMin, box.bMax);
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
