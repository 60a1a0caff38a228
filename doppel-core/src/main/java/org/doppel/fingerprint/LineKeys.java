package org.doppel.fingerprint;

import org.doppel.document.Hashing;
import org.doppel.document.TokenSequence;

/**
 * One key per whole line (paragraph, heading, caption) of at least {@code minWords} words: the hash
 * of its normalised words. Copying a paragraph verbatim is the commonest reuse of all, and a line
 * key finds it whatever its length, even a five-word subheading that shingle sampling would miss.
 */
public final class LineKeys {
  private static final long SALT = 0x2545F4914F6CDD1DL;

  private LineKeys() {}

  public static int[] of(TokenSequence words, int minWords) {
    int n = words.size();
    int[] keys = new int[16];
    int count = 0;
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || words.isLineStart(i)) {
        if (i - start >= minWords) {
          if (count == keys.length) {
            keys = java.util.Arrays.copyOf(keys, count * 2);
          }
          keys[count++] = (int) (Hashing.mix(Hashing.ofRun(words, start, i - start) ^ SALT) >>> 32);
        }
        start = i;
      }
    }
    return java.util.Arrays.stream(keys, 0, count).sorted().distinct().toArray();
  }
}
