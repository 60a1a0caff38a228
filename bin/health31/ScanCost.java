package org.doppel.provenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * feat-health31's check: main's PairContext.numbers and GroupFactsRoot.figures (pasted from 9deb6349) against the
 * branch's, which share NumberRuns: the same answers on every text of the folder given (the numbers in order), and the
 * time of 20 passes over them, eight rounds. Compile it into package org.doppel.provenance against doppel-core's classes
 * (docs/quality.md, "Code health, thirty-first round").
 */
public class ScanCost {
  static Set<String> oldNumbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isAsciiDigit(text.charAt(i))) { i++; continue; }
      int start = i;
      i = digitsEnd(text, i);
      while (i + 1 < length && (text.charAt(i) == '.' || text.charAt(i) == ',') && isAsciiDigit(text.charAt(i + 1))) {
        i = digitsEnd(text, i + 1);
      }
      out.add(text.substring(start, i));
    }
    return out;
  }
  private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
  private static int digitsEnd(String text, int i) {
    while (i < text.length() && isAsciiDigit(text.charAt(i))) i++;
    return i;
  }
  static Set<String> oldFigures(String text) {
    Set<String> figures = new HashSet<>();
    StringBuilder digits = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isDigit(text.charAt(i))) { i++; continue; }
      int clockEnd = GroupFactsRoot.clockTimeEnd(text, i);
      if (clockEnd > 0) { i = clockEnd; continue; }
      digits.setLength(0);
      while (true) {
        while (i < n && Character.isDigit(text.charAt(i))) digits.append(text.charAt(i++));
        boolean separatorInside = i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && Character.isDigit(text.charAt(i + 1));
        if (!separatorInside) break;
        i++;
      }
      if (digits.length() > 1) figures.add(digits.toString());
    }
    return figures;
  }

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (var files = Files.walk(Path.of(args[0]))) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) texts.add(Files.readString(p));
    }
    int differ = 0;
    for (String t : texts) {
      if (!new ArrayList<>(oldNumbers(t)).equals(new ArrayList<>(PairContext.numbers(t)))) differ++;
      if (!oldFigures(t).equals(GroupFactsRoot.figures(t))) differ++;
    }
    System.out.println(texts.size() + " texts, " + differ + " differ");
    for (int round = 0; round < 8; round++) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        long s = System.nanoTime();
        int sum = 0;
        for (int r = 0; r < 20; r++) {
          for (String t : texts) {
            sum += switch (k) {
              case 0 -> oldNumbers(t).size();
              case 1 -> PairContext.numbers(t).size();
              case 2 -> oldFigures(t).size();
              default -> GroupFactsRoot.figures(t).size();
            };
          }
        }
        line.append(new String[] {"numbers main ", "numbers branch ", "figures main ", "figures branch "}[k])
            .append((System.nanoTime() - s) / 1_000_000).append(" ms (").append(sum).append(")  ");
      }
      System.out.println(line);
    }
  }
}
