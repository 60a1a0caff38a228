package org.doppel.index;

/**
 * Whether two vocabulary vectors at a cosine are close enough for one to propose the other as a candidate: from the
 * search's minimum cosine ({@link VectorSearch#minCosine}), or from a lower floor chosen by how wide each vector's
 * vocabulary is (its non-zero dimensions, {@link #support}): two wide texts, a condensation beside its original, two
 * snippets, two short texts ({@link #isClose}). The buckets decide which pairs are compared ({@link VectorBuckets});
 * this decides which of them are kept. It depends on the two vectors alone, so the scan, the Spark job and the standing
 * index apply it alike.
 */
public final class CloseVectors {
  /** How much lower the floor is for two vectors of wide vocabulary ({@link #isClose}). */
  public static final double WIDE_FLOOR_LOWER_BY = 0.05;
  /**
   * Non-zero dimensions that make a vector's vocabulary wide ({@link #isClose}); chosen on the fit parts. A vector
   * with fewer is narrow: a snippet of one or two sentences.
   */
  public static final int WIDE_SUPPORT = 50;
  /**
   * A narrow vector with at most this share of a wide one's non-zero dimensions is read as its condensation, and the
   * two are proposed from the wide floor ({@link #isClose}, {@link #condensed}).
   */
  public static final double CONDENSED_SUPPORT_SHARE = 0.5;
  /**
   * Non-zero dimensions under which a vector is a short text's: a snippet (under {@value #WIDE_SUPPORT}), a paragraph, a
   * short article or a simplification of one, up to about 230 words, the length the readings of two short texts take
   * (200–250 words give 62–88 non-zero dimensions on the development sets and a generated news corpus); two such are
   * proposed from {@link #SHORT_FLOOR_LOWER_BY} less ({@link #isClose}). It was 80, and 90 only for a condensation
   * beside its original; on the fit parts of the three easy-language sets written blind two German versions of
   * originals of 181 and 185 words (80 and 82 dimensions, cosines 0.27 and 0.41) were verified alone and never
   * proposed, and from 90 for every pair the scans of every development set add those two and nothing else
   * (docs/quality.md, "Easy language written blind, a third set").
   */
  public static final int SHORT_SUPPORT = 90;
  /** How much lower the floor is for two vectors of narrow vocabulary, two snippets ({@link #isClose}). */
  public static final double NARROW_FLOOR_LOWER_BY = 0.2;
  /**
   * How much lower the floor is for two short texts (both under {@value #SHORT_SUPPORT} dimensions), two snippets under
   * their own floor included
   * ({@link #isClose}): a paragraph or a short article beside its easy-language version or summary. Chosen on the fit
   * parts: two such versions verified alone but never proposed had cosines of 0.280 and 0.288 with their originals, and
   * from 0.25 the scans of the fit parts of every development set add right pairs only (docs/quality.md, "Easy language
   * written blind, a second set"). A pair proposed only from here is judged whole before it is reported
   * ({@link #closeOnlyAsShortTexts}).
   */
  public static final double SHORT_FLOOR_LOWER_BY = 0.25;

  private CloseVectors() {}

  /**
   * Whether two vectors at {@code cosine} are close enough to be proposed: from {@code minCosine}, or from
   * {@value #WIDE_FLOOR_LOWER_BY} less when both have at least {@value #WIDE_SUPPORT} non-zero dimensions, from
   * {@value #NARROW_FLOOR_LOWER_BY} less when both have fewer (two snippets), or from {@value #SHORT_FLOOR_LOWER_BY} less
   * when both have fewer than {@value #SHORT_SUPPORT} (below). A cosine of few dimensions is noisy: two
   * 40-word snippets on one celebrity couple reach 0.45 on their names alone, and with the floor lowered to 0.45 for
   * every pair, on rewrites-dev's fit part a fifth of the pairs added were wrong (a sixteenth of the pairs reported). Two texts of about 120 words and more (about 50 distinct content stems) at 0.45 share enough of their
   * vocabulary to be worth verifying: a restyled article (tabloid, casual) or a heavily revised answer changes most
   * of its words' forms and register, which takes its cosine with its original to 0.45-0.50 (docs/quality.md,
   * "Restyled, simplified and heavily revised short texts").
   *
   * <p>Two snippets (both vectors under {@value #WIDE_SUPPORT} non-zero dimensions, about 120 words) are proposed
   * from {@value #NARROW_FLOOR_LOWER_BY} less. A model's rewrite of a one- or two-sentence news snippet swaps most of
   * its few content words, so its cosine with its original falls to 0.3-0.5, and the 0.5 floor kept most of the
   * snippet rewrites the scan still missed from ever being verified. The six-nearest limit keeps the pairs a snippet
   * proposes bounded, and between two snippets the verification (every sentence pair judged by the model, the
   * whole-text judge) is what tells a rewrite from a same-topic snippet: on rewrites-dev's fit part this added 50-53
   * right pairs and 5 wrong ones from a floor lowered by 0.15 to 0.25, and none of the fit part's hardest same-topic
   * negatives (docs/quality.md, "Short news paragraphs rewritten by models"). Where only one side is narrow the floor
   * stays, a snippet and a longer same-story article at 0.45 being the noise the wide rule's measurements found, unless
   * the narrow one has at most {@value #CONDENSED_SUPPORT_SHARE} of the wide one's dimensions ({@link #condensed}): then
   * the wide floor. A model's condensation of a 110–230-word passage to 30–66 words keeps a part of its words, and the
   * four the search missed on the fit parts of data/model-rewrites, model-rewrites2 and german-rewrites had cosines of
   * 0.41–0.49 with their originals, three of them from 0.45 (docs/quality.md, "Condensed web passages").
   *
   * <p>Two short texts (both under {@value #SHORT_SUPPORT} dimensions, up to about 230 words: a snippet, a paragraph, a
   * short article and its simplification) are proposed from {@value #SHORT_FLOOR_LOWER_BY} less, under the snippets' floor
   * (it was that floor until two easy-language versions at 0.280 and 0.288 were found never proposed). A simplification, an easy-language
   * version or a condensation says its original's content in a small vocabulary of common words (a 140-word
   * simplification has 46 non-zero dimensions, an easy-language version 36–44 for 130–160 words), so it is narrow beside its
   * wider original and their cosine is 0.21–0.48; on the fit parts, 8 of the 16 simplifications and condensations the
   * scan missed were verified as rewrites when paired alone but never proposed. From this floor the scan finds 7 of
   * those 8 (docs/quality.md, "Candidates for easy-language, simplified and condensed versions"). Texts this short are few in a
   * news corpus (58 of 20,000 texts of up to 300 words in a generated one), and each still proposes at most its six
   * nearest. Two German summaries of 191- and 219-word originals (88 and 89 dimensions, cosines 0.33 and 0.37) were verified
   * alone and never proposed while the bound was 80 (docs/quality.md, "Easy language written blind").
   *
   * <p>Depends on the two vectors alone, so the scan, the Spark job and the standing index apply it alike.
   */
  public static boolean isClose(byte[] a, byte[] b, double cosine, double minCosine) {
    return proposingFloor(a, b, cosine, minCosine) != ProposingFloor.NONE;
  }

  /**
   * Whether two vectors are {@link #isClose} only by the short texts' floor: both under {@value #SHORT_SUPPORT}
   * dimensions, below {@code minCosine}, and neither two snippets (both under {@value #WIDE_SUPPORT}) nor close by the
   * wide or the condensed floor. Such a pair's cosine does not tell a simplification from a same-topic text (0.30–0.50
   * for both on the fit parts), so the scan asks the whole-text judge about it before reporting it
   * ({@link CandidatePairs#judgedWhole}).
   */
  public static boolean closeOnlyAsShortTexts(byte[] a, byte[] b, double cosine, double minCosine) {
    return proposingFloor(a, b, cosine, minCosine) == ProposingFloor.SHORT_TEXTS;
  }

  /** The floors {@link #isClose} proposes a pair from, the first that holds in this order. */
  private enum ProposingFloor { MIN_COSINE, WIDE_OR_CONDENSED, SNIPPETS, SHORT_TEXTS, NONE }

  /** Which floor proposes two vectors at {@code cosine}: one reading of their supports for both questions asked of it. */
  private static ProposingFloor proposingFloor(byte[] a, byte[] b, double cosine, double minCosine) {
    if (cosine >= minCosine) {
      return ProposingFloor.MIN_COSINE;
    }
    if (cosine < lowestCosine(minCosine)) {
      return ProposingFloor.NONE;
    }
    int supportA = support(a);
    int supportB = support(b);
    boolean bothWide = supportA >= WIDE_SUPPORT && supportB >= WIDE_SUPPORT;
    if ((bothWide || condensed(supportA, supportB)) && cosine >= minCosine - WIDE_FLOOR_LOWER_BY) {
      return ProposingFloor.WIDE_OR_CONDENSED;
    }
    if (supportA < WIDE_SUPPORT && supportB < WIDE_SUPPORT) {
      if (cosine >= minCosine - NARROW_FLOOR_LOWER_BY) {
        return ProposingFloor.SNIPPETS;
      }
    }
    boolean shortTexts = supportA < SHORT_SUPPORT && supportB < SHORT_SUPPORT;
    return shortTexts && cosine >= minCosine - SHORT_FLOOR_LOWER_BY ? ProposingFloor.SHORT_TEXTS : ProposingFloor.NONE;
  }

  /**
   * Whether one vector is narrow and has at most {@value #CONDENSED_SUPPORT_SHARE} of the other's (wide) support: a
   * condensation beside its original. A condensation keeps a part of its original's words, so their cosine is about
   * the square root of the share of the original's weight it keeps (0.55 for three tenths), however faithful it is.
   */
  static boolean condensed(int supportA, int supportB) {
    int narrow = Math.min(supportA, supportB);
    int wide = Math.max(supportA, supportB);
    return narrow < WIDE_SUPPORT && wide >= WIDE_SUPPORT && narrow <= CONDENSED_SUPPORT_SHARE * wide;
  }

  /** The lowest cosine {@link #isClose} ever admits from {@code minCosine}. */
  public static double lowestCosine(double minCosine) {
    return minCosine - Math.max(Math.max(WIDE_FLOOR_LOWER_BY, NARROW_FLOOR_LOWER_BY), SHORT_FLOOR_LOWER_BY);
  }

  /** How many of a vector's dimensions are not zero: about its text's distinct content stems, up to collisions. */
  static int support(byte[] vector) {
    int n = 0;
    for (byte b : vector) {
      n += b != 0 ? 1 : 0;
    }
    return n;
  }
}
