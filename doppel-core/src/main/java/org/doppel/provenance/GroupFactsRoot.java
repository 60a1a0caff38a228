package org.doppel.provenance;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.doppel.relate.Relation;

/**
 * Names a group's original by its facts, decided over the whole group rather than pair by pair: a rewrite rarely adds a
 * fact its source lacks (issue 12), so of a group of whole-text copies and rewrites, the one text that states every
 * figure any other states, and more than each of them, is their original. Of a pair the steps before left unknown, an
 * end R is named the original when R has reported pairs with {@link #MIN_RELATED} documents or more, the pair's other
 * end among them; every figure of two digits or more that any of them states R states too, and each of them states
 * fewer; no document is named R's original; and neither R nor any of them has a partial pair (a partial copy adds a
 * story of its own, with its own figures). Figures of one digit are left out: whether one to nine are written in figures
 * or words is the writer's style, not a fact; nor are clock times, which a page stamps (docs/quality.md, "Direction, a
 * twenty-third round, short"). Language-free: it reads figures, not words (docs/quality.md, "Direction, a
 * twenty-first round": on the fit parts 30 right answers, 1 backwards, 1 sibling answer; none backwards on g20k-s7 or
 * reuse-dev).
 *
 * <p>Runs after {@link GroupStyleRoot}, on its answers, and only on the pairs the judge itself left unknown and no step
 * answered: the style root was fitted first and never named an original backwards, so it keeps its answers, and a
 * document it names a copy is no facts root. Its answers need no order among themselves: two related roots would each
 * state every figure of the other and more, so no pair has two roots. Linear in the pairs: each document's figures
 * read once, each candidate's related documents once. A query against a standing index sees only the query's pairs
 * and does not run it; the Spark job reads the same by joins and decides with {@link #leads}.
 */
public final class GroupFactsRoot {
  /** Documents the named original has a reported pair with, the pair's other end among them: a group, not a pair. */
  public static final int MIN_RELATED = 2;

  /** The share of its answers right on the development sets' fit parts, a sibling pair's answer counted wrong (30 of 32). */
  static final double CONFIDENCE = 0.9;

  static final String SIGNAL = "group_facts";

  /** Words for "o'clock" written before a time ({@link #clockTimeEnd}), matched in any case. */
  private static final String[] CLOCK_WORDS = {"kl.", "kl", "klo", "klokka", "klokken", "klockan", "kello"};

  /**
   * What the decision reads of one document.
   *
   * @param figures the figures it states ({@link #figures})
   * @param inPartial whether it has a partial pair with any document
   */
  public record Reading(Set<String> figures, boolean inPartial) implements Serializable {}

  private GroupFactsRoot() {}

  /**
   * The figures of two digits or more {@code text} states, their separators dropped ("1.500" and "1,500" are one): runs
   * of decimal digits (any script's) joined by a point or comma with digits on both sides, as the screen's {@code
   * \d+(?:[.,]\d+)*} reads them, and no clock time ({@link #clockTimeEnd}). A loop over the characters, not a regex:
   * the scan reads every candidate's text.
   */
  public static Set<String> figures(String text) {
    Set<String> figures = new HashSet<>();
    StringBuilder digits = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int clockEnd = clockTimeEnd(text, i);
      if (clockEnd > 0) {
        i = clockEnd;
        continue;
      }
      digits.setLength(0);
      while (true) {
        while (i < n && Character.isDigit(text.charAt(i))) {
          digits.append(text.charAt(i++));
        }
        boolean separatorInside = i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && Character.isDigit(text.charAt(i + 1));
        if (!separatorInside) {
          break;
        }
        i++;
      }
      if (digits.length() > 1) {
        figures.add(digits.toString());
      }
    }
    return figures;
  }

  /**
   * {@link Character#isDigit(char)}, answered without its table for ASCII, where only '0' to '9' are digits: the loop over
   * a text's chars asks it of every char, and the scan runs it on one thread after verification (docs/benchmarks.md,
   * "Two threads at 20k: the serial stretches").
   */
  static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /**
   * Where the clock time that starts at {@code start} (a run of digits) ends, or -1 where none does: "09:14" (an hour of
   * one or two digits, two of minutes, no seconds or fractions after: "2:05:30" and "1:45.3" are a race's times) or
   * "14.30 Uhr", "9.15h", "kl. 09.14", "klo 9.30" (a point between hour and minutes is a time only beside such a word:
   * "09.14" alone may be a date), or an hour alone after a word for "o'clock" ("kl. 14": {@link #isLoneHour}). A page stamps the time it was posted or updated ("Sist oppdatert 09:14"), and a copy that adds
   * such a line states no fact its source lacks (docs/quality.md, "Direction, a twenty-third round, short").
   */
  static int clockTimeEnd(String text, int start) {
    int n = text.length();
    if (start >= 2 && isSeparator(text.charAt(start - 1)) && Character.isDigit(text.charAt(start - 2))) {
      return -1; // the seconds of "2:05:30", not a time of day
    }
    int i = start;
    while (i < n && i - start < 3 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    int hourDigits = i - start;
    if (hourDigits > 0 && hourDigits <= 2 && isLoneHour(text, start, i)) {
      return i;
    }
    if (hourDigits == 0 || hourDigits > 2 || i + 2 >= n || (text.charAt(i) != ':' && text.charAt(i) != '.')) {
      return -1;
    }
    char separator = text.charAt(i);
    int minutes = i + 1;
    int end = minutes + 2;
    if (!Character.isDigit(text.charAt(minutes)) || !Character.isDigit(text.charAt(minutes + 1)) || digitsGoOn(text, end)
        || Integer.parseInt(text, start, i, 10) > 23 || Integer.parseInt(text, minutes, end, 10) > 59) {
      return -1;
    }
    return separator == ':' || hourWordFollows(text, end) || clockWordBefore(text, start) ? end : -1;
  }

  /**
   * Whether the hour {@code text[start, end)} stands alone after a word for "o'clock" ("kl. 14", "klokka 21", "klo 16"):
   * those words say a time of day whether minutes follow or not. An hour before "Uhr" or "pm" ("um 21 Uhr", "at 10pm")
   * stays a figure: on the development sets those are a story's opening hours and start times, facts a copy repeats,
   * where no text holds a clock word before a lone hour (docs/quality.md, "A thirty-eighth tour, short").
   */
  private static boolean isLoneHour(String text, int start, int end) {
    return !digitsGoOn(text, end) && Integer.parseInt(text, start, end, 10) <= 23 && clockWordBefore(text, start);
  }

  /**
   * Whether the digits before {@code at} go on past it: a digit, or a separator with a digit after it (the seconds of
   * "2:05:30", the fraction of "13,5"), so that they are no time of day.
   */
  private static boolean digitsGoOn(String text, int at) {
    return at < text.length() && (Character.isDigit(text.charAt(at))
        || (at + 1 < text.length() && isSeparator(text.charAt(at)) && Character.isDigit(text.charAt(at + 1))));
  }

  private static boolean isSeparator(char c) {
    return c == ':' || c == '.' || c == ',';
  }

  /**
   * Whether a word that says "o'clock" ends one space (or none, after "kl.") before {@code at}: Norwegian and Danish
   * "kl."/"klokka"/"klokken", Swedish "klockan", Finnish "klo"/"kello", a word of its own.
   */
  private static boolean clockWordBefore(String text, int at) {
    int end = at > 0 && Character.isSpaceChar(text.charAt(at - 1)) ? at - 1 : at;
    for (String word : CLOCK_WORDS) {
      int start = end - word.length();
      if (start >= 0 && text.regionMatches(true, start, word, 0, word.length()) && (start == 0 || !Character.isLetter(text.charAt(start - 1)))
          && (end < at || word.endsWith("."))) {
        return true;
      }
    }
    return false;
  }

  /** Whether "Uhr" or "h" (a word of its own) follows {@code at}, one space between at most. */
  private static boolean hourWordFollows(String text, int at) {
    int i = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
    for (String word : new String[] {"Uhr", "h"}) {
      int end = i + word.length();
      if (text.startsWith(word, i) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a document read as {@code root}, named the copy of no document ({@code namedCopy} false), leads the
   * documents it has reported pairs with, read as {@code related}: the group's original.
   */
  public static boolean leads(Reading root, boolean namedCopy, List<Reading> related) {
    if (namedCopy || root.inPartial() || root.figures().isEmpty() || related.size() < MIN_RELATED) {
      return false;
    }
    for (Reading r : related) {
      if (r.inPartial() || r.figures().size() >= root.figures().size() || !root.figures().containsAll(r.figures())) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code settled} (the directions after {@link GroupStyleRoot}) with a group's facts root named the original of the
   * pairs {@code judged} (the same pairs in the same order, as the judge left them) and {@code settled} both have
   * unknown; {@code figures} reads a document's figures (each document asked once at most).
   */
  public static List<DirectedPair> apply(List<DirectedPair> judged, List<DirectedPair> settled, Function<String, Set<String>> figures) {
    Map<String, List<String>> related = RelatedDocuments.ofDirected(settled);
    Set<String> namedCopies = GroupRoots.namedCopies(settled);
    Set<String> inPartial = new HashSet<>();
    for (DirectedPair p : settled) {
      if (p.pair().relation() == Relation.PARTIAL) {
        inPartial.add(p.pair().a());
        inPartial.add(p.pair().b());
      }
    }
    Map<String, Reading> read = new HashMap<>();
    Function<String, Reading> reading = id -> read.computeIfAbsent(id, d -> new Reading(figures.apply(d), inPartial.contains(d)));
    return GroupRoots.named(judged, settled, id -> isRoot(id, related.getOrDefault(id, List.of()), namedCopies, inPartial, reading),
        (p, root) -> name(p, root, related.getOrDefault(root, List.of()).size()));
  }

  private static boolean isRoot(String id, List<String> related, Set<String> namedCopies, Set<String> inPartial,
      Function<String, Reading> reading) {
    if (related.size() < MIN_RELATED || namedCopies.contains(id) || inPartial.contains(id)) {
      return false; // the cheap tests first: most documents are no candidate, and their group is not read
    }
    return leads(reading.apply(id), false, related.stream().map(reading).toList());
  }

  /** {@code unknown} with {@code original} named its original, the group's size in the detail. */
  public static DirectedPair name(DirectedPair unknown, String original, int related) {
    return GroupRoots.name(unknown, original, SIGNAL, CONFIDENCE,
        "states every figure that any of the " + related + " documents related to it states, and more than each");
  }
}
