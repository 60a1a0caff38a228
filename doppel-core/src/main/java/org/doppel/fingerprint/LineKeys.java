package org.doppel.fingerprint;

import java.util.Arrays;
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
            keys = Arrays.copyOf(keys, count * 2);
          }
          keys[count++] = key(words, start, i);
        }
        start = i;
      }
    }
    return Arrays.stream(keys, 0, count).sorted().distinct().toArray();
  }

  /** The key of the line made of words {@code [start, end)}: equal for two lines with the same normalised words. */
  public static int key(TokenSequence words, int start, int end) {
    return (int) (Hashing.mix(Hashing.ofRun(words, start, end - start) ^ SALT) >>> 32);
  }

  /** The word at which each line starts, in text order, followed by {@code words.size()}. */
  public static int[] lineStarts(TokenSequence words) {
    int n = words.size();
    int[] starts = new int[16];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || words.isLineStart(i)) {
        if (count + 1 >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[count++] = i;
      }
    }
    starts[count++] = n;
    return Arrays.copyOf(starts, count);
  }
}
