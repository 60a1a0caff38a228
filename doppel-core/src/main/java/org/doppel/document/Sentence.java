package org.doppel.document;

/**
 * A sentence of a document's content: words {@code first} (inclusive) to {@code end} (exclusive) of
 * its {@link TokenSequence}.
 */
public record Sentence(int first, int end) {
  public Sentence {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("a sentence needs words first < end, got " + first + ".." + end);
    }
  }

  public int size() {
    return end - first;
  }

  /** The sentence's span in the original text, from its first word's start to its last word's end. */
  public Span span(TokenSequence words) {
    return words.span(first, end - 1);
  }
}
