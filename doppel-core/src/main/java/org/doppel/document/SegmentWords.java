package org.doppel.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence or fragment of a text as the stock-form recognisers read it: its words case-folded
 * (letters, digits, inner apostrophes and hyphens; "’" read as "'"), and whether it ends with a colon,
 * as a label or an announcement does ("Here is the rewritten text:").
 *
 * <p>Most fragments of article text hold none of the words the recognisers look for, so every test
 * asks {@link #distinct} first (a hash lookup) and walks the words only when all it needs is there.
 *
 * @param words the folded words, in order
 * @param distinct the same words as a set
 * @param clauseStarts the indices of the words that follow a comma or a dash ("For the latest news,
 *     download …"), in order
 * @param endsWithColon the fragment's last character is a colon
 */
record SegmentWords(List<String> words, Set<String> distinct, List<Integer> clauseStarts, boolean endsWithColon) {
  /** Words that soften or lead into an imperative without changing it: "Please subscribe", "So, tell us". */
  private static final Set<String> SOFTENERS = Set.of("please", "so", "and", "now", "then", "just", "simply", "kindly", "also",
      "today", "bitte", "jetzt", "gleich", "einfach", "und");

  /** The words of {@code sets} and {@code words} together: a recogniser's {@code TRIGGERS}. */
  @SafeVarargs
  static Set<String> union(List<String> words, Set<String>... sets) {
    Set<String> all = new HashSet<>(words);
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  static SegmentWords of(String fragment) {
    String folded = fragment.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    List<Integer> clauseStarts = new ArrayList<>();
    int length = folded.length();
    int i = 0;
    while (i < length) {
      boolean clause = false;
      while (i < length && !Character.isLetterOrDigit(folded.charAt(i))) {
        char c = folded.charAt(i);
        clause |= c == ',' || c == '–' || c == '—' || c == '-';
        i++;
      }
      int start = i;
      boolean curly = false;
      while (i < length) {
        char c = folded.charAt(i);
        if (!Character.isLetterOrDigit(c)
            && !((c == '\'' || c == '’' || c == '-') && i > start && i + 1 < length && Character.isLetterOrDigit(folded.charAt(i + 1)))) {
          break;
        }
        curly |= c == '’';
        i++;
      }
      if (i > start) {
        if (clause && !words.isEmpty()) {
          clauseStarts.add(words.size());
        }
        String word = folded.substring(start, i);
        words.add(curly ? word.replace('’', '\'') : word);
      }
    }
    int last = length - 1;
    while (last >= 0 && Character.isWhitespace(fragment.charAt(last))) {
      last--;
    }
    return new SegmentWords(words, new HashSet<>(words), clauseStarts, last >= 0 && fragment.charAt(last) == ':');
  }

  int size() {
    return words.size();
  }

  /** Word {@code i}, or the empty string past either end. */
  String at(int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }

  boolean has(String word) {
    return distinct.contains(word);
  }

  boolean hasAny(Set<String> set) {
    if (set.size() < distinct.size()) {
      for (String word : set) {
        if (distinct.contains(word)) {
          return true;
        }
      }
      return false;
    }
    for (String word : distinct) {
      if (set.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some word starts with one of {@code prefixes} ("subscrib" for subscribe, subscribing, subscribed). */
  boolean hasPrefixed(List<String> prefixes) {
    for (String word : distinct) {
      for (String prefix : prefixes) {
        if (word.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the words {@code first second} occur next to each other. */
  boolean hasPair(String first, String second) {
    if (!distinct.contains(first) || !distinct.contains(second)) {
      return false;
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
        return true;
      }
    }
    return false;
  }

  /** The first word at or after {@code from} that is not a softener ("please", "so", "bitte"). */
  int leadFrom(int from) {
    int i = from;
    while (i < words.size() && SOFTENERS.contains(words.get(i))) {
      i++;
    }
    return i;
  }
}
