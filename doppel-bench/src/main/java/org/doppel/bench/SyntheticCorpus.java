package org.doppel.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;

/**
 * A deterministic synthetic corpus of news-like documents (~500 words, ~3 KB each) with planted
 * copies whose relations are known.
 *
 * <p>About 60% of the documents are originals: a title line and paragraphs of sentences drawn from
 * {@link WordModel}. The rest are copies of a randomly chosen original, in equal shares:
 * <ul>
 *   <li>{@link Kind#EXACT}: the original's title and body, with the copying site's own byline,
 *       dateline and copyright footer around them;
 *   <li>{@link Kind#NEAR_DUPLICATE}: 2–6% of the words edited (substitution, deletion, insertion,
 *       typo), sometimes a paragraph dropped or a new one added;
 *   <li>{@link Kind#PARTIAL}: 1–3 consecutive paragraphs of the original pasted verbatim into a
 *       fresh article that is not otherwise in the corpus;
 *   <li>{@link Kind#PARAPHRASE}: 30–60% of the content words replaced by other words and some
 *       sentences reordered; numbers and capitalised names kept.
 * </ul>
 * Document ids are {@code doc-0000000} .. in a shuffled order, so copies lie anywhere relative to
 * their originals. {@link #truth()} lists every related pair, including pairs of two copies of one
 * original, with ids ordered {@code a < b}.
 *
 * <p>The same size and seed give the same corpus, byte for byte.
 */
public final class SyntheticCorpus {
  /** How a document was made. */
  public enum Kind { ORIGINAL, EXACT, NEAR_DUPLICATE, PARTIAL, PARAPHRASE }

  /**
   * A generated document and how it was made.
   *
   * @param source the document
   * @param kind how it was made
   * @param originalId the original it copies, or null for an original
   * @param fromParagraph for a partial copy, the first pasted paragraph of the original; else -1
   * @param toParagraph for a partial copy, one past the last pasted paragraph; else -1
   */
  public record Planted(SourceText source, Kind kind, String originalId, int fromParagraph, int toParagraph) {}

  /** A pair that the generator made related; {@code a < b}. */
  public record TruePair(String a, String b, Relation relation) {
    public TruePair {
      if (a.compareTo(b) >= 0) {
        throw new IllegalArgumentException("pairs are ordered: " + a + " < " + b);
      }
    }
  }

  private static final WordModel MODEL = new WordModel(4000);
  private final long seed;
  private final List<Planted> planted;
  private final List<TruePair> truth;

  private SyntheticCorpus(long seed, List<Planted> planted, List<TruePair> truth) {
    this.seed = seed;
    this.planted = planted;
    this.truth = truth;
  }

  /** Generates {@code size} documents from {@code seed}. */
  public static SyntheticCorpus generate(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, got " + size);
    }
    int originals = Math.max(1, (int) Math.round(size * 0.6));
    int copies = size - originals;
    // Positions in the shuffled corpus give the ids.
    int[] position = IntStream.range(0, size).toArray();
    shuffle(position, new SplittableRandom(seed));
    String[] ids = new String[size];
    for (int i = 0; i < size; i++) {
      ids[i] = String.format(Locale.ROOT, "doc-%07d", position[i]);
    }
    Article[] originalArticles = IntStream.range(0, originals).parallel()
        .mapToObj(i -> Article.generate(random(seed, i)))
        .toArray(Article[]::new);
    Planted[] made = new Planted[size];
    int[][] keptParagraphs = new int[size][];
    IntStream.range(0, size).parallel().forEach(i -> {
      Made m = i < originals
          ? new Made(new Planted(SourceText.of(ids[i], originalArticles[i].render()), Kind.ORIGINAL, null, -1, -1),
              range(0, originalArticles[i].paragraphs.size()))
          : plantCopy(ids[i], i - originals, originalArticles, ids, random(seed, i));
      made[i] = m.planted();
      keptParagraphs[i] = m.keptParagraphs();
    });
    List<TruePair> truth = truePairs(ids, made, keptParagraphs, originals);
    List<Planted> ordered = new ArrayList<>(List.of(made));
    ordered.sort(Comparator.comparing(p -> p.source().id()));
    return new SyntheticCorpus(seed, Collections.unmodifiableList(ordered), Collections.unmodifiableList(truth));
  }

  /** A planted document and the paragraphs of its original that it keeps. */
  private record Made(Planted planted, int[] keptParagraphs) {}

  /** The {@code copyNumber}-th copy: its kind cycles through the four, its original is drawn at random. */
  private static Made plantCopy(String id, int copyNumber, Article[] originalArticles, String[] ids, SplittableRandom random) {
    random.nextLong(); // decorrelate from the original drawn with the same index
    Kind kind = Kind.values()[1 + copyNumber % 4];
    int source = random.nextInt(originalArticles.length);
    Article original = originalArticles[source];
    String sourceId = ids[source];
    return switch (kind) {
      case EXACT -> new Made(new Planted(SourceText.of(id, withSiteLines(original.render(), random, true)), kind, sourceId, -1, -1),
          range(0, original.paragraphs.size()));
      case NEAR_DUPLICATE -> {
        Article edited = original.copy();
        int[] kept = edited.editLightly(random);
        yield new Made(new Planted(SourceText.of(id, withSiteLines(edited.render(), random, random.nextBoolean())), kind, sourceId, -1, -1), kept);
      }
      case PARTIAL -> {
        Article host = Article.generate(random);
        int count = 1 + random.nextInt(Math.min(3, original.paragraphs.size()));
        int from = random.nextInt(original.paragraphs.size() - count + 1);
        int at = 1 + random.nextInt(host.paragraphs.size());
        host.paragraphs.addAll(at, original.copy().paragraphs.subList(from, from + count));
        yield new Made(new Planted(SourceText.of(id, withSiteLines(host.render(), random, random.nextBoolean())), kind, sourceId, from, from + count),
            range(from, from + count));
      }
      case PARAPHRASE -> {
        Article reworded = original.copy();
        reworded.paraphrase(random);
        yield new Made(new Planted(SourceText.of(id, withSiteLines(reworded.render(), random, random.nextBoolean())), kind, sourceId, -1, -1),
            range(0, original.paragraphs.size()));
      }
      default -> throw new IllegalStateException(kind.toString());
    };
  }

  /** Families: an original and its copies; every two members of a family are related, by what both keep of it. */
  private static List<TruePair> truePairs(String[] ids, Planted[] made, int[][] keptParagraphs, int originals) {
    List<List<Integer>> families = new ArrayList<>(originals);
    for (int i = 0; i < originals; i++) {
      families.add(new ArrayList<>(List.of(i)));
    }
    Map<String, Integer> originalIndex = new HashMap<>();
    for (int i = 0; i < originals; i++) {
      originalIndex.put(ids[i], i);
    }
    for (int i = originals; i < made.length; i++) {
      families.get(originalIndex.get(made[i].originalId())).add(i);
    }
    List<TruePair> truth = new ArrayList<>();
    for (List<Integer> family : families) {
      for (int x = 0; x < family.size(); x++) {
        for (int y = x + 1; y < family.size(); y++) {
          int p = family.get(x);
          int q = family.get(y);
          Relation relation = relation(made[p].kind(), keptParagraphs[p], made[q].kind(), keptParagraphs[q]);
          if (relation != null) {
            String a = ids[p].compareTo(ids[q]) < 0 ? ids[p] : ids[q];
            String b = a.equals(ids[p]) ? ids[q] : ids[p];
            truth.add(new TruePair(a, b, relation));
          }
        }
      }
    }
    truth.sort(Comparator.comparing(TruePair::a).thenComparing(TruePair::b));
    return truth;
  }

  /** How two members of one family relate, or null when they share nothing. */
  private static Relation relation(Kind x, int[] keptX, Kind y, int[] keptY) {
    if (x == Kind.PARAPHRASE || y == Kind.PARAPHRASE) {
      return Relation.PARAPHRASE;
    }
    if (x == Kind.PARTIAL || y == Kind.PARTIAL) {
      BitSet a = bits(keptX);
      a.and(bits(keptY));
      return a.isEmpty() ? null : Relation.PARTIAL;
    }
    if (x == Kind.NEAR_DUPLICATE || y == Kind.NEAR_DUPLICATE) {
      return Relation.NEAR_DUPLICATE;
    }
    return Relation.EXACT;
  }

  private static BitSet bits(int[] values) {
    BitSet bits = new BitSet();
    for (int v : values) {
      bits.set(v);
    }
    return bits;
  }

  private static int[] range(int from, int to) {
    return IntStream.range(from, to).toArray();
  }

  private static SplittableRandom random(long seed, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  /** Adds a copying site's byline, dateline and footer; {@code always} or else at random. */
  private static String withSiteLines(String text, SplittableRandom random, boolean always) {
    if (!always && random.nextInt(3) == 0) {
      return text;
    }
    int newline = text.indexOf('\n');
    String title = text.substring(0, newline);
    String body = text.substring(newline);
    String byline = "By " + MODEL.name(random);
    String dateline = "Published " + MODEL.fullDate(random);
    String footer = "© " + (2012 + random.nextInt(12)) + " " + MODEL.site(random) + ". All rights reserved.";
    StringBuilder out = new StringBuilder(text.length() + 120);
    if (random.nextBoolean()) {
      out.append(byline).append('\n').append(dateline).append("\n\n").append(title);
    } else {
      out.append(title).append("\n\n").append(byline).append('\n').append(dateline);
    }
    return out.append(body).append("\n\n").append(footer).append('\n').toString();
  }

  public long seed() {
    return seed;
  }

  public int size() {
    return planted.size();
  }

  /** Every document with how it was made, in id order. */
  public List<Planted> planted() {
    return planted;
  }

  /** The documents, in id order. */
  public List<SourceText> documents() {
    return planted.stream().map(Planted::source).toList();
  }

  /** Every related pair, ordered by ids. */
  public List<TruePair> truth() {
    return truth;
  }

  /** Total UTF-16 characters of text. */
  public long textChars() {
    long chars = 0;
    for (Planted p : planted) {
      chars += p.source().text().length();
    }
    return chars;
  }

  /** Writes the documents as JSON Lines, one {@code {"id","text"}} object a line. */
  public void writeJsonLines(Path file) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      for (Planted p : planted) {
        json.writeStartObject();
        json.writeStringField("id", p.source().id());
        json.writeStringField("text", p.source().text());
        json.writeEndObject();
      }
      json.writeRaw('\n');
    }
  }

  /** A news article as the word model writes it: title tokens and paragraphs of sentence tokens. */
  static final class Article {
    List<String> title;
    List<List<List<String>>> paragraphs;

    private Article(List<String> title, List<List<List<String>>> paragraphs) {
      this.title = title;
      this.paragraphs = paragraphs;
    }

    static Article generate(SplittableRandom random) {
      List<List<List<String>>> paragraphs = new ArrayList<>();
      int target = 440 + random.nextInt(120);
      int words = 0;
      while (words < target) {
        List<List<String>> paragraph = new ArrayList<>();
        int sentences = 2 + random.nextInt(4);
        for (int s = 0; s < sentences && words < target; s++) {
          List<String> sentence = MODEL.sentence(random);
          paragraph.add(sentence);
          words += sentence.size();
        }
        paragraphs.add(paragraph);
      }
      return new Article(MODEL.title(random), paragraphs);
    }

    Article copy() {
      List<List<List<String>>> paragraphs = new ArrayList<>();
      for (List<List<String>> paragraph : this.paragraphs) {
        List<List<String>> p = new ArrayList<>();
        for (List<String> sentence : paragraph) {
          p.add(new ArrayList<>(sentence));
        }
        paragraphs.add(p);
      }
      return new Article(new ArrayList<>(title), paragraphs);
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
        Article extra = generate(random);
        paragraphs.add(1 + random.nextInt(paragraphs.size()), extra.paragraphs.get(0));
      }
      double rate = 0.02 + 0.04 * random.nextDouble();
      for (List<List<String>> paragraph : paragraphs) {
        for (List<String> sentence : paragraph) {
          for (int t = 0; t < sentence.size(); t++) {
            String token = sentence.get(t);
            if (isPunctuation(token) || random.nextDouble() >= rate) {
              continue;
            }
            switch (random.nextInt(4)) {
              case 0 -> sentence.set(t, MODEL.contentWord(random));
              case 1 -> {
                if (sentence.size() > 4) {
                  sentence.remove(t);
                  t--;
                }
              }
              case 2 -> sentence.add(t + 1, random.nextBoolean() ? MODEL.functionWord(random) : MODEL.contentWord(random));
              default -> sentence.set(t, typo(token, random));
            }
          }
        }
      }
      return kept.stream().mapToInt(Integer::intValue).toArray();
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
        if (MODEL.isContentWord(tokens.get(t)) && random.nextDouble() < rate) {
          tokens.set(t, MODEL.synonymOf(tokens.get(t), random));
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
}
