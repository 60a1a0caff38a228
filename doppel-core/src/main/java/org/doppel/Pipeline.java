package org.doppel;

import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.InMemoryCandidateIndex;
import org.doppel.match.PassageAligner;
import org.doppel.relate.RelationClassifier;

/**
 * The detection pipeline's stages wired from one {@link Settings}, in one place: what a
 * {@link Corpus} runs, and what a benchmark that times the stages one by one must run too, so that
 * it measures the same numbers. Every stage here is thread-safe; {@link #newIndex()} gives a fresh
 * index each call.
 */
public final class Pipeline {
  private final Settings settings;
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
  private final Fingerprinter fingerprinter;
  private final PassageAligner aligner;
  private final RelationClassifier classifier = RelationClassifier.defaults();

  private Pipeline(Settings settings) {
    this.settings = settings;
    this.fingerprinter = settings.fingerprinter();
    this.aligner = new PassageAligner(settings.alignment());
  }

  /** The stages {@code settings} ask for, wired anew each call; every stage is thread-safe, so threads may share one. */
  public static Pipeline of(Settings settings) {
    return new Pipeline(settings);
  }

  /** The settings the stages were wired from. */
  public Settings settings() {
    return settings;
  }

  /** Metadata lines set aside, content words read. */
  public DocumentAnalyzer analyzer() {
    return analyzer;
  }

  /** Shingles, MinHash, anchors, line keys, and facts when rewrites are looked for. */
  public Fingerprinter fingerprinter() {
    return fingerprinter;
  }

  /** An empty candidate index with the settings' banding, stock-phrase cut and candidate thresholds. */
  public InMemoryCandidateIndex newIndex() {
    return new InMemoryCandidateIndex(settings.banding(), settings.maxPostings(), settings.minSharedAnchors(),
        settings.rewrites().minSharedFacts(), settings.rewrites().vectorSearch());
  }

  /** Passages of shared words between two documents. */
  public PassageAligner aligner() {
    return aligner;
  }

  /** Copy relations from passage and shingle evidence; rewrites from sentence evidence. */
  public RelationClassifier classifier() {
    return classifier;
  }

  /** Words per shingle, for the shingle overlap that verification measures. */
  public int shingleSize() {
    return settings.fingerprint().shingleSize();
  }
}
