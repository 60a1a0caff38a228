package org.doppel.match.sentence;

import java.util.Objects;

/** Two sentences to compare. */
public record SentencePair(String first, String second) {
  public SentencePair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
