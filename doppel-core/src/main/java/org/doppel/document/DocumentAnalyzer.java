package org.doppel.document;

import java.util.List;
import org.doppel.ingest.SourceText;

/**
 * Turns source text into a {@link Document}: sets metadata lines aside, then splits the rest into
 * normalised words. A pure function of its input; one instance may be shared by threads.
 */
public final class DocumentAnalyzer {
  private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();
  private final WordTokenizer tokenizer = new WordTokenizer();

  public Document analyze(SourceText source) {
    String text = source.text();
    return analyze(source, text, classifier.classify(text));
  }

  /**
   * The same document again, given the metadata lines an earlier {@link #analyze(SourceText)} of the
   * same text found: only the words are read, which is all a re-analysis costs.
   */
  public Document analyze(SourceText source, List<MetadataLine> metadata) {
    return analyze(source, source.text(), metadata);
  }

  private Document analyze(SourceText source, String text, List<MetadataLine> metadata) {
    List<Span> removed = metadata.stream().map(MetadataLine::span).toList();
    return new Document(source, text, metadata, tokenizer.tokenize(text, removed));
  }
}
