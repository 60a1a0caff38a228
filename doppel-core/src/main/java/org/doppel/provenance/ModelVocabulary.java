package org.doppel.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.doppel.document.Hashing;
import org.doppel.document.LongHashSet;

/**
 * The words language models over-use, as {@link org.doppel.document.WordTokenizer} hashes them: "delve",
 * "showcasing", "meticulous", "tapestry" and the like, read from {@code model-vocabulary.txt} beside this class,
 * which names the studies the list comes from and the words left out. Immutable; threads may share it.
 */
public final class ModelVocabulary {
  private static final String RESOURCE = "model-vocabulary.txt";
  private final LongHashSet hashes;

  /**
   * One bit for each value of a hash's top {@value #FILTER_BITS} bits that a listed word's hash has: a word whose bit
   * is clear is not on the list, which a shift and a mask tell without probing {@link #hashes}.
   */
  private final long[] filter = new long[(1 << FILTER_BITS) / 64];
  private static final int FILTER_BITS = 12;

  private ModelVocabulary(String[] words) {
    long[] all = Arrays.stream(words).mapToLong(Hashing::ofChars).toArray();
    this.hashes = LongHashSet.of(all);
    for (long hash : all) {
      int bit = (int) (hash >>> (64 - FILTER_BITS));
      filter[bit >>> 6] |= 1L << bit;
    }
  }

  /** The bundled list. */
  public static ModelVocabulary standard() {
    return Bundled.VOCABULARY;
  }

  /**
   * A list in the bundled file's format: words separated by white space, lower case, {@code #} to the end of a
   * line a comment.
   */
  public static ModelVocabulary parse(String list) {
    String words = list.lines().map(line -> line.replaceFirst("#.*", "")).collect(Collectors.joining(" ")).strip();
    return new ModelVocabulary(words.isEmpty() ? new String[0] : words.split("\\s+"));
  }

  /** Whether the word with this hash is on the list. */
  public boolean contains(long wordHash) {
    return hashes.contains(wordHash);
  }

  /**
   * False when the word with this hash is surely not on the list; true when it may be ({@link #contains} tells): a test
   * of one bit, for loops over every word of a passage.
   */
  public boolean mayContain(long wordHash) {
    int bit = (int) (wordHash >>> (64 - FILTER_BITS));
    return (filter[bit >>> 6] & 1L << bit) != 0;
  }

  /** How many distinct word forms the list has. */
  public int size() {
    return hashes.size();
  }

  /** Loaded on first use: most runs that never judge a paraphrase never read it. */
  private static final class Bundled {
    static final ModelVocabulary VOCABULARY = load();

    private static ModelVocabulary load() {
      try (InputStream in = ModelVocabulary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("model vocabulary " + RESOURCE + " is missing from the classpath");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read model vocabulary " + RESOURCE, e);
      }
    }
  }
}
