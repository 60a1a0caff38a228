package org.doppel.fingerprint;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.doppel.document.Document;
import org.doppel.document.GermanText;
import org.doppel.document.Hashing;
import org.doppel.document.LongHashSet;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordStems;

/**
 * Turns a document's vocabulary into a short vector whose cosine tracks the cosine of the two
 * documents' bags of content-word stems: the feature-hashing trick (Weinberger et al., 2009) with
 * {@value #DIMENSIONS} signed buckets, sub-linear term frequency, names and numbers weighted double,
 * then L2-normalised and quantised to signed bytes. Names are the capitalised words; in a text written all in lower
 * case ({@link SentenceSplitter#isCaseless}), the words {@link CaselessNames} finds instead, so that a lower-case
 * original and its cased rewrite weight the same names. A rewrite keeps most of its original's
 * vocabulary in a different order, which shingles miss and this vector keeps: it is what the
 * nearest-neighbour index searches.
 *
 * <p>English function words ({@link StopWords}) are left out of every text, German ones ({@link GermanText}) out of a
 * German text: "der", "und", "ist" are a quarter of German prose, so any two German texts met at a cosine of
 * 0.2–0.35 on them alone, and an easy-language version ("Leichte Sprache") that keeps its original's content words
 * but few of its word forms was no nearer its original than another German text on the subject (docs/quality.md,
 * "Candidates for easy-language, simplified and condensed versions"). Only in a German text, since "die", "war" and "man" are English words too.
 *
 * <p>Computed from words alone, with no model: {@value #DIMENSIONS} bytes per document. Public for its
 * {@link #DIMENSIONS} and {@link #cosine}, which the index's nearest-neighbour rule ({@code VectorBuckets},
 * shared by the scan and the Spark job) computes on these vectors.
 */
public final class DocumentVectorizer {
  public static final int DIMENSIONS = 256;
  private static final double NAME_OR_NUMBER_WEIGHT = 2;
  /**
   * What a stored vector means, for the standing index's layout check: an index whose vectors were made before
   * caseless names counted would compare a lower-case text otherwise than a scan, so it must be rebuilt.
   */
  public static final String LAYOUT = "names in caseless texts by the model vocabulary, German function words out";

  public byte[] vectorize(Document document) {
    TokenSequence words = document.words();
    String text = document.text();
    // each occurrence as its stem with the lowest bit saying "a name or a number"
    long[] occurrences = new long[words.size()];
    boolean caseless = SentenceSplitter.isCaseless(text);
    // in a caseless text, the stems of uncommon words: names when the text repeats them
    long[] uncommonStems = caseless ? new long[words.size()] : new long[0];
    boolean german = GermanText.is(words);
    int u = 0;
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (StopWords.contains(words.hash(i)) || german && GermanText.isFunctionWord(words.hash(i))) {
        continue;
      }
      long stem = WordStems.of(words, text, i);
      char first = text.charAt(words.start(i));
      boolean salient = Character.isDigit(first);
      if (!caseless) {
        salient |= Character.isUpperCase(first);
      } else if (!salient) {
        int rank = CaselessNames.rank(text.substring(words.start(i), words.end(i)));
        salient = CaselessNames.isUnknown(rank);
        if (CaselessNames.isUncommon(rank)) {
          uncommonStems[u++] = stem >>> 1;
        }
      }
      occurrences[n++] = (stem & ~1L) | (salient ? 1 : 0);
    }
    Arrays.sort(occurrences, 0, n);
    @Nullable LongHashSet uncommon = caseless ? LongHashSet.of(Arrays.copyOf(uncommonStems, u)) : null;
    double[] vector = new double[DIMENSIONS];
    for (int start = 0; start < n; ) {
      long stem = occurrences[start] >>> 1;
      int end = start;
      boolean salient = false;
      while (end < n && occurrences[end] >>> 1 == stem) {
        salient |= (occurrences[end] & 1) == 1;
        end++;
      }
      salient |= uncommon != null && end - start > 1 && uncommon.contains(stem);
      long h = Hashing.mix(stem ^ 0x6A09E667F3BCC909L);
      int bucket = (int) (h >>> 56) & (DIMENSIONS - 1);
      double sign = (h & 1) == 0 ? 1 : -1;
      vector[bucket] += sign * (1 + Math.log(end - start)) * (salient ? NAME_OR_NUMBER_WEIGHT : 1);
      start = end;
    }
    return quantise(vector);
  }


  private static byte[] quantise(double[] vector) {
    double norm = Math.sqrt(Arrays.stream(vector).map(x -> x * x).sum());
    byte[] out = new byte[vector.length];
    if (norm == 0) {
      return out;
    }
    for (int i = 0; i < vector.length; i++) {
      out[i] = (byte) Math.round(127 * vector[i] / norm);
    }
    return out;
  }

  /** Cosine of two vectors made by {@link #vectorize}. */
  public static double cosine(byte[] a, byte[] b) {
    long dot = 0;
    long na = 0;
    long nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
  }
}
