package org.doppel.relate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doppel.document.Document;
import org.doppel.document.GermanText;
import org.doppel.document.Hashing;
import org.doppel.document.Sentence;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;

/**
 * A German easy-language version ("Leichte Sprache") read by the names and numbers it keeps of its original: it
 * rewords, explains and reorders every line, so neither its sentences nor its word parts need stay close to the
 * original's, but it keeps the names and writes numbers in digits. German capitalises every noun, so a capitalised
 * word is no name there; a name here is a word of a run of two or more capitalised words that are not German function
 * words ("Stadträtin Jana Kolbeck", "Kreiswehrführer Bernd Aumiller"), a sentence's first word not counted, and no
 * word the cased texts also write in lower case. Nouns seldom stand two in a row in German, names do. The last
 * reading of two short German texts of which one is laid out as easy language ({@code SecondReadings}).
 */
public final class EasyLanguageNames {
  /**
   * The names and numbers (two digits or more) the two texts must share: on the fit parts of the development sets
   * (docs/quality.md, "German easy language"), German pairs of an easy-language text and a text of another group
   * share at most 3; the easy-language versions and their originals that share any share 4 to 40.
   */
  static final int MIN_KEPT = 4;
  /**
   * And the share of the original's names and numbers the easy version keeps (of the side with fewer, where the
   * original is lower case and has none of its own): an easy version keeps most of them, another text on the subject a few.
   */
  static final double MIN_KEPT_SHARE = 0.5;
  /** Runs of capitalised words are read over at most this many words (a title, a first and a last name, a place). */
  private static final int MAX_RUN = 6;
  private static final long NUMBER_SALT = 0x6A09_E667_F3BC_C908L;

  private EasyLanguageNames() {}

  /** The names and numbers of one text, as keys (word hashes; numbers by their digits). */
  public record Kept(Set<Long> names, Set<Long> numbers, Set<Long> words) {
    public Kept {
      names = Set.copyOf(names);
      numbers = Set.copyOf(numbers);
      words = Set.copyOf(words);
    }
  }

  /** The names and numbers of {@code document}, split into {@code sentences}. */
  public static Kept of(Document document, List<Sentence> sentences) {
    TokenSequence words = document.words();
    String text = document.text();
    Set<Long> all = new HashSet<>();
    Set<Long> lowerCase = new HashSet<>();
    Set<Long> numbers = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      all.add(words.hash(i));
      if (words.hasDigit(i)) {
        String digits = digits(text, words.start(i), words.end(i));
        if (digits.length() >= 2) {
          numbers.add(Hashing.mix(Hashing.ofChars(digits) ^ NUMBER_SALT));
        }
      } else if (!words.startsUpperCase(i)) {
        lowerCase.add(words.hash(i));
      }
    }
    Set<Long> names = new HashSet<>();
    for (Sentence sentence : sentences) {
      for (int i = sentence.first(); i < sentence.end(); ) {
        if (!capitalised(words, text, i)) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < sentence.end() && end - i < MAX_RUN && capitalised(words, text, end) && joinedBySpace(text, words.end(end - 1), words.start(end))) {
          end++;
        }
        int from = i == sentence.first() ? i + 1 : i; // a sentence's first word is capitalised anyway
        if (end - from >= 2) {
          for (int w = from; w < end; w++) {
            names.add(words.hash(w));
          }
        }
        i = end;
      }
    }
    names.removeAll(lowerCase);
    return new Kept(names, numbers, all);
  }

  /**
   * The verdict on an easy-language version and its presumed original by what it keeps: a paraphrase when the two share
   * at least {@value #MIN_KEPT} names and numbers, {@value #MIN_KEPT_SHARE} of those of the side with fewer. Names
   * found in either text count when both texts write the word (a lower-cased original has no capitals to find its
   * own by).
   */
  public static Verdict of(Kept original, Kept easy) {
    Set<Long> names = new HashSet<>(original.names());
    names.addAll(easy.names());
    names.retainAll(original.words());
    names.retainAll(easy.words());
    Set<Long> numbers = new HashSet<>(original.numbers());
    numbers.retainAll(easy.numbers());
    int kept = names.size() + numbers.size();
    Set<Long> either = new HashSet<>(original.names());
    either.addAll(easy.names());
    int fewer = Math.min(written(either, original), written(either, easy));
    double share = fewer == 0 ? 0 : Math.min(1, (double) kept / fewer);
    String reason = String.format(Locale.ROOT, "an easy-language version keeping %d of its original's names and numbers (%.0f%% of the side with fewer)",
        kept, 100 * share);
    if (kept < MIN_KEPT || share < MIN_KEPT_SHARE) {
      return new Verdict(Relation.UNRELATED, 0, "not a rewrite: " + reason);
    }
    // 0.5 at the floor, 1 with every name and number kept, as the other readings' scores
    return new Verdict(Relation.PARAPHRASE, 0.5 + 0.5 * (share - MIN_KEPT_SHARE) / (1 - MIN_KEPT_SHARE), reason);
  }

  /**
   * The names of either text that one text writes, and its numbers: what it has to keep or to be kept of (a lower-cased
   * text has no capitals to find its own names by, but writes the other's).
   */
  private static int written(Set<Long> names, Kept kept) {
    int written = 0;
    for (long name : names) {
      written += kept.words().contains(name) ? 1 : 0;
    }
    return written + kept.numbers().size();
  }

  private static boolean capitalised(TokenSequence words, String text, int i) {
    return words.startsUpperCase(i) && !words.hasDigit(i) && !StopWords.contains(words.hash(i)) && !GermanText.isFunctionWord(words, text, i);
  }

  /** Only spaces (or one hyphen or middle dot: "Ostwiesen-Bau") between two words of a run. */
  private static boolean joinedBySpace(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (ch != ' ' && ch != '-' && ch != '\u00a0' && ch != '\u00b7') {
        return false;
      }
    }
    return true;
  }

  private static String digits(String text, int from, int to) {
    StringBuilder digits = new StringBuilder(to - from);
    for (int c = from; c < to; c++) {
      if (Character.isDigit(text.charAt(c))) {
        digits.append(text.charAt(c));
      }
    }
    return digits.toString();
  }
}
