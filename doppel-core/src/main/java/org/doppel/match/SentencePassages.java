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
    List<SentenceMatch> run = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      SentenceMatch pair = pairs.get(i);
      if (!run.isEmpty() && !continues(run, pair, a, b)) {
        boolean outlier = i + 1 < pairs.size() && continuesInA(run, pair, a) && continues(run, pairs.get(i + 1), a, b);
        if (outlier) {
          continue; // a sentence matched far away in b, inside a stretch that goes on: leave it out of the passage
        }
        passages.add(passage(run, wordsA, wordsB));
        run.clear();
      }
      run.add(pair);
    }
    if (!run.isEmpty()) {
      passages.add(passage(run, wordsA, wordsB));
    }
    int coveredA = passages.stream().mapToInt(Passage::wordsA).sum();
    int coveredB = passages.stream().mapToInt(Passage::wordsB).sum();
    return new Alignment(passages, sentences.wordsA(), sentences.wordsB(), coveredA, coveredB,
        sentences.alignedWordsA(), sentences.alignedWordsB());
  }

  private static boolean continues(List<SentenceMatch> run, SentenceMatch next, Document a, Document b) {
    int firstB = run.stream().mapToInt(p -> p.b().first()).min().orElseThrow();
    int endB = run.stream().mapToInt(p -> p.b().end()).max().orElseThrow();
    boolean nearInB = next.b().first() - endB <= MAX_GAP_WORDS && firstB - next.b().end() <= MAX_GAP_WORDS;
    boolean noMetadataInB = next.b().first() >= endB
        ? !metadataBetween(b, endB - 1, next.b().first()) : next.b().end() > firstB || !metadataBetween(b, next.b().end() - 1, firstB);
    return continuesInA(run, next, a) && nearInB && noMetadataInB;
  }

  private static boolean continuesInA(List<SentenceMatch> run, SentenceMatch next, Document a) {
    int endA = run.stream().mapToInt(p -> p.a().end()).max().orElseThrow();
    return next.a().first() - endA <= MAX_GAP_WORDS && !metadataBetween(a, endA - 1, next.a().first());
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

  private static Passage passage(List<SentenceMatch> run, TokenSequence wordsA, TokenSequence wordsB) {
    int firstA = run.stream().mapToInt(p -> p.a().first()).min().orElseThrow();
    int endA = run.stream().mapToInt(p -> p.a().end()).max().orElseThrow();
    int firstB = run.stream().mapToInt(p -> p.b().first()).min().orElseThrow();
    int endB = run.stream().mapToInt(p -> p.b().end()).max().orElseThrow();
    int alignedA = run.stream().map(SentenceMatch::a).distinct().mapToInt(Sentence::size).sum();
    int alignedB = run.stream().map(SentenceMatch::b).distinct().mapToInt(Sentence::size).sum();
    return new Passage(wordsA.span(firstA, endA - 1), wordsB.span(firstB, endB - 1), endA - firstA, endB - firstB,
        Math.min(alignedA, endA - firstA), Math.min(alignedB, endB - firstB));
  }
}
