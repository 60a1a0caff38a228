package org.doppel.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence or fragment of a text as the stock-form recognisers read it: its words case-folded
 * (letters, digits, inner apostrophes and hyphens; "’" read as "'"), and whether it ends with a colon,
 * as a label or an announcement does ("Here is the rewritten text:").
 *
 * @param words the folded words, in order
 * @param clauseStarts the indices of the words that follow a comma or a dash ("For the latest news,
 *     download …"), in order
 * @param endsWithColon the fragment's last character is a colon
 */
record SegmentWords(List<String> words, List<Integer> clauseStarts, boolean endsWithColon) {
  /** Words that soften or lead into an imperative without changing it: "Please subscribe", "So, tell us". */
  private static final Set<String> SOFTENERS = Set.of("please", "so", "and", "now", "then", "just", "simply", "kindly", "also",
      "today", "bitte", "jetzt", "gleich", "einfach", "und");

  static SegmentWords of(String fragment) {
    List<String> words = new ArrayList<>();
    List<Integer> clauseStarts = new ArrayList<>();
    int length = fragment.length();
    int i = 0;
    while (i < length) {
      boolean clause = false;
      while (i < length && !Character.isLetterOrDigit(fragment.charAt(i))) {
        char c = fragment.charAt(i);
        clause |= c == ',' || c == '–' || c == '—' || c == '-';
        i++;
      }
      StringBuilder word = new StringBuilder();
      while (i < length) {
        char c = fragment.charAt(i);
        boolean inner = (c == '\'' || c == '’' || c == '-') && i + 1 < length && Character.isLetterOrDigit(fragment.charAt(i + 1))
            && !word.isEmpty();
        if (Character.isLetterOrDigit(c)) {
          word.append(Character.toLowerCase(c));
        } else if (inner) {
          word.append(c == '’' ? '\'' : c);
        } else {
          break;
        }
        i++;
      }
      if (!word.isEmpty()) {
        if (clause && !words.isEmpty()) {
          clauseStarts.add(words.size());
        }
        words.add(word.toString());
      }
    }
    int last = length - 1;
    while (last >= 0 && Character.isWhitespace(fragment.charAt(last))) {
      last--;
    }
    return new SegmentWords(words, clauseStarts, last >= 0 && fragment.charAt(last) == ':');
  }

  int size() {
    return words.size();
  }

  /** Word {@code i}, or the empty string past either end. */
  String at(int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }

  boolean has(String word) {
    return words.contains(word);
  }

  boolean hasAny(Set<String> set) {
    for (String word : words) {
      if (set.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some word starts with one of {@code prefixes} ("subscrib" for subscribe, subscribing, subscribed). */
  boolean hasPrefixed(List<String> prefixes) {
    for (String word : words) {
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
