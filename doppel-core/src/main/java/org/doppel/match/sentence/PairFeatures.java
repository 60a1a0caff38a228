package org.doppel.match.sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.doppel.fingerprint.SentenceEncoder;
import org.doppel.fingerprint.TokenVectors;
import org.jspecify.annotations.Nullable;

/**
 * The evidence that two sentences say the same thing, as a vector of numbers for the learned
 * model. Three kinds, because each misses what another sees:
 *
 * <ul>
 *   <li>meaning: the cosine of the two sentence vectors, which tolerates reworded sentences;
 *   <li>surface: overlap of words, word bigrams and trigrams, content words and character
 *       4-grams, and the length ratio;
 *   <li>what bag-of-words misses: numbers and names found in only one sentence (MSRP calls a pair
 *       with a changed figure or name different), a negation in only one, and the order of the
 *       shared words (see {@link WordAlignment}): PAWS pairs share every word but swap two names,
 *       while true paraphrases move whole clauses.
 * </ul>
 *
 * <p>Two transformers then compare the sentences word piece by word piece ({@link
 * TokenMatchFeatures}): all-MiniLM-L6-v2, whose sentence vector gives the cosine above, and
 * bge-small-en-v1.5, a larger model that adds its own sentence cosine. On MSRP (5-fold
 * cross-validation, MSRP alone) the piece-by-piece evidence took accuracy from 0.766 to 0.790: it
 * sees the clause one sentence adds even where the words barely differ. A third model (e5-small-v2)
 * added 0.001–0.003 in the three-file fit, within a fold reshuffle's noise, for 34 MB and a third
 * more encoding, and was dropped (docs/quality.md, "Sentence pairs").
 *
 * <p>{@link #NAMES} lists the features in vector order; the model file names them, so a model
 * trained on another list is refused.
 */
public final class PairFeatures {
  /** The features of {@link #surface}: words, their order, and the MiniLM sentence cosine. */
  public static final List<String> SURFACE_NAMES = List.of(
      "cosine", "word_jaccard", "word_containment_min", "word_containment_max", "bigram_jaccard",
      "trigram_jaccard", "char4_jaccard", "content_jaccard", "length_ratio", "log_length",
      "unmatched_content_max", "numbers_only_in_one", "numbers_differ", "names_only_in_one",
      "negation_mismatch", "in_order_ratio", "moved_fraction", "moved_singles", "moved_names_or_numbers",
      "moved_blocks", "blocks_per_matched", "inversion_ratio", "bigram_drop", "unmatched_content_min",
      "unmatched_words_max", "unmatched_words_min", "length_difference", "in_order_over_shorter",
      "bigram_containment_min", "bigram_containment_max", "soft_coverage_min", "soft_coverage_max",
      "unmatched_similarity_mean", "unmatched_similarity_min");

  public static final List<String> NAMES = Stream.of(
      SURFACE_NAMES, TokenMatchFeatures.names("minilm_token_"), List.of("bge_cosine"), TokenMatchFeatures.names("bge_token_"))
      .flatMap(List::stream).toList();

  /** Where two features that {@code bigram_drop} is read from lie. */
  private static final int WORD_JACCARD = SURFACE_NAMES.indexOf("word_jaccard");
  private static final int BIGRAM_JACCARD = SURFACE_NAMES.indexOf("bigram_jaccard");

  private PairFeatures() {}

  /** Two sentences as one transformer saw them. */
  public record EncodedPair(TokenVectors first, TokenVectors second) {
    double cosine() {
      return SentenceEncoder.cosine(first.sentence(), second.sentence());
    }
  }

  /**
   * The whole feature vector ({@link #NAMES}) of a pair: {@code miniLm} and {@code bge}
   * are its sentences as the two models saw them, {@code words} the vectors of its {@link
   * #unsharedContentWords unshared content words}.
   */
  public static double[] of(SentencePair pair, EncodedPair miniLm, EncodedPair bge, WordVectors words) {
    double[] f = new double[NAMES.size()];
    double[] surface = surface(pair.first(), pair.second(), miniLm.cosine(), words);
    System.arraycopy(surface, 0, f, 0, surface.length);
    int i = surface.length;
    double[] miniLmTokens = TokenMatchFeatures.of(miniLm.first(), miniLm.second());
    System.arraycopy(miniLmTokens, 0, f, i, miniLmTokens.length);
    i += miniLmTokens.length;
    f[i++] = bge.cosine();
    double[] bgeTokens = TokenMatchFeatures.of(bge.first(), bge.second());
    System.arraycopy(bgeTokens, 0, f, i, bgeTokens.length);
    i += bgeTokens.length;
    assert i == f.length;
    return f;
  }

  /** Vectors of single words, by lower-cased word; null for a word not looked up. */
  public interface WordVectors {
    float @Nullable [] of(String word);
  }

  /**
   * The content words (lower case, no stopwords, no numbers) found in only one of the two
   * sentences: the words whose vectors the soft-overlap features need.
   */
  public static Set<String> unsharedContentWords(String first, String second) {
    Set<String> a = contentWordsOf(first);
    Set<String> b = contentWordsOf(second);
    Set<String> unshared = new HashSet<>(a);
    unshared.addAll(b);
    a.retainAll(b);
    unshared.removeAll(a);
    return unshared;
  }

  private static Set<String> contentWordsOf(String sentence) {
    SentenceWords s = SentenceWords.of(sentence);
    Set<String> words = new HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      if (!s.isStopword(i) && !s.isNumber(i)) {
        words.add(s.word(i));
      }
    }
    return words;
  }

  /**
   * The {@link #SURFACE_NAMES surface features} of two sentences whose sentence vectors have cosine
   * {@code cosine}; {@code words} gives the vectors of their {@link #unsharedContentWords unshared
   * content words}.
   */
  static double[] surface(String first, String second, double cosine, WordVectors words) {
    SentenceWords a = SentenceWords.of(first);
    SentenceWords b = SentenceWords.of(second);
    WordAlignment ab = WordAlignment.of(a, b);
    WordAlignment ba = WordAlignment.of(b, a);
    double[] f = new double[SURFACE_NAMES.size()];
    int i = 0;
    f[i++] = cosine;
    i = overlap(f, i, first, second, a, b, ab.matched());
    i = onlyInOne(f, i, a, b);
    i = order(f, i, ab, ba);
    f[i++] = f[WORD_JACCARD] - f[BIGRAM_JACCARD];
    i = unmatched(f, i, a, b, ab);
    i = bigramContainment(f, i, a, b);
    i = softOverlap(f, i, first, second, words);
    assert i == f.length;
    return f;
  }

  /**
   * Writes from {@code f[i]} how much the sentences share ({@code m} words matched one to one): words, n-grams,
   * characters, content words, and their lengths. Returns the index after them, as each of these steps does.
   */
  private static int overlap(double[] f, int i, String first, String second, SentenceWords a, SentenceWords b, int m) {
    int longer = Math.max(a.size(), b.size());
    int shorter = Math.min(a.size(), b.size());
    f[i++] = ratio(m, a.size() + b.size() - m);
    f[i++] = ratio(m, longer);
    f[i++] = ratio(m, shorter);
    f[i++] = jaccard(ngrams(a, 2), ngrams(b, 2));
    f[i++] = jaccard(ngrams(a, 3), ngrams(b, 3));
    f[i++] = jaccard(charGrams(first, 4), charGrams(second, 4));
    f[i++] = jaccard(contentWords(a), contentWords(b));
    f[i++] = longer == 0 ? 1 : (double) shorter / longer;
    f[i++] = Math.log1p(longer);
    return i;
  }

  /** Writes from {@code f[i]} what one sentence says and the other does not: content, numbers, names, a negation. */
  private static int onlyInOne(double[] f, int i, SentenceWords a, SentenceWords b) {
    f[i++] = Math.max(unmatchedContent(a, b), unmatchedContent(b, a));
    int numbersA = onlyIn(a, b, true);
    int numbersB = onlyIn(b, a, true);
    f[i++] = numbersA + numbersB;
    f[i++] = hasNumber(a) && hasNumber(b) && numbersA + numbersB > 0 ? 1 : 0;
    f[i++] = onlyIn(a, b, false) + onlyIn(b, a, false);
    f[i++] = negations(a) % 2 != negations(b) % 2 ? 1 : 0;
    return i;
  }

  /** Writes from {@code f[i]} how the order of the matched words differs, read both ways. */
  private static int order(double[] f, int i, WordAlignment ab, WordAlignment ba) {
    int m = ab.matched();
    f[i++] = m == 0 ? 1 : (double) ab.inOrder() / m;
    f[i++] = m == 0 ? 0 : (double) ab.movedWords() / m;
    f[i++] = Math.max(ab.movedSingles(), ba.movedSingles());
    f[i++] = Math.max(ab.movedNamesOrNumbers(), ba.movedNamesOrNumbers());
    f[i++] = Math.max(ab.movedBlocks(), ba.movedBlocks());
    f[i++] = m == 0 ? 1 : (double) ab.blocks() / m;
    f[i++] = m < 2 ? 0 : ab.inversions() / (m * (m - 1) / 2.0);
    return i;
  }

  /** Writes from {@code f[i]} how many words are left unmatched, and the words kept in order over the shorter. */
  private static int unmatched(double[] f, int i, SentenceWords a, SentenceWords b, WordAlignment ab) {
    int m = ab.matched();
    int longer = Math.max(a.size(), b.size());
    int shorter = Math.min(a.size(), b.size());
    f[i++] = Math.min(unmatchedContent(a, b), unmatchedContent(b, a));
    f[i++] = Math.max(a.size(), b.size()) - m;
    f[i++] = Math.min(a.size(), b.size()) - m;
    f[i++] = longer - shorter;
    f[i++] = ratio(ab.inOrder(), shorter);
    return i;
  }

  /** Writes from {@code f[i]} the smaller and the larger share of one sentence's bigrams found in the other. */
  private static int bigramContainment(double[] f, int i, SentenceWords a, SentenceWords b) {
    Map<String, Integer> bigramsA = ngrams(a, 2);
    Map<String, Integer> bigramsB = ngrams(b, 2);
    double inA = containment(bigramsA, bigramsB);
    double inB = containment(bigramsB, bigramsA);
    f[i++] = Math.min(inA, inB);
    f[i++] = Math.max(inA, inB);
    return i;
  }

  /** Writes from {@code f[i]} the {@link SoftOverlap} features, each sentence's content words read against the other's. */
  private static int softOverlap(double[] f, int i, String first, String second, WordVectors words) {
    SoftOverlap softA = softOverlap(first, second, words);
    SoftOverlap softB = softOverlap(second, first, words);
    f[i++] = Math.min(softA.coverage(), softB.coverage());
    f[i++] = Math.max(softA.coverage(), softB.coverage());
    int unmatched = softA.unmatched() + softB.unmatched();
    f[i++] = unmatched == 0 ? 1 : (softA.similaritySum() + softB.similaritySum()) / unmatched;
    f[i++] = Math.min(softA.worst(), softB.worst());
    return i;
  }

  /**
   * How well the content words of {@code a} are covered by those of {@code b}: a shared word counts
   * 1, any other its best cosine with a word found only in {@code b} ("cargo" ~ "shipment"), so a
   * reworded sentence covers the other almost fully while one with an added clause leaves words
   * uncovered.
   */
  private record SoftOverlap(double coverage, int unmatched, double similaritySum, double worst) {}

  private static SoftOverlap softOverlap(String a, String b, WordVectors vectors) {
    Set<String> wordsA = contentWordsOf(a);
    Set<String> wordsB = contentWordsOf(b);
    if (wordsA.isEmpty()) {
      return new SoftOverlap(1, 0, 0, 1);
    }
    Set<String> onlyB = new HashSet<>(wordsB);
    onlyB.removeAll(wordsA);
    double covered = 0;
    double sum = 0;
    double worst = 1;
    int unmatched = 0;
    for (String w : wordsA) {
      if (wordsB.contains(w)) {
        covered += 1;
        continue;
      }
      float[] v = vectors.of(w);
      double best = 0;
      if (v != null) {
        for (String other : onlyB) {
          float[] u = vectors.of(other);
          if (u != null) {
            best = Math.max(best, SentenceEncoder.cosine(v, u));
          }
        }
      }
      covered += best;
      sum += best;
      worst = Math.min(worst, best);
      unmatched++;
    }
    return new SoftOverlap(covered / wordsA.size(), unmatched, sum, worst);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static Map<String, Integer> ngrams(SentenceWords s, int n) {
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + n <= s.size(); i++) {
      StringBuilder g = new StringBuilder(s.word(i));
      for (int k = 1; k < n; k++) {
        g.append(' ').append(s.word(i + k));
      }
      grams.merge(g.toString(), 1, Integer::sum);
    }
    return grams;
  }

  private static Map<String, Integer> charGrams(String text, int n) {
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        folded.append(Character.toLowerCase(c));
      } else if (!folded.isEmpty() && folded.charAt(folded.length() - 1) != ' ') {
        folded.append(' ');
      }
    }
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i + n <= folded.length(); i++) {
      grams.merge(folded.substring(i, i + n), 1, Integer::sum);
    }
    return grams;
  }

  private static Map<String, Integer> contentWords(SentenceWords s) {
    Map<String, Integer> words = new HashMap<>();
    for (int i = 0; i < s.size(); i++) {
      if (!s.isStopword(i)) {
        words.merge(s.word(i), 1, Integer::sum);
      }
    }
    return words;
  }

  /** Multiset Jaccard: shared counts over combined counts; 1 when both are empty. */
  private static double jaccard(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = 0;
    int total = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      int other = b.getOrDefault(e.getKey(), 0);
      shared += Math.min(e.getValue(), other);
      total += Math.max(e.getValue(), other);
    }
    for (Map.Entry<String, Integer> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        total += e.getValue();
      }
    }
    return (double) shared / total;
  }

  /** The share of {@code a}'s n-grams (with multiplicity) found in {@code b}. */
  private static double containment(Map<String, Integer> a, Map<String, Integer> b) {
    int shared = 0;
    int total = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
      total += e.getValue();
    }
    return total == 0 ? 1 : (double) shared / total;
  }

  private static Set<String> wordSet(SentenceWords s) {
    return new HashSet<>(s.words());
  }

  private static int unmatchedContent(SentenceWords a, SentenceWords b) {
    Set<String> inB = wordSet(b);
    int count = 0;
    for (int i = 0; i < a.size(); i++) {
      if (!a.isStopword(i) && !inB.contains(a.word(i))) {
        count++;
      }
    }
    return count;
  }

  /** Distinct numbers (or names) of {@code a} that {@code b} does not contain as a word. */
  private static int onlyIn(SentenceWords a, SentenceWords b, boolean numbers) {
    Set<String> inB = wordSet(b);
    Set<String> missing = new HashSet<>();
    for (int i = 0; i < a.size(); i++) {
      boolean kind = numbers ? a.isNumber(i) : a.isName(i);
      if (kind && !inB.contains(a.word(i))) {
        missing.add(a.word(i));
      }
    }
    return missing.size();
  }

  private static boolean hasNumber(SentenceWords s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.isNumber(i)) {
        return true;
      }
    }
    return false;
  }

  private static int negations(SentenceWords s) {
    int count = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.isNegation(i)) {
        count++;
      }
    }
    return count;
  }
}
