package org.doppel.match.sentence;

import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.SentenceEncoder;
import org.doppel.fingerprint.TokenEncoder;
import org.doppel.fingerprint.TransformerModel;
import org.doppel.fingerprint.TransformerSentenceEncoder;

/**
 * The models {@link SentencePairScorer} reads a pair with: {@code miniLm}, {@code bge} and {@code e5}
 * see the two sentences word piece by word piece, {@code words} gives vectors of single words (for the soft
 * word overlap; a cache in front of it pays off, because the same words recur).
 */
public record SentencePairEncoders(SentenceEncoder words, TokenEncoder miniLm, TokenEncoder bge, TokenEncoder e5) {
  /** Word vectors cached per process: enough for a few hundred thousand sentence pairs. */
  private static final int WORD_CACHE = 200_000;

  /** The models loaded on {@code threads} threads each (the shared instances when null). */
  public static SentencePairEncoders load(Integer threads) {
    TransformerSentenceEncoder miniLm = encoder(TransformerModel.ALL_MINILM_L6_V2, threads);
    return new SentencePairEncoders(new CachingSentenceEncoder(miniLm, WORD_CACHE), miniLm,
        encoder(TransformerModel.BGE_SMALL_EN_V15, threads), encoder(TransformerModel.E5_SMALL_V2, threads));
  }

  private static TransformerSentenceEncoder encoder(TransformerModel model, Integer threads) {
    return threads == null ? TransformerSentenceEncoder.shared(model) : TransformerSentenceEncoder.load(model, threads);
  }

  /** The shared models, on every core. */
  public static SentencePairEncoders shared() {
    return load(null);
  }
}
