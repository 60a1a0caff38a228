package org.doppel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Made-up articles for tests: pseudo-words from a seeded generator, so no test quotes a real text. */
final class SyntheticText {
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ten", "ros", "va", "qui", "del", "nor", "sa", "bel", "tu", "gor", "fen", "ji", "wo"};
  private final Random random;

  SyntheticText(long seed) {
    this.random = new Random(seed);
  }

  String word() {
    StringBuilder w = new StringBuilder();
    int syllables = 1 + random.nextInt(3);
    for (int s = 0; s < syllables; s++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  String sentence(int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = word();
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
    }
    return s.append('.').toString();
  }

  String paragraph() {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      p.append(i == 0 ? "" : " ").append(sentence(12 + random.nextInt(8)));
    }
    return p.toString();
  }

  List<String> paragraphs(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(paragraph());
    }
    return out;
  }

  /** A title line, a blank line, then the paragraphs separated by blank lines. */
  static String article(String title, List<String> paragraphs) {
    return title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
  }
}
