package org.doppel;

import java.io.IOException;
import java.nio.file.Path;
import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.FingerprintSettings;
import org.doppel.fingerprint.TransformerSentenceEncoder;
import org.doppel.index.LshBanding;
import org.doppel.match.AlignmentSettings;
import org.doppel.match.EncoderSimilarity;
import org.doppel.match.SemanticSimilarity;
import org.doppel.match.SentenceJudge;
import org.doppel.match.TextJudge;
import org.doppel.match.sentence.BundledJudge;
import org.doppel.provenance.StoryLinks;
import org.doppel.relate.ReportFloor;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>The defaults decide on words and facts alone. {@code doppel scan} also sets {@link Builder#embeddingModel()},
 * {@link Builder#textJudge} ({@link BundledJudge}) and {@code rewrites(RewriteSettings.DEFAULTS.withVectorSearch(
 * VectorSearch.SHORT_TEXTS))}, which find more paraphrases.
 */
public final class Doppel {
  private Doppel() {}

  /** A builder with the default settings ({@link Settings#defaults()}), no model and no story links. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects settings; every setter checks its argument at once. */
  public static final class Builder {
    /** Sentences whose embeddings a corpus keeps: about 160 MB at 384 floats each. */
    private static final int EMBEDDING_CACHE = 100_000;
    private Settings settings = Settings.defaults();
    private @Nullable SemanticSimilarity semanticSimilarity;
    private @Nullable SentenceJudge sentenceJudge;
    private @Nullable TextJudge textJudge;
    private StoryLinks storyLinks = StoryLinks.none();

    private Builder() {}

    /** Shingles, MinHash and anchors (default {@link FingerprintSettings#DEFAULTS}); docs/parameters.md says why. */
    public Builder fingerprint(FingerprintSettings fingerprint) {
      return set(settings.withFingerprint(fingerprint));
    }

    /** The LSH bands that make a candidate pair of two MinHash signatures (default {@link LshBanding#DEFAULTS}). */
    public Builder banding(LshBanding banding) {
      return set(settings.withBanding(banding));
    }

    /** How shared passages are seeded and joined (default {@link AlignmentSettings#DEFAULTS}). */
    public Builder alignment(AlignmentSettings alignment) {
      return set(settings.withAlignment(alignment));
    }

    /**
     * Index keys shared by more documents than this (default 100) are ignored as stock phrases, which bounds the
     * pairs one key proposes. A text copied word for word into more documents than this shares only ignored keys,
     * so none of its copies is found: raise it for a corpus with such syndicated texts, at up to
     * {@code maxPostings²/2} candidate pairs a key.
     */
    public Builder maxPostings(int maxPostings) {
      return set(settings.withMaxPostings(maxPostings));
    }

    /** Paraphrase detection; {@link RewriteSettings#OFF} finds copies only. */
    public Builder rewrites(RewriteSettings rewrites) {
      return set(settings.withRewrites(rewrites));
    }

    /** What a pair must show to be reported; {@link ReportFloor#NONE} reports every pair verification finds. */
    public Builder reportFloor(ReportFloor floor) {
      return set(settings.withReportFloor(floor));
    }

    /**
     * Worker threads for reading, analysis and verification (default: the processors the JVM may use), from 1 to
     * {@link Settings#MAX_THREADS}; more than the processors add memory, not speed.
     */
    public Builder threads(int threads) {
      return set(settings.withThreads(threads));
    }

    /**
     * The sentence-embedding model that judges reworded sentence pairs lexical evidence leaves
     * undecided; null (the default) decides on words and facts alone.
     */
    public Builder semanticSimilarity(@Nullable SemanticSimilarity model) {
      this.semanticSimilarity = model;
      return this;
    }

    /**
     * The trained sentence-pair judge (the one {@code doppel pairs} runs) for candidate pairs that words and
     * embeddings leave unrelated; it is asked only when an embedding model is set too, which shortlists the
     * sentences it sees. Null (the default) leaves those pairs unrelated.
     */
    public Builder sentenceJudge(@Nullable SentenceJudge judge) {
      this.sentenceJudge = judge;
      return this;
    }

    /**
     * Judges the reworded sentence pairs that words leave undecided with the bundled
     * all-MiniLM-L6-v2 sentence model (loaded on first use, embeddings cached per sentence).
     */
    public Builder embeddingModel() {
      return semanticSimilarity(new EncoderSimilarity(() -> new CachingSentenceEncoder(TransformerSentenceEncoder.miniLm(), EMBEDDING_CACHE)));
    }

    /**
     * The embedding model, and the bundled sentence-pair judge ({@link BundledJudge}, loaded on first use) for
     * the candidate pairs it leaves unrelated, sentence by sentence ({@code scan --judge}). Off by default: on
     * rewrites-dev it added 101 pairs (83 right by group) to the 4,504 the scan reported without it, at 8 times
     * the CPU (docs/quality.md, "Seventh pass"; measured before {@link #textJudge} existed).
     */
    public Builder embeddingModelAndJudge() {
      sentenceJudge(new BundledJudge());
      return embeddingModel();
    }

    /**
     * The trained sentence-pair judge asked about two short texts whole (both of at most 230 words, which
     * its transformers read to the end or nearly; {@link org.doppel.relate.ModelRewriteVerdicts#wholeTextRewrite}) when
     * words and embeddings leave them unrelated; asked only when an embedding model is set too. Null (the
     * default) leaves those pairs unrelated; {@code doppel scan} sets the bundled one ({@link BundledJudge})
     * whenever it runs the model.
     */
    public Builder textJudge(@Nullable TextJudge judge) {
      this.textJudge = judge;
      return this;
    }

    /**
     * Whether the families also take in documents that no reported pair links, each joining the story family whose
     * specific words it clearly shares most ({@link StoryLinks#defaults()}: only in a corpus of 1,000 documents or
     * more); {@code scan --story-links}. Off by default: the Spark job builds no story links, so its families equal a
     * default scan's, and on a 20,000-document corpus they add about 30% to the CPU of a scan that writes families
     * (docs/quality.md, "Story links: documents alone joined to their story").
     */
    public Builder storyLinks(boolean on) {
      return storyLinks(on ? StoryLinks.defaults() : StoryLinks.none());
    }

    /** Story links by this rule ({@link StoryLinks#none()}: off, the default); {@link #storyLinks(boolean)} for the measured one. */
    public Builder storyLinks(StoryLinks rule) {
      if (rule == null) {
        throw new IllegalArgumentException("rule must not be null (StoryLinks.none() turns story links off)");
      }
      this.storyLinks = rule;
      return this;
    }

    /** Every settings setter ends here: the builder holds one immutable {@link Settings}, replaced whole. */
    private Builder set(Settings next) {
      settings = next;
      return this;
    }

    private Judges judges() {
      return new Judges(sentenceJudge, textJudge);
    }

    /** The settings as set so far: immutable, so changing the builder later does not change them. */
    public Settings settings() {
      return settings;
    }

    /**
     * A verifier with these settings and model that learns no stock lines, for callers that bring their
     * own candidate pairs; a {@link Corpus} makes its own.
     */
    public PairVerifier verifier() {
      return verifier(new StockLines(settings.fingerprint().minLineWords(), 0));
    }

    /** A verifier that discounts the given stock lines, for a distributed scan that counted them itself. */
    public PairVerifier verifier(StockLines stockLines) {
      return new PairVerifier(Pipeline.of(settings), semanticSimilarity, judges(), stockLines);
    }

    /** Stock lines learned as a {@link Corpus} with these settings learns them: {@link StockLines#lines} for each document. */
    public StockLines stockLines() {
      return new StockLines(settings.fingerprint().minLineWords(), settings.reportFloor().stockSurroundings());
    }

    /**
     * An empty corpus with these settings and models; each call makes a new one, and the builder may go on being
     * changed without changing it. Models are loaded on first use, not here.
     */
    public Corpus build() {
      return new Corpus(settings, semanticSimilarity, judges(), storyLinks);
    }

    /** Opens (or creates) a standing index in {@code path} with these settings, for reading and writing. */
    public DoppelIndex openIndex(Path path) throws IOException {
      return DoppelIndex.open(path, settings, semanticSimilarity, judges(), true);
    }

    /** Opens an existing standing index for queries only; it takes no lock, so a writer may hold it. */
    public DoppelIndex openIndexReadOnly(Path path) throws IOException {
      return DoppelIndex.open(path, settings, semanticSimilarity, judges(), false);
    }
  }
}
