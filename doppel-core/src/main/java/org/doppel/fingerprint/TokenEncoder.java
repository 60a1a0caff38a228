package org.doppel.fingerprint;

import java.util.List;

/** Turns sentences into {@link TokenVectors}. Implementations are safe to share between threads. */
public interface TokenEncoder {

  /** One result per sentence, in input order. */
  List<TokenVectors> encodeTokens(List<String> sentences);
}
