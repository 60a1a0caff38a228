package org.doppel;

import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.CandidateIndex;

/**
 * What a {@link Corpus}'s write side ({@link CorpusIntake}) and read side ({@link CorpusPairSearch}) share: the stages
 * that analyse and fingerprint a text, the documents and the candidate index the one fills and the other reads, the
 * stock lines (learnt as documents are added, counted before pairs are verified), the lock between them and the
 * number of threads their pools run.
 */
record CorpusParts(DocumentAnalyzer analyzer, Fingerprinter fingerprinter, CandidateIndex index, AddedDocuments documents,
    StockLines stockLines, CorpusLock lock, int threads) {

  /** A new corpus's parts: no document yet, a fresh index and lock. */
  static CorpusParts of(Pipeline pipeline) {
    Settings settings = pipeline.settings();
    return new CorpusParts(pipeline.analyzer(), pipeline.fingerprinter(), pipeline.newIndex(), new AddedDocuments(),
        new StockLines(settings.fingerprint().minLineWords(), settings.reportFloor().stockSurroundings()), new CorpusLock(),
        settings.threads());
  }
}
