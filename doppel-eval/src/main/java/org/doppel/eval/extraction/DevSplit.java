package org.doppel.eval.extraction;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one fixed split of a development set into a part rules are fitted on and a part that is only
 * scored: a page is in the validation part when the SHA-256 of {@value #SEED} followed by its key,
 * read as an unsigned 64-bit number from its first eight bytes, is divisible by 3 (about a third of
 * the pages), and in the fit part otherwise. The split depends on the key alone, so it never changes
 * when pages are added or removed, and anyone can recompute it.
 */
public enum DevSplit {
  /** The pages rules are fitted on (about two thirds). */
  FIT,
  /** The pages only scored, to see whether what was fitted carries over (about a third). */
  VALIDATION,
  /** Every page. */
  ALL;

  static final String SEED = "doppel-split-2026:";

  /** Whether the page with this key belongs to this part. */
  public boolean includes(String key) {
    return this == ALL || (this == VALIDATION) == isValidation(key);
  }

  static boolean isValidation(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((SEED + key).getBytes(StandardCharsets.UTF_8));
      return Long.remainderUnsigned(ByteBuffer.wrap(hash, 0, 8).getLong(), 3) == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
