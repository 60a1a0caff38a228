package org.doppel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A news article as the word model writes it ({@link WordModel#NEWS}): title tokens and paragraphs of sentence tokens,
 * and the edits {@link SyntheticCorpus} makes of an original for its copies. Mutable: a copy is edited in place after
 * {@link #copy()}.
 */
final class SyntheticArticle {
  List<String> title;
  List<List<List<String>>> paragraphs;

  private SyntheticArticle(List<String> title, List<List<List<String>>> paragraphs) {
    this.title = title;
    this.paragraphs = paragraphs;
  }

  static SyntheticArticle generate(SplittableRandom random) {
    List<List<List<String>>> paragraphs = new ArrayList<>();
    int target = 440 + random.nextInt(120);
    int words = 0;
    while (words < target) {
      List<List<String>> paragraph = new ArrayList<>();
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences && words < target; s++) {
        List<String> sentence = WordModel.NEWS.sentence(random);
        paragraph.add(sentence);
        words += sentence.size();
      }
      paragraphs.add(paragraph);
    }
    return new SyntheticArticle(WordModel.NEWS.title(random), paragraphs);
  }

  SyntheticArticle copy() {
    List<List<List<String>>> paragraphs = new ArrayList<>();
    for (List<List<String>> paragraph : this.paragraphs) {
      List<List<String>> p = new ArrayList<>();
      for (List<String> sentence : paragraph) {
        p.add(new ArrayList<>(sentence));
      }
      paragraphs.add(p);
    }
    return new SyntheticArticle(new ArrayList<>(title), paragraphs);
  }

  /** Edits 2–6% of the words; may drop or add a paragraph. Returns the original paragraphs kept. */
  int[] editLightly(SplittableRandom random) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      kept.add(i);
    }
    if (paragraphs.size() > 3 && random.nextInt(4) == 0) {
      int drop = 1 + random.nextInt(paragraphs.size() - 1);
      paragraphs.remove(drop);
      kept.remove(drop);
    }
    if (random.nextInt(5) == 0) {
      SyntheticArticle extra = generate(random);
      paragraphs.add(1 + random.nextInt(paragraphs.size()), extra.paragraphs.get(0));
    }
    double rate = 0.02 + 0.04 * random.nextDouble();
    for (List<List<String>> paragraph : paragraphs) {
      for (List<String> sentence : paragraph) {
        editWords(sentence, rate, random);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Edits each word of {@code sentence} at {@code rate}: replaced, deleted (not below five tokens), followed by another, or misspelt. */
  private static void editWords(List<String> sentence, double rate, SplittableRandom random) {
    for (int t = 0; t < sentence.size(); t++) {
      String token = sentence.get(t);
      if (isPunctuation(token) || random.nextDouble() >= rate) {
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> sentence.set(t, WordModel.NEWS.contentWord(random));
        case 1 -> {
          if (sentence.size() > 4) {
            sentence.remove(t);
            t--;
          }
        }
        case 2 -> sentence.add(t + 1, random.nextBoolean() ? WordModel.NEWS.functionWord(random) : WordModel.NEWS.contentWord(random));
        default -> sentence.set(t, typo(token, random));
      }
    }
  }

  /** Replaces 30–60% of the content words and reorders some sentences. */
  void paraphrase(SplittableRandom random) {
    double rate = 0.3 + 0.3 * random.nextDouble();
    reword(title, rate, random);
    for (List<List<String>> paragraph : paragraphs) {
      for (List<String> sentence : paragraph) {
        reword(sentence, rate, random);
      }
      if (paragraph.size() > 1 && random.nextBoolean()) {
        int i = random.nextInt(paragraph.size() - 1);
        Collections.swap(paragraph, i, i + 1);
      }
    }
  }

  private static void reword(List<String> tokens, double rate, SplittableRandom random) {
    for (int t = 0; t < tokens.size(); t++) {
      if (WordModel.NEWS.isContentWord(tokens.get(t)) && random.nextDouble() < rate) {
        tokens.set(t, WordModel.NEWS.synonymOf(tokens.get(t), random));
      }
    }
  }

  private static String typo(String word, SplittableRandom random) {
    if (word.length() < 4) {
      return word + word.charAt(word.length() - 1);
    }
    int i = 1 + random.nextInt(word.length() - 2);
    char[] c = word.toCharArray();
    if (random.nextBoolean()) {
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      return new String(c);
    }
    return word.substring(0, i) + word.substring(i + 1);
  }

  String render() {
    StringBuilder out = new StringBuilder(3600);
    for (int t = 0; t < title.size(); t++) {
      if (t > 0) out.append(' ');
      String w = title.get(t);
      out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    out.append('\n');
    for (List<List<String>> paragraph : paragraphs) {
      out.append('\n');
      for (int s = 0; s < paragraph.size(); s++) {
        if (s > 0) out.append(' ');
        List<String> sentence = paragraph.get(s);
        for (int t = 0; t < sentence.size(); t++) {
          String w = sentence.get(t);
          if (t > 0 && !isPunctuation(w)) out.append(' ');
          if (t == 0) {
            out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
          } else {
            out.append(w);
          }
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean isPunctuation(String token) {
    return token.equals(",") || token.equals(".");
  }
}
