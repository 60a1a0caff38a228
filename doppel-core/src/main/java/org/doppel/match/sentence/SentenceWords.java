package org.doppel.match.sentence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one sentence, lower-cased for matching, with what each word looks like: a number
 * ("4.4%", "1,000" → "1000") or a name (capitalised and not the sentence's first word, or written
 * in capitals or with an inner capital: "Velmora", "BARLA", "McCain"). Punctuation is dropped;
 * "isn't" is one word. Immutable.
 */
public final class SentenceWords {
  /** Function words: they carry the grammar, not the content, and are left out of content overlap. */
  static final Set<String> STOPWORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "into", "onto", "over", "about", "after", "before", "than", "then", "that", "this", "these", "those",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its",
      "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "my", "me", "him",
      "who", "whom", "which", "what", "when", "where", "there", "here", "so", "also", "not", "no", "will",
      "would", "can", "could", "said", "says", "up", "out", "s", "'s");
  static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nor", "none", "nobody", "nothing",
      "neither", "without", "cannot", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't",
      "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't");

  private final String[] words;
  private final boolean[] name;
  private final boolean[] number;

  private SentenceWords(List<String> words, List<Boolean> name, List<Boolean> number) {
    int n = words.size();
    this.words = words.toArray(String[]::new);
    this.name = new boolean[n];
    this.number = new boolean[n];
    for (int i = 0; i < n; i++) {
      this.name[i] = name.get(i);
      this.number[i] = number.get(i);
    }
  }

  /** Splits a sentence into words. */
  public static SentenceWords of(String sentence) {
    String text = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
    List<String> words = new ArrayList<>();
    List<Boolean> names = new ArrayList<>();
    List<Boolean> numbers = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean digits = Character.isDigit(c);
      i++;
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          digits |= Character.isDigit(d);
          i++;
        } else if ((d == '.' || d == ',') && digits && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
          i++; // 4.4, 1,000
        } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
          i++; // isn't, well-known
        } else {
          break;
        }
      }
      String raw = text.substring(start, i);
      boolean isNumber = digits;
      String word = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (isNumber) {
        word = word.replace(",", "");
      }
      boolean capitalised = Character.isUpperCase(raw.charAt(0));
      boolean innerCapital = raw.chars().skip(1).anyMatch(Character::isUpperCase);
      boolean isName = !isNumber && !STOPWORDS.contains(word)
          && ((capitalised && !words.isEmpty()) || innerCapital);
      words.add(word);
      names.add(isName);
      numbers.add(isNumber);
    }
    return new SentenceWords(words, names, numbers);
  }

  public int size() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
  }

  public boolean isName(int i) {
    return name[i];
  }

  public boolean isNumber(int i) {
    return number[i];
  }

  public boolean isStopword(int i) {
    return STOPWORDS.contains(words[i]);
  }

  public boolean isNegation(int i) {
    return NEGATIONS.contains(words[i]);
  }

  public List<String> words() {
    return List.of(words);
  }
}
