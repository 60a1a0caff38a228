package org.doppel;

import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.index.LshBanding;
import org.doppel.match.AlignmentSettings;

/**
 * Entry point of the Doppel library.
 *
 * <pre>{@code
 * Corpus corpus = Doppel.builder().build();
 * corpus.add(SourceText.of("a", textA));
 * corpus.add(SourceText.of("b", textB));
 * List<RelatedPair> copies = corpus.findCopies("a");
 * List<RelatedPair> all = corpus.findAllPairs(ScanProgress.NONE);
 * }</pre>
 */
public final class Doppel {
  private Doppel() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Collects settings; every setter checks its argument at once. */
  public static final class Builder {
    private Settings settings = Settings.defaults();

    private Builder() {}

    public Builder fingerprint(FingerprintSettings fingerprint) {
      settings = new Settings(fingerprint, settings.banding(), settings.maxPostings(), settings.minSharedAnchors(), settings.alignment(), settings.threads());
      return this;
    }

    public Builder banding(LshBanding banding) {
      settings = new Settings(settings.fingerprint(), banding, settings.maxPostings(), settings.minSharedAnchors(), settings.alignment(), settings.threads());
      return this;
    }

    public Builder alignment(AlignmentSettings alignment) {
      settings = new Settings(settings.fingerprint(), settings.banding(), settings.maxPostings(), settings.minSharedAnchors(), alignment, settings.threads());
      return this;
    }

    public Builder maxPostings(int maxPostings) {
      settings = new Settings(settings.fingerprint(), settings.banding(), maxPostings, settings.minSharedAnchors(), settings.alignment(), settings.threads());
      return this;
    }

    public Builder threads(int threads) {
      settings = new Settings(settings.fingerprint(), settings.banding(), settings.maxPostings(), settings.minSharedAnchors(), settings.alignment(), threads);
      return this;
    }

    public Settings settings() {
      return settings;
    }

    public Corpus build() {
      return new Corpus(settings);
    }
  }
}
