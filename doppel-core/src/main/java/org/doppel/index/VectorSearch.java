package org.doppel.index;

import java.io.Serializable;

/**
 * How the nearest-neighbour search over document vocabulary vectors proposes candidates.
 *
 * @param neighbours nearest documents each document proposes; 0 turns the search off
 * @param minCosine the cosine a neighbour needs to be proposed; {@link CloseVectors#WIDE_FLOOR_LOWER_BY} less between two
 *     texts of wide vocabulary ({@link CloseVectors#isClose})
 * @param maxQueryWords documents of at most this many words search: a longer rewrite keeps enough names,
 *     numbers and word runs for the other keys to find it, so two documents both longer than this are never
 *     compared ({@link VectorBuckets#compared})
 * @param maxWords documents of at most this many words have a vector and can be found (by a query)
 */
public record VectorSearch(int neighbours, double minCosine, int maxQueryWords, int maxWords) implements Serializable {
  public static final VectorSearch OFF = new VectorSearch(0, 1);
  public static final VectorSearch DEFAULTS = new VectorSearch(3, 0.6);
  /**
   * What the scan runs: short texts (snippets, paragraphs, answers) propose their six nearest neighbours from
   * a cosine of 0.5. A snippet rewritten by a model shares no four-word run and too few rare facts with its
   * original for the other keys; on rewrites-dev this took the snippet rewrites made candidates from 258
   * to 819 of 898 (docs/quality.md). Six, because a snippet there has six rewrites. Queries of up to 300
   * words: a model's rewrite of a news paragraph or short article (120-300 words) keeps too few runs and
   * rare facts as well (paragraph windows of rewrites-dev, fit part: 0.42-0.52 of the rewrites found with
   * 120 words, 0.47-0.55 with 300, docs/quality.md, fifth round). Found up to 500 words: a short answer's
   * source is often longer than the answer (issue 12's are 200-500 words; data/heavy-revisions, from 0.667
   * to 0.867 of its fit revisions found, docs/quality.md). Two texts over 300 words are never compared:
   * their vectors are what made the search cost 18 times the candidate stage, and searching each other
   * (a symmetric 400-word bound) cost a generated news corpus's model scan ~15% CPU; the vectors of its 29%
   * texts of up to 500 words, found but not searching, cost ~10%, and about half that once their signatures'
   * bits past the base ones were computed only where a query's bucket is split ({@link VectorBuckets#split}).
   */
  public static final VectorSearch SHORT_TEXTS = new VectorSearch(6, 0.5, 300, 500);

  /** Documents of at most {@code maxWords} words searched, each against every other. */
  public VectorSearch(int neighbours, double minCosine, int maxWords) {
    this(neighbours, minCosine, maxWords, maxWords);
  }

  /** Every document searched, however long. */
  public VectorSearch(int neighbours, double minCosine) {
    this(neighbours, minCosine, Integer.MAX_VALUE);
  }

  public VectorSearch {
    if (neighbours < 0) {
      throw new IllegalArgumentException("neighbours must be >= 0, got " + neighbours);
    }
    if (maxQueryWords < 1 || maxWords < maxQueryWords) {
      throw new IllegalArgumentException("need 1 <= maxQueryWords <= maxWords, got " + maxQueryWords + " and " + maxWords);
    }
    if (minCosine < -1 || minCosine > 1) {
      throw new IllegalArgumentException("minCosine must be in [-1, 1], got " + minCosine);
    }
  }

  public boolean isOn() {
    return neighbours > 0;
  }

  /** Whether a document of this many words has a vector, so is searched or found. */
  public boolean searches(int words) {
    return isOn() && words <= maxWords;
  }

  /** Whether a document of this many words searches (proposes neighbours of any length up to {@link #maxWords}). */
  public boolean queries(int words) {
    return isOn() && words <= maxQueryWords;
  }

  /**
   * Whether a document of this many words and line keys searches wider buckets: a query ({@link #queries}) laid out in
   * lines ({@link VectorBuckets#laidOutInLines}) joins every base bucket {@link VectorBuckets#baseBuckets} names for it.
   * The scan's index and the Spark job's vector stage both ask it here.
   */
  public boolean searchesWiderBuckets(int words, int lineKeys) {
    return queries(words) && VectorBuckets.laidOutInLines(words, lineKeys);
  }

}
