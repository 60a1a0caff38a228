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

  private ModelVocabulary(String[] words) {
    this.hashes = LongHashSet.of(Arrays.stream(words).mapToLong(Hashing::ofChars).toArray());
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
