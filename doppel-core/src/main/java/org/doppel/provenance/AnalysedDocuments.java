package org.doppel.provenance;

import java.util.List;
import java.util.function.Function;
import org.doppel.document.Sentence;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * How the direction signals read a pair's documents: their content words, texts and sentences as the
 * matching stages saw them. A scan that verified the pair a moment before hands over what it analysed, so
 * that a paraphrase pair's documents are neither decoded nor split into sentences again ({@link FactSubsetSignal}).
 */
public interface AnalysedDocuments {
  /** The content words of {@code document} (passage spans point into them). */
  TokenSequence words(SourceText document);

  /** The text of {@code document}; by default decoded afresh. */
  default String text(SourceText document) {
    return document.text();
  }

  /**
   * The sentences of {@code document} as {@link org.doppel.document.SentenceSplitter} finds them in its text and
   * words, or null when not kept (the reader then splits them itself).
   */
  default @Nullable List<Sentence> sentences(SourceText document) {
    return null;
  }

  /** Documents whose words {@code words} reads and whose texts and sentences are made afresh. */
  static AnalysedDocuments ofWords(Function<SourceText, TokenSequence> words) {
    return words::apply;
  }
}
