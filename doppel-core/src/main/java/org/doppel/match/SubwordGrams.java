package org.doppel.match;

import java.util.HashMap;
import java.util.Map;
import org.doppel.document.Document;
import org.doppel.document.GermanText;
import org.doppel.document.InvisibleJoiners;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;

/**
 * The character 4-grams of a run of words' content words (each lower-cased and framed by word boundaries), counted,
 * with sub-linear weights: evidence that survives inflection and compounding. A German rewrite turns
 * "Vereinsmitglieder" into "Mitglieder des Vereins" and "gegründet" into "Gründung": no word or five-letter stem is
 * shared, but "glie", "rein", "gründ" are. Function words (English and German) and words under four letters are left
 * out, since every text of a language shares them.
 */
public final class SubwordGrams {
  static final int N = 4;
  private static final int MIN_WORD_LETTERS = 4;
  private final Map<Integer, Double> weights;
  private final double norm;

  private SubwordGrams(Map<Integer, Double> weights) {
    this.weights = weights;
    this.norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
  }

  /** The 4-grams of words {@code first} (inclusive) to {@code end} (exclusive) of {@code document}. */
  public static SubwordGrams of(Document document, int first, int end) {
    TokenSequence words = document.words();
    String text = document.text();
    Map<Integer, Integer> counts = new HashMap<>();
    StringBuilder framed = new StringBuilder();
    for (int i = first; i < end; i++) {
      int length = words.end(i) - words.start(i);
      if (length < MIN_WORD_LETTERS || StopWords.contains(words.hash(i)) || GermanText.isFunctionWord(words, text, i)) {
        continue;
      }
      framed.setLength(0);
      framed.append('<');
      for (int c = words.start(i); c < words.end(i); c++) {
        char ch = text.charAt(c);
        if (!InvisibleJoiners.is(ch)) { // a soft hyphen inside a word is no letter of its grams
          framed.append(Character.toLowerCase(ch));
        }
      }
      framed.append('>');
      for (int c = 0; c + N <= framed.length(); c++) {
        counts.merge(framed.substring(c, c + N).hashCode(), 1, Integer::sum);
      }
    }
    Map<Integer, Double> weights = new HashMap<>(counts.size() * 2);
    counts.forEach((gram, count) -> weights.put(gram, 1 + Math.log(count)));
    return new SubwordGrams(weights);
  }

  /** The cosine of the two weighted 4-gram bags, 0 when either is empty. */
  public double cosine(SubwordGrams other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    Map<Integer, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<Integer, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<Integer, Double> entry : small.entrySet()) {
      Double w = large.get(entry.getKey());
      if (w != null) {
        dot += entry.getValue() * w;
      }
    }
    return dot / (norm * other.norm);
  }
}
