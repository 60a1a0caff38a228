package org.doppel.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.MetadataLine;
import org.doppel.document.Sentence;
import org.doppel.document.TokenSequence;

/**
 * Joins aligned sentences into passages: runs of sentences that follow each other in the first
 * document, whose partners lie close together in the second, become one passage per side, the way a
 * reader would mark "this stretch was rewritten from that one". Sentences moved within a paragraph
 * stay in one passage; a rewrite that keeps only some paragraphs gives one passage per stretch.
 */
public final class SentencePassages {
  /** Unaligned words allowed between two sentences of one passage, on either side: about one sentence. */
  static final int MAX_GAP_WORDS = 40;

  private SentencePassages() {}

  /**
   * @param a the first document: its words, and its metadata lines, which no passage crosses
   * @param b the second document
   */
  public static Alignment of(SentenceAlignment sentences, Document a, Document b) {
    TokenSequence wordsA = a.words();
    TokenSequence wordsB = b.words();
    List<SentenceMatch> pairs = new ArrayList<>(sentences.pairs());
    pairs.sort(Comparator.comparingInt((SentenceMatch p) -> p.a().first()).thenComparingInt(p -> p.b().first()));
    List<Passage> passages = new ArrayList<>();
    Run run = new Run();
    for (int i = 0; i < pairs.size(); i++) {
      SentenceMatch pair = pairs.get(i);
      if (!run.isEmpty() && !continues(run, pair, a, b)) {
        boolean outlier = i + 1 < pairs.size() && continuesInA(run, pair, a) && continues(run, pairs.get(i + 1), a, b);
        if (outlier) {
          continue; // a sentence matched far away in b, inside a stretch that goes on: leave it out of the passage
        }
        passages.add(run.passage(wordsA, wordsB));
        run.clear();
      }
      run.add(pair);
    }
    if (!run.isEmpty()) {
      passages.add(run.passage(wordsA, wordsB));
    }
    int coveredA = 0;
    int coveredB = 0;
    for (Passage passage : passages) {
      coveredA += passage.wordsA();
      coveredB += passage.wordsB();
    }
    return new Alignment(passages, sentences.wordsA(), sentences.wordsB(), coveredA, coveredB,
        sentences.alignedWordsA(), sentences.alignedWordsB());
  }

  private static boolean continues(Run run, SentenceMatch next, Document a, Document b) {
    int firstB = run.firstB;
    int endB = run.endB;
    boolean nearInB = next.b().first() - endB <= MAX_GAP_WORDS && firstB - next.b().end() <= MAX_GAP_WORDS;
    boolean noMetadataInB = next.b().first() >= endB
        ? !metadataBetween(b, endB - 1, next.b().first()) : next.b().end() > firstB || !metadataBetween(b, next.b().end() - 1, firstB);
    return continuesInA(run, next, a) && nearInB && noMetadataInB;
  }

  private static boolean continuesInA(Run run, SentenceMatch next, Document a) {
    int endA = run.endA;
    return next.a().first() - endA <= MAX_GAP_WORDS && !metadataBetween(a, endA - 1, next.a().first());
  }

  /**
   * The sentence pairs of the passage being built, with the bounds of their sentences on each side kept as pairs
   * join (asked of every pair that may join, they were recomputed over the whole run each time).
   */
  private static final class Run {
    private final List<SentenceMatch> pairs = new ArrayList<>();
    private int firstA;
    private int endA;
    private int firstB;
    private int endB;

    boolean isEmpty() {
      return pairs.isEmpty();
    }

    void add(SentenceMatch pair) {
      if (pairs.isEmpty()) {
        firstA = pair.a().first();
        endA = pair.a().end();
        firstB = pair.b().first();
        endB = pair.b().end();
      } else {
        firstA = Math.min(firstA, pair.a().first());
        endA = Math.max(endA, pair.a().end());
        firstB = Math.min(firstB, pair.b().first());
        endB = Math.max(endB, pair.b().end());
      }
      pairs.add(pair);
    }

    void clear() {
      pairs.clear();
    }

    Passage passage(TokenSequence wordsA, TokenSequence wordsB) {
      int alignedA = distinctWords(true);
      int alignedB = distinctWords(false);
      return new Passage(wordsA.span(firstA, endA - 1), wordsB.span(firstB, endB - 1), endA - firstA, endB - firstB,
          Math.min(alignedA, endA - firstA), Math.min(alignedB, endB - firstB));
    }

    /** The words of the distinct sentences on one side (a sentence many to one is counted once). */
    private int distinctWords(boolean sideA) {
      int words = 0;
      for (int k = 0; k < pairs.size(); k++) {
        Sentence sentence = sideA ? pairs.get(k).a() : pairs.get(k).b();
        boolean seen = false;
        for (int m = 0; m < k && !seen; m++) {
          Sentence other = sideA ? pairs.get(m).a() : pairs.get(m).b();
          // the record's fields compared directly: its equals goes through a method handle, slow under C1
          seen = sentence.first() == other.first() && sentence.end() == other.end();
        }
        if (!seen) {
          words += sentence.size();
        }
      }
      return words;
    }
  }

  /** True when a metadata line (byline, advert, footer …) lies between word {@code last} and word {@code next}. */
  private static boolean metadataBetween(Document document, int last, int next) {
    if (last < 0 || next >= document.words().size() || next <= last) {
      return false;
    }
    int from = document.words().end(last);
    int to = document.words().start(next);
    for (MetadataLine line : document.metadata()) {
      if (line.span().start() >= from && line.span().end() <= to) {
        return true;
      }
    }
    return false;
  }
}
