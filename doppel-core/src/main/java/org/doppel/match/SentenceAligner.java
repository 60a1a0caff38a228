package org.doppel.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.document.Document;
import org.doppel.document.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Aligns the sentences of two documents that may be rewrites of each other. Every sentence pair
 * sharing a content word gets a weighted Dice overlap of its {@link SentenceBag}s; pairs from
 * {@code acceptLexicalWithoutModel} on align outright. When an embedding model is given and the
 * shorter side has at most {@value #EVERY_PAIR_SENTENCES} sentences, every sentence pair whose cosine
 * reaches {@code acceptSemantic} aligns too, when their words overlap from {@code askModelFrom} on,
 * and from a cosine of {@value #WITHOUT_SHARED_WORDS} when they share (almost) none (each sentence is
 * encoded once); for longer texts the model judges each sentence's best partner by words (from
 * {@code askModelFrom}), best overlap first, and stops once the cosines it has given average below
 * {@value #STAYS_CLOSE}. The model can only add alignments that words alone would miss.
 * Sentences are then matched one to one, best first, which tolerates sentences moved within or
 * across paragraphs; then a sentence left over joins a matched partner the model finds close (many
 * to one: a condensed rewrite merges sentences, an expanded one splits them), and a sentence next to
 * an aligned one may join its partner on a smaller word overlap.
 *
 * <p>Stateless apart from its settings; thread-safe when the model is.
 */
public final class SentenceAligner {
  /** The cosine a sentence pair needs when its content words overlap less than {@code askModelFrom}. */
  static final double WITHOUT_SHARED_WORDS = 0.85;
  /**
   * The cosine from which a sentence left over joins a matched partner (many to one). Word overlap alone
   * is not enough: a same-topic article's leftover sentences overlap a matched sentence's names, and
   * letting them join lifted two unrelated reuse-dev pairs over the rewrite line.
   */
  static final double MERGE_SEMANTIC = 0.8;
  /**
   * Up to this many sentences on the shorter side the model compares every sentence pair; beyond it,
   * only each sentence's best partner by words. Comparing every pair of two long articles embedded 2.6
   * times as many sentences on the 20,000-document benchmark (8,199 against 3,127), which the scan's
   * speed target cannot pay; short texts and summaries, where a rewrite shares fewest words, are cheap.
   */
  static final int EVERY_PAIR_SENTENCES = 6;
  /**
   * Between two longer texts the model is asked about {@value #ASKED_PER_ROUND} sentence pairs at a time, best word
   * overlap first; after each round, a pair whose asked cosines average below {@value #STAYS_CLOSE} is asked no more.
   * A rewrite's sentences stay close to their partners by words throughout (the long pairs the model made rewrites
   * on the rewrites-dev fit part averaged 0.53 and more over every asked pair); two articles on one story written
   * apart share names and a quotation, but their sentences say other things (most such pairs averaged 0.40-0.55).
   * Set on the fit parts of rewrites-dev, the paragraph windows and the revision sets, where it left no sentence pair
   * unasked that the model accepts (docs/quality.md, "Tenth pass"); on the generated 20,000-document corpus it asks
   * 289 sentence pairs instead of 720, with the same report.
   */
  static final int ASKED_PER_ROUND = 3;
  static final double STAYS_CLOSE = 0.5;
  private final SentenceAlignmentSettings settings;

  public SentenceAligner(SentenceAlignmentSettings settings) {
    this.settings = settings;
  }

  /**
   * @param model the embedding model for undecided pairs, or null to decide on words alone
   */
  public SentenceAlignment align(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB, @Nullable SemanticSimilarity model) {
    return align(a, sentencesA, SentenceBags.of(a, sentencesA), b, sentencesB, SentenceBags.of(b, sentencesB), model);
  }

  /**
   * As {@link #align(Document, List, Document, List, SemanticSimilarity)}, with each side's {@link SentenceBags}
   * ({@link SentenceBags#of} of the same document and sentences) made by the caller, which keeps them for the other
   * pairs the document is in.
   */
  public SentenceAlignment align(Document a, List<Sentence> sentencesA, SentenceBags bagsA, Document b, List<Sentence> sentencesB,
      SentenceBags bagsB, @Nullable SemanticSimilarity model) {
    List<Scored> scored = overlaps(bagsA.list(), bagsB);
    List<Scored> accepted = new ArrayList<>();
    for (Scored pair : scored) {
      if (pair.lexical >= settings.acceptLexicalWithoutModel()) {
        accepted.add(pair);
      }
    }
    int modelCalls = 0;
    if (model != null && !sentencesA.isEmpty() && !sentencesB.isEmpty()) {
      if (comparesEveryPair(sentencesA.size(), sentencesB.size())) {
        accepted.addAll(semanticPairs(a, sentencesA, b, sentencesB, scored, model));
        modelCalls = sentencesA.size() + sentencesB.size();
      } else {
        Asked asked = semanticCandidates(a, sentencesA, b, sentencesB, bestCandidates(scored, sentencesA.size()), model);
        accepted.addAll(asked.accepted());
        modelCalls = asked.count();
      }
    }
    List<Scored> matched = oneToOne(accepted, sentencesA.size(), sentencesB.size());
    matched.addAll(mergedNeighbours(matched, scored, sentencesA.size(), sentencesB.size()));
    matched.addAll(merged(matched, accepted, sentencesA.size(), sentencesB.size()));
    matched.sort(Comparator.comparingInt((Scored p) -> p.a).thenComparingInt(p -> p.b));
    return summarise(matched, sentencesA, sentencesB, a.words().size(), b.words().size(), modelCalls);
  }

  /**
   * Whether the model compares every sentence with every other (the shorter side has few sentences), rather
   * than each sentence with its best partner by words only: then it may align sentences that share no word.
   */
  public static boolean comparesEveryPair(int sentencesA, int sentencesB) {
    return Math.min(sentencesA, sentencesB) <= EVERY_PAIR_SENTENCES;
  }

  /** Each sentence's best partner by words among the pairs words alone do not settle. */
  private List<Scored> bestCandidates(List<Scored> scored, int sizeA) {
    List<Scored> sorted = new ArrayList<>(scored);
    sorted.sort(Comparator.comparingDouble(Scored::lexical).reversed());
    boolean[] asked = new boolean[sizeA];
    List<Scored> out = new ArrayList<>();
    for (Scored pair : sorted) {
      if (pair.lexical < settings.acceptLexicalWithoutModel() && !asked[pair.a]) {
        asked[pair.a] = true;
        out.add(pair);
      }
    }
    return out;
  }

  /** The sentence pairs the model was asked about, and those whose cosine reached {@code acceptSemantic}. */
  private record Asked(List<Scored> accepted, int count) {}

  /**
   * The candidates (best word overlap first) whose embedding cosine reaches {@code acceptSemantic}, asked
   * {@value #ASKED_PER_ROUND} at a time until the cosines so far average below {@value #STAYS_CLOSE}.
   */
  private Asked semanticCandidates(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB,
      List<Scored> candidates, SemanticSimilarity model) {
    List<Scored> out = new ArrayList<>();
    double cosineSum = 0;
    int asked = 0;
    while (asked < candidates.size() && (asked == 0 || cosineSum / asked >= STAYS_CLOSE)) {
      List<Scored> round = candidates.subList(asked, Math.min(asked + ASKED_PER_ROUND, candidates.size()));
      List<String> left = round.stream().map(p -> sentencesA.get(p.a).span(a.words()).of(a.text())).toList();
      List<String> right = round.stream().map(p -> sentencesB.get(p.b).span(b.words()).of(b.text())).toList();
      double[] cosines = model.similarities(left, right);
      for (int i = 0; i < cosines.length; i++) {
        cosineSum += cosines[i];
        if (cosines[i] >= settings.acceptSemantic()) {
          out.add(round.get(i).withSemantic(cosines[i]));
        }
      }
      asked += round.size();
    }
    return new Asked(out, asked);
  }

  /**
   * Every sentence pair whose embedding cosine reaches {@code acceptSemantic}, words shared or not: a model
   * rewrite may keep no content word of a sentence. One encoding per sentence, so all pairs cost little more
   * than the sentences themselves.
   */
  private List<Scored> semanticPairs(Document a, List<Sentence> sentencesA, Document b, List<Sentence> sentencesB,
      List<Scored> scored, SemanticSimilarity model) {
    List<String> left = sentencesA.stream().map(s -> s.span(a.words()).of(a.text())).toList();
    List<String> right = sentencesB.stream().map(s -> s.span(b.words()).of(b.text())).toList();
    double[][] cosines = model.matrix(left, right);
    Map<Long, Double> lexical = new HashMap<>();
    for (Scored pair : scored) {
      lexical.put((long) pair.a << 32 | pair.b, pair.lexical);
    }
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < cosines.length; i++) {
      for (int j = 0; j < cosines[i].length; j++) {
        double words = lexical.getOrDefault((long) i << 32 | j, 0.0);
        // a pair sharing no content words needs a higher cosine: same-topic sentences of unrelated
        // articles ("the couple split in 2016") reach 0.72 without sharing a sentence's content
        double needed = words >= settings.askModelFrom() ? settings.acceptSemantic() : WITHOUT_SHARED_WORDS;
        if (words < settings.acceptLexicalWithoutModel() && cosines[i][j] >= needed) {
          out.add(new Scored(i, j, words, cosines[i][j]));
        }
      }
    }
    return out;
  }

  /**
   * Many to one: a sentence left without a partner by the one-to-one matching joins a matched sentence the
   * model finds it close to (cosine from {@value #MERGE_SEMANTIC}), wherever that is: a condensed rewrite
   * draws one sentence from two or three of the original's, and an expanded one splits a sentence in two.
   */
  private static List<Scored> merged(List<Scored> matched, List<Scored> accepted, int sizeA, int sizeB) {
    boolean[] inA = new boolean[sizeA];
    boolean[] inB = new boolean[sizeB];
    for (Scored pair : matched) {
      inA[pair.a] = true;
      inB[pair.b] = true;
    }
    boolean[] matchedA = inA.clone();
    boolean[] matchedB = inB.clone();
    accepted.sort(Comparator.comparingDouble(Scored::similarity).reversed());
    List<Scored> out = new ArrayList<>();
    for (Scored pair : accepted) {
      if (Double.isNaN(pair.semantic) || pair.semantic < MERGE_SEMANTIC) {
        continue;
      }
      boolean joinsA = !inA[pair.a] && matchedB[pair.b];
      boolean joinsB = !inB[pair.b] && matchedA[pair.a];
      if (joinsA || joinsB) {
        inA[pair.a] = true;
        inB[pair.b] = true;
        out.add(pair);
      }
    }
    return out;
  }

  private List<Scored> overlaps(List<SentenceBag> bagsA, SentenceBags sentencesB) {
    List<SentenceBag> bagsB = sentencesB.list();
    StemPostings postings = sentencesB.postings();
    List<Scored> out = new ArrayList<>();
    double[] shared = new double[bagsB.size()];
    int[] sharedWords = new int[bagsB.size()];
    // the sentences of b that share a word with the current sentence of a, in the order they were first met
    int[] touched = new int[bagsB.size()];
    for (int i = 0; i < bagsA.size(); i++) {
      SentenceBag bag = bagsA.get(i);
      int touchedCount = 0;
      for (int k = 0; k < bag.keys.length; k++) {
        for (int e = postings.first(bag.keys[k]); e >= 0; e = postings.next(e)) {
          int j = postings.sentence(e);
          if (sharedWords[j]++ == 0) {
            touched[touchedCount++] = j;
          }
          shared[j] += bag.weights[k];
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int j = touched[t];
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
    Arrays.fill(partnerOfA, -1);
    Arrays.fill(partnerOfB, -1);
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

  /** The alignment of {@code matched}, each sentence's words counted once however many pairs it is in. */
  static SentenceAlignment summarise(List<Scored> matched, List<Sentence> sentencesA, List<Sentence> sentencesB,
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

  /** A sentence pair by its sentences' indexes, with its word overlap and cosine (NaN where not asked). */
  record Scored(int a, int b, double lexical, double semantic) {
    double similarity() {
      return Double.isNaN(semantic) ? lexical : semantic;
    }

    Scored withSemantic(double cosine) {
      return new Scored(a, b, lexical, cosine);
    }
  }
}
