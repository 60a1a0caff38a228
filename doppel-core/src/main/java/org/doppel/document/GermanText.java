package org.doppel.document;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is German, by its function words: the shipped sentence models read English, so a German rewrite
 * that rewords every sentence (a simplification, a restyle) needs evidence that does not go through them
 * ({@link org.doppel.match.SubwordAlignment}). German running text has about a quarter of its words among these,
 * English almost none ("die", "in", "an" are the only ones both languages use, and English has few of them);
 * English text has a third or more of its words among {@link StopWords}.
 */
public final class GermanText {
  /** Common German articles, pronouns, auxiliaries, prepositions and conjunctions, lower case. */
  static final Set<String> FUNCTION_WORDS = Set.of(("der die das den dem des ein eine einer eines einem einen und oder aber"
      + " nicht ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine seiner seinen ihre ihr"
      + " ihren ihrem sich mit von zu zum zur auf aus bei für im in an am als auch noch nur so wie wenn dass daß es er"
      + " sie wir man kann können muss soll sollen diese dieser dieses diesem sehr mehr nach über unter vor durch gegen"
      + " um bis schon dann doch etwa immer alle viele").split(" "));
  /** The function words as {@link WordTokenizer} hashes them, for a loop that has each word's hash ({@link #isFunctionWord(long)}). */
  private static final LongHashSet HASHES = LongHashSet.of(FUNCTION_WORDS.stream().mapToLong(Hashing::ofChars).toArray());
  /** The share of a text's words that are German function words from which it is German (German prose: 0.25–0.45). */
  private static final double MIN_GERMAN_SHARE = 0.15;
  /**
   * The share of English function words under which it may be (the German development texts: at most 0.12; English
   * news and answers: 0.24 and more, the lowest of thousands).
   */
  private static final double MAX_ENGLISH_SHARE = 0.15;

  private GermanText() {}

  /** Whether word {@code index} of {@code words} (pointing into {@code text}) is a German function word. */
  public static boolean isFunctionWord(TokenSequence words, String text, int index) {
    int length = words.end(index) - words.start(index);
    return length <= 7 && FUNCTION_WORDS.contains(text.substring(words.start(index), words.end(index)).toLowerCase(Locale.ROOT));
  }

  /** Whether a word whose {@link TokenSequence#hash} is {@code wordHash} is a German function word: one probe, no string. */
  public static boolean isFunctionWord(long wordHash) {
    return HASHES.contains(wordHash);
  }

  /**
   * Whether a text of {@code words} words, {@code german} of them German function words and {@code english} English stop
   * words ({@link StopWords}), reads as German running text: what {@link #is} decides, for a caller that counted them.
   */
  public static boolean is(int german, int english, int words) {
    return words > 0 && german >= MIN_GERMAN_SHARE * words && english <= MAX_ENGLISH_SHARE * words;
  }

  /**
   * Whether {@code words} read as German running text, judged by the words' hashes alone ({@link #isFunctionWord(long)}),
   * for a caller that holds the words but not their document: the vector stage and the direction clues.
   */
  public static boolean is(TokenSequence words) {
    int german = 0;
    int english = 0;
    for (int i = 0; i < words.size(); i++) {
      long hash = words.hash(i);
      german += isFunctionWord(hash) ? 1 : 0;
      english += StopWords.contains(hash) ? 1 : 0;
    }
    return is(german, english, words.size());
  }

  /** Whether {@code document} reads as German running text. */
  public static boolean is(Document document) {
    TokenSequence words = document.words();
    if (words.size() == 0) {
      return false;
    }
    String text = document.text();
    int german = 0;
    int english = 0;
    for (int i = 0; i < words.size(); i++) {
      if (isFunctionWord(words, text, i)) {
        german++;
      }
      if (StopWords.contains(words.hash(i))) {
        english++;
      }
    }
    return is(german, english, words.size());
  }
}
