package org.doppel.provenance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doppel.document.GermanText;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.StopWords;
import org.doppel.document.TokenSequence;

/**
 * The names a condensation keeps or drops, for {@link CondensationSignal}: runs of two or more capitalised words, none
 * a stop word ("The", "On", "But"), one space apart inside one sentence ("Mara Oyelaran", "Lantern Street
 * Playhouse"). A run that opens a sentence loses its first word, which its place capitalised. A single capitalised word
 * is left out: it is as often a sentence's first word, a heading's or an adjective of nationality as a name.
 *
 * <p>Names are read by their capitals, so they are read only where capitals mark them: not in a text written all in
 * lower case (its names cannot be seen, so it would seem to keep every name), and not in German (every noun is
 * capitalised, and two nouns in a row are a phrase, not a name). {@link #readable} says which.
 */
final class KeptNames {
  private KeptNames() {}

  /** Whether the names of {@code text} can be found by its capitals: it has capitals and is not German. */
  static boolean readable(String text, TokenSequence words) {
    return !SentenceSplitter.isCaseless(text) && !GermanText.is(words);
  }

  /** The distinct names of {@code text}, in lower case, as written (so one text's name can be looked for in another). */
  static Set<String> of(String text, TokenSequence words, List<Sentence> sentences) {
    Set<String> names = new LinkedHashSet<>();
    for (Sentence sentence : sentences) {
      int i = sentence.first();
      while (i < sentence.end()) {
        if (!isNameWord(words, i)) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < sentence.end() && isNameWord(words, end) && onlySpaces(text, words.end(end - 1), words.start(end))) {
          end++;
        }
        int first = i == sentence.first() ? i + 1 : i;
        if (end - first >= 2) {
          names.add(text.substring(words.start(first), words.end(end - 1)).toLowerCase(Locale.ROOT));
        }
        i = end;
      }
    }
    return names;
  }

  private static boolean isNameWord(TokenSequence words, int i) {
    return words.startsUpperCase(i) && !words.hasDigit(i) && !StopWords.contains(words.hash(i));
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      if (text.charAt(c) != ' ') {
        return false;
      }
    }
    return from < to;
  }
}
