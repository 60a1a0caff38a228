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
    return analyze(source, text, chars, classifier.classify(chars, text.length()));
  }

  /** A document's metadata lines and content words, as {@link #analyze(SourceText)} finds them, without its text. */
  public record Words(List<MetadataLine> metadata, TokenSequence words) {
    public Words {
      metadata = List.copyOf(metadata);
    }

    /** The analysed document these are the lines and words of: its text is decoded here. */
    public Document document(SourceText source) {
      return new Document(source, source.text(), metadata, words);
    }
  }

  /**
   * As {@link #analyze(SourceText)}, for a stage that needs only the lines and words: the text is decoded straight
   * into the array the classifier and tokenizer read ({@link SourceText#charsInto}), never into a string.
   */
  public Words words(SourceText source) {
    char[] chars = BUFFER.ofLength(source.utf8Length());
    int length = source.charsInto(chars);
    List<MetadataLine> metadata = classifier.classify(chars, length);
    return new Words(metadata, tokenizer.tokenize(chars, length, spans(metadata)));
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
    return new Document(source, text, metadata, tokenizer.tokenize(chars, text.length(), spans(metadata)));
  }

  private static List<Span> spans(List<MetadataLine> metadata) {
    return metadata.stream().map(MetadataLine::span).toList();
  }
}
