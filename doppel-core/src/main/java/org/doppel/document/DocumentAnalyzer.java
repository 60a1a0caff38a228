package org.doppel.document;

import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.meta.ThreadCharBuffer;

/**
 * Turns source text into a {@link Document}: sets metadata lines aside, then splits the rest into
 * normalised words. A pure function of its input; one instance may be shared by threads.
 */
public final class DocumentAnalyzer {
  private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();
  private final WordTokenizer tokenizer = new WordTokenizer();
  /** The text read from an array by the line classifier and the tokenizer ({@link ThreadCharBuffer}). */
  private static final ThreadCharBuffer BUFFER = new ThreadCharBuffer();

  public Document analyze(SourceText source) {
    String text = source.text();
    char[] chars = BUFFER.copyOf(text); // one copy for the line classifier and the tokenizer to read
    return analyze(source, text, chars, classifier.classify(text, chars));
  }

  /**
   * The same document again, given the metadata lines an earlier {@link #analyze(SourceText)} of the
   * same text found: only the words are read, which is all a re-analysis costs.
   */
  public Document analyze(SourceText source, List<MetadataLine> metadata) {
    String text = source.text();
    return analyze(source, text, BUFFER.copyOf(text), metadata);
  }

  /** @param chars {@code text}'s chars from index 0 */
  private Document analyze(SourceText source, String text, char[] chars, List<MetadataLine> metadata) {
    List<Span> removed = metadata.stream().map(MetadataLine::span).toList();
    return new Document(source, text, metadata, tokenizer.tokenize(chars, text.length(), removed));
  }
}
