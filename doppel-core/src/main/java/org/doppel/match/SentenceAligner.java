package org.doppel.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.document.Document;
import org.doppel.document.Sentence;

/**
 * Aligns the sentences of two documents that may be rewrites of each other. Every sentence pair
 * sharing a content word gets a weighted Dice overlap of its {@link SentenceBag}s; pairs from
 * {@code acceptLexicalWithoutModel} on align outright, pairs in the band below it (from
 * {@code askModelFrom}) go to the embedding model when one is given (the best candidate per
 * sentence, never all pairs), and the rest are dropped. The model can only add alignments that
 * words alone would miss. Sentences are then
 * matched one to one, best first, which tolerates sentences moved within or across paragraphs; a
 * sentence next to an aligned one may join its partner when the rewriter merged or split sentences.
 *
 * <p>Stateless apart from its settings; thread-safe when the model is.
 */
public final class SentenceAligner {
  private static final int MODEL_PAIRS_PER_SENTENCE = 1;
  private final SentenceAlignmentSettings settings;

  public SentenceAligner(SentenceAlignmentSettings settings) {
    this.settings = settings;
  }

  /**
   * @param model the embedding model for undecided pairs, or null to decide on words alone
   */
  public SentenceAlignment align(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB, SemanticSimilarity model) {
    List<SentenceBag> bagsA = sentencesA.stream().map(s -> SentenceBag.of(a.words(), a.text(), s)).toList();
    List<SentenceBag> bagsB = sentencesB.stream().map(s -> SentenceBag.of(b.words(), b.text(), s)).toList();
    List<Scored> scored = overlaps(bagsA, bagsB);
    List<Scored> accepted = new ArrayList<>();
    List<Scored> undecided = new ArrayList<>();
    int[] askedPerSentence = new int[sentencesA.size()];
    scored.sort(Comparator.comparingDouble(Scored::lexical).reversed());
    for (Scored pair : scored) {
      if (pair.lexical >= settings.acceptLexicalWithoutModel()) {
        accepted.add(pair);
      } else if (model != null && askedPerSentence[pair.a]++ < MODEL_PAIRS_PER_SENTENCE) {
        undecided.add(pair);
      }
    }
    if (!undecided.isEmpty()) {
      List<String> left = undecided.stream().map(p -> sentencesA.get(p.a).span(a.words()).of(a.text())).toList();
      List<String> right = undecided.stream().map(p -> sentencesB.get(p.b).span(b.words()).of(b.text())).toList();
      double[] cosines = model.similarities(left, right);
      for (int i = 0; i < undecided.size(); i++) {
        if (cosines[i] >= settings.acceptSemantic()) {
          accepted.add(undecided.get(i).withSemantic(cosines[i]));
        }
      }
    }
    List<Scored> matched = oneToOne(accepted, sentencesA.size(), sentencesB.size());
    matched.addAll(mergedNeighbours(matched, scored, sentencesA.size(), sentencesB.size()));
    matched.sort(Comparator.comparingInt((Scored p) -> p.a).thenComparingInt(p -> p.b));
    return summarise(matched, sentencesA, sentencesB, a.words().size(), b.words().size(), undecided.size());
  }

  private List<Scored> overlaps(List<SentenceBag> bagsA, List<SentenceBag> bagsB) {
    Map<Long, List<Integer>> postings = new HashMap<>();
    for (int j = 0; j < bagsB.size(); j++) {
      for (long key : bagsB.get(j).keys) {
        postings.computeIfAbsent(key, k -> new ArrayList<>(2)).add(j);
      }
    }
    List<Scored> out = new ArrayList<>();
    double[] shared = new double[bagsB.size()];
    int[] sharedWords = new int[bagsB.size()];
    List<Integer> touched = new ArrayList<>();
    for (int i = 0; i < bagsA.size(); i++) {
      SentenceBag bag = bagsA.get(i);
      for (int k = 0; k < bag.keys.length; k++) {
        for (int j : postings.getOrDefault(bag.keys[k], List.of())) {
          if (sharedWords[j]++ == 0) {
            touched.add(j);
          }
          shared[j] += bag.weights[k];
        }
      }
      for (int j : touched) {
        // two shared content words at least: one common word makes any two sentences look alike
        if (sharedWords[j] >= 2) {
          double dice = 2 * shared[j] / (bag.total + bagsB.get(j).total);
          if (dice >= settings.askModelFrom()) {
            out.add(new Scored(i, j, dice, Double.NaN));
          }
        }
        shared[j] = 0;
        sharedWords[j] = 0;
      }
      touched.clear();
    }
    return out;
  }

  private static List<Scored> oneToOne(List<Scored> accepted, int sizeA, int sizeB) {
    accepted.sort(Comparator.comparingDouble(Scored::similarity).reversed());
    boolean[] usedA = new boolean[sizeA];
    boolean[] usedB = new boolean[sizeB];
    List<Scored> out = new ArrayList<>();
    for (Scored pair : accepted) {
      if (!usedA[pair.a] && !usedB[pair.b]) {
        usedA[pair.a] = true;
        usedB[pair.b] = true;
        out.add(pair);
      }
    }
    return out;
  }

  /** Unaligned sentences next to an aligned one that overlap its partner: merged or split sentences. */
  private List<Scored> mergedNeighbours(List<Scored> matched, List<Scored> scored, int sizeA, int sizeB) {
    int[] partnerOfA = new int[sizeA];
    int[] partnerOfB = new int[sizeB];
    java.util.Arrays.fill(partnerOfA, -1);
    java.util.Arrays.fill(partnerOfB, -1);
    for (Scored pair : matched) {
      partnerOfA[pair.a] = pair.b;
      partnerOfB[pair.b] = pair.a;
    }
    List<Scored> out = new ArrayList<>();
    for (Scored pair : scored) {
      if (pair.lexical < settings.mergeLexical()) {
        continue;
      }
      boolean splitOfB = partnerOfA[pair.a] < 0 && partnerOfB[pair.b] >= 0 && Math.abs(partnerOfB[pair.b] - pair.a) == 1;
      boolean splitOfA = partnerOfB[pair.b] < 0 && partnerOfA[pair.a] >= 0 && Math.abs(partnerOfA[pair.a] - pair.b) == 1;
      if (splitOfB || splitOfA) {
        out.add(pair);
      }
    }
    return out;
  }

  private static SentenceAlignment summarise(List<Scored> matched, List<Sentence> sentencesA, List<Sentence> sentencesB,
      int wordsA, int wordsB, int modelCalls) {
    boolean[] inA = new boolean[sentencesA.size()];
    boolean[] inB = new boolean[sentencesB.size()];
    List<SentenceMatch> pairs = new ArrayList<>();
    int alignedA = 0;
    int alignedB = 0;
    for (Scored pair : matched) {
      Sentence x = sentencesA.get(pair.a);
      Sentence y = sentencesB.get(pair.b);
      if (!inA[pair.a]) {
        inA[pair.a] = true;
        alignedA += x.size();
      }
      if (!inB[pair.b]) {
        inB[pair.b] = true;
        alignedB += y.size();
      }
      pairs.add(new SentenceMatch(x, y, pair.lexical, pair.semantic));
    }
    return new SentenceAlignment(pairs, wordsA, wordsB, alignedA, alignedB, modelCalls);
  }

  private record Scored(int a, int b, double lexical, double semantic) {
    double similarity() {
      return Double.isNaN(semantic) ? lexical : semantic;
    }

    Scored withSemantic(double cosine) {
      return new Scored(a, b, lexical, cosine);
    }
  }
}
