package org.doppel.fingerprint;

/**
 * What a transformer sees in one sentence: its word pieces (without [CLS] and [SEP]), the
 * contextual vector of each piece scaled to unit length, and the pooled sentence vector (unit
 * length). Token vectors let two sentences be compared piece by piece (each piece's best match in
 * the other sentence), which tells "reworded" from "says something more".
 */
public record TokenVectors(int[] pieces, float[][] tokens, float[] sentence) {
  public TokenVectors {
    if (pieces.length != tokens.length) {
      throw new IllegalArgumentException(pieces.length + " pieces but " + tokens.length + " token vectors");
    }
  }

  public int size() {
    return tokens.length;
  }
}
