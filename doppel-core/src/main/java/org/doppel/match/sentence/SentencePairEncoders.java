package org.doppel.match.sentence;

import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.SentenceEncoder;
import org.doppel.fingerprint.TokenEncoder;
import org.doppel.fingerprint.TransformerModel;
import org.doppel.fingerprint.TransformerSentenceEncoder;

/**
 * The models {@link SentencePairScorer} reads a pair with: {@code miniLm} and {@code bge}
 * see the two sentences word piece by word piece, {@code words} gives vectors of single words (for the soft
 * word overlap; a cache in front of it pays off, because the same words recur).
 */
public record SentencePairEncoders(SentenceEncoder words, TokenEncoder miniLm, TokenEncoder bge) {
  /** Word vectors cached per process: enough for a few hundred thousand sentence pairs. */
  private static final int WORD_CACHE = 200_000;

  /** The models loaded anew, each running on {@code threads} threads (at least 1, or the first load throws). */
  public static SentencePairEncoders load(int threads) {
    return of(TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, threads),
        TransformerSentenceEncoder.load(TransformerModel.BGE_SMALL_EN_V15, threads));
  }

  /** The models the whole process shares, on every core. */
  public static SentencePairEncoders shared() {
    return of(TransformerSentenceEncoder.shared(TransformerModel.ALL_MINILM_L6_V2),
        TransformerSentenceEncoder.shared(TransformerModel.BGE_SMALL_EN_V15));
  }

  private static SentencePairEncoders of(TransformerSentenceEncoder miniLm, TransformerSentenceEncoder bge) {
    return new SentencePairEncoders(new CachingSentenceEncoder(miniLm, WORD_CACHE), miniLm, bge);
  }
}
