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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>This class draws the ids and the random streams and puts the corpus together; its parts make it:
 * {@link SyntheticArticle} an article and its edits, {@link PlantedCopies} the copies of each kind,
 * {@link CopyingSiteLines} a copying site's lines around a copy, {@link FamilyTruth} the related pairs.
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
    // Positions in the shuffled corpus give the ids.
    int[] position = IntStream.range(0, size).toArray();
    shuffle(position, new SplittableRandom(seed));
    String[] ids = new String[size];
    for (int i = 0; i < size; i++) {
      ids[i] = String.format(Locale.ROOT, "doc-%07d", position[i]);
    }
    SyntheticArticle[] originalArticles = IntStream.range(0, originals).parallel()
        .mapToObj(i -> SyntheticArticle.generate(random(seed, i)))
        .toArray(SyntheticArticle[]::new);
    Planted[] made = new Planted[size];
    int[][] keptParagraphs = new int[size][];
    IntStream.range(0, size).parallel().forEach(i -> {
      MadeDocument m = i < originals
          ? new MadeDocument(new Planted(SourceText.of(ids[i], originalArticles[i].render()), Kind.ORIGINAL, null, -1, -1),
              MadeDocument.range(0, originalArticles[i].paragraphs.size()))
          : PlantedCopies.plant(ids[i], i - originals, originalArticles, ids, random(seed, i));
      made[i] = m.planted();
      keptParagraphs[i] = m.keptParagraphs();
    });
    List<TruePair> truth = FamilyTruth.pairs(ids, made, keptParagraphs, originals);
    List<Planted> ordered = new ArrayList<>(List.of(made));
    ordered.sort(Comparator.comparing(p -> p.source().id()));
    return new SyntheticCorpus(seed, Collections.unmodifiableList(ordered), Collections.unmodifiableList(truth));
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
}
