package org.doppel.fingerprint;

import java.util.Objects;
import org.doppel.document.Document;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.Hashing;
import org.doppel.document.TokenSequence;
import org.jspecify.annotations.Nullable;

/** Computes a document's {@link Fingerprint}. Stateless apart from its settings; thread-safe. */
public final class Fingerprinter {
  private final FingerprintSettings settings;
  private final MinHasher minHasher;
  private final AnchorSampler anchorSampler;
  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
  private final FactExtractor factExtractor = new FactExtractor();
  private final DocumentVectorizer vectorizer = new DocumentVectorizer();

  private final boolean facts;
  private final int maxVectorWords;

  /** A fingerprinter that computes facts and the vocabulary vector too. */
  public Fingerprinter(FingerprintSettings settings) {
    this(settings, true, Integer.MAX_VALUE);
  }

  /**
   * @param facts compute fact keys (for rewrite candidates)
   * @param vectors compute the vocabulary vector (for nearest-neighbour candidates); 256 bytes a
   *     document, so left out when no search will read it
   */
  public Fingerprinter(FingerprintSettings settings, boolean facts, boolean vectors) {
    this(settings, facts, vectors ? Integer.MAX_VALUE : 0);
  }

  /**
   * @param facts compute fact keys (for rewrite candidates)
   * @param maxVectorWords compute the vocabulary vector of documents of at most this many words (0: none)
   */
  public Fingerprinter(FingerprintSettings settings, boolean facts, int maxVectorWords) {
    this.facts = facts;
    this.maxVectorWords = maxVectorWords;
    this.settings = settings;
    this.minHasher = new MinHasher(settings.minHashBins(), settings.seed());
    this.anchorSampler = new AnchorSampler(settings.anchorOneIn());
  }

  public FingerprintSettings settings() {
    return settings;
  }

  public Fingerprint fingerprint(Document document) {
    return fingerprint(document.words(), document);
  }

  /**
   * Whether the fingerprint of a document of {@code words} words reads its text, not only its words: for fact keys,
   * or for the vocabulary vector of a short one. When not, {@link #fingerprint(TokenSequence)} gives it.
   */
  public boolean readsText(int words) {
    return facts || words <= maxVectorWords;
  }

  /** The fingerprint of a document from its words alone, which is all it reads when {@link #readsText} says no. */
  public Fingerprint fingerprint(TokenSequence words) {
    if (readsText(words.size())) {
      throw new IllegalArgumentException("the fingerprint of a document of " + words.size() + " words reads its text: give the document");
    }
    return fingerprint(words, null);
  }

  /** @param document the analysed document of {@code words}, null only when {@link #readsText} says no */
  private Fingerprint fingerprint(TokenSequence words, @Nullable Document document) {
    long[] shingles = Shingles.of(words, settings.shingleSize());
    return new Fingerprint(contentHash(words), words.size(), minHasher.sign(shingles), anchorSampler.sample(shingles),
        LineKeys.of(words, settings.minLineWords()), facts ? factExtractor.keys(Objects.requireNonNull(document), sentenceSplitter.split(document)) : new int[0],
        words.size() <= maxVectorWords ? vectorizer.vectorize(Objects.requireNonNull(document)) : new byte[0]);
  }

  /** Equal for two documents whose content words are equal after normalisation. */
  public static long contentHash(TokenSequence words) {
    return words.size() == 0 ? 0 : Hashing.ofRun(words, 0, words.size());
  }
}
