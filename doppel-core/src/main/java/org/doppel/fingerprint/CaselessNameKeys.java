package org.doppel.fingerprint;

import java.util.Arrays;
import java.util.List;
import org.doppel.document.LongHashSet;
import org.doppel.document.Sentence;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;

/**
 * The name keys of a text written all in lower case ({@link org.doppel.document.SentenceSplitter#isCaseless}), which
 * has no capitals to find its names by: its name words are those {@link CaselessNames} marks (a word the model
 * vocabulary lacks, or an uncommon word the text repeats), and each run of consecutive name words of a sentence is
 * keyed as {@link FactExtractor} keys a cased text's run of capitalised words (the words' normalised hashes chained
 * in order), so a lower-case original's "doppler" meets its cased rewrite's "Doppler" as a shared rare fact.
 *
 * <p>The run is keyed alone and with each plain neighbour (a word that is no stop word and no number, joined to it
 * by a space): the vocabulary knows a first name or a title ("christian", "ottoman"), which a cased text's capitals
 * take into the name ("Christian Doppler", "Ottoman Empire"). The single words of a longer run are not keyed: in a
 * text made of words the vocabulary lacks, every sentence is a run, and its words alone would make most pairs of
 * texts on a subject candidates (docs/quality.md, "Rare-fact candidate keys for caseless texts").
 *
 * <p>Document-local, as every fact key is, so the scan, the Spark job and the standing index key a text alike.
 */
final class CaselessNameKeys {
  private CaselessNameKeys() {}

  /** Calls {@code sink} with the {@link FactKind#NAME} keys of the runs of name words of {@code sentences}. */
  static void forEach(String text, TokenSequence words, List<Sentence> sentences, FactExtractor.FactSink sink) {
    boolean[] name = nameWords(text, words, sentences);
    for (Sentence sentence : sentences) {
      for (int i = sentence.first(); i < sentence.end(); ) {
        if (!name[i]) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < sentence.end() && name[end] && joined(text, words, end - 1)) {
          end++;
        }
        FactExtractor.addName(words, i, end, sink);
        if (i > sentence.first() && plain(words, i - 1) && joined(text, words, i - 1)) {
          FactExtractor.addName(words, i - 1, end, sink);
        }
        if (end < sentence.end() && plain(words, end) && joined(text, words, end - 1)) {
          FactExtractor.addName(words, i, end + 1, sink);
        }
        i = end;
      }
    }
  }

  /** Whether words {@code w} and {@code w + 1} are apart by spaces or a hyphen only, as the words of a name are. */
  private static boolean joined(String text, TokenSequence words, int w) {
    return FactExtractor.onlySpaces(text, words.end(w), words.start(w + 1));
  }

  private static boolean plain(TokenSequence words, int w) {
    return !words.hasDigit(w) && !StopWords.contains(words.hash(w));
  }

  /**
   * Which words of the sentences are names by {@link CaselessNames}: a word the vocabulary lacks, or an uncommon
   * word the text uses more than once. Stop words and numbers never are.
   */
  private static boolean[] nameWords(String text, TokenSequence words, List<Sentence> sentences) {
    boolean[] name = new boolean[words.size()];
    boolean[] uncommon = new boolean[words.size()];
    long[] uncommonHashes = new long[words.size()];
    int u = 0;
    for (Sentence sentence : sentences) {
      for (int i = sentence.first(); i < sentence.end(); i++) {
        if (!plain(words, i)) {
          continue;
        }
        int rank = CaselessNames.rank(text.substring(words.start(i), words.end(i)));
        name[i] = CaselessNames.isUnknown(rank);
        uncommon[i] = !name[i] && CaselessNames.isUncommon(rank);
        if (uncommon[i]) {
          uncommonHashes[u++] = words.hash(i);
        }
      }
    }
    LongHashSet repeated = LongHashSet.of(repeatedValues(Arrays.copyOf(uncommonHashes, u)));
    for (int i = 0; i < name.length; i++) {
      name[i] |= uncommon[i] && repeated.contains(words.hash(i));
    }
    return name;
  }

  /** The values that occur more than once in {@code values}, each once; sorts {@code values} in place. */
  private static long[] repeatedValues(long[] values) {
    Arrays.sort(values);
    long[] repeated = new long[values.length];
    int n = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] == values[i - 1] && (n == 0 || repeated[n - 1] != values[i])) {
        repeated[n++] = values[i];
      }
    }
    return Arrays.copyOf(repeated, n);
  }
}
