package org.doppel.relate;

import java.io.Serializable;

/**
 * A relation with its score in 0..1 and a one-line reason a person can check.
 */
public record Verdict(Relation relation, double score, String reason) implements Serializable {
  public Verdict {
    if (score < 0 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score must be in 0..1, got " + score);
    }
  }
}
