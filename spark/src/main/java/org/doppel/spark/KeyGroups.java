package org.doppel.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns the postings of one partition, sorted by key and then document, into what the candidate stage
 * needs from each key: the document pairs that share it, or, for a key posted more than {@code maxPostings}
 * times (a stock phrase), one row saying so. A key's postings all come to one partition by a single
 * shuffle, so the hot-key count and the pairs need no second pass over the postings. Pairs are the rows
 * a self-join of the postings on the key with {@code first < second} gives, repeats included: a document
 * that posts a key twice shares it twice, as {@link org.doppel.index.CandidateKeys#forEach} counts it.
 */
final class KeyGroups implements Iterator<Row> {
  /** Postings: {@code key} is the kind's ordinal in the upper 32 bits and the key in the lower. */
  static final StructType POSTINGS = new StructType()
      .add("key", DataTypes.LongType, false)
      .add("doc", DataTypes.LongType, false);

  /** A pair sharing a key of {@code kind} ({@code key} 0), or a hot key: {@code first} {@link #HOT}, {@code second} its postings. */
  static final StructType OUT = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("key", DataTypes.IntegerType, false)
      .add("first", DataTypes.LongType, false)
      .add("second", DataTypes.LongType, false);

  static final long HOT = -1;

  private final Iterator<Row> postings;
  private final int maxPostings;
  private final List<Row> ready = new ArrayList<>();
  private int at;
  private Row pending;
  private long[] docs = new long[16];

  KeyGroups(Iterator<Row> sortedPostings, int maxPostings) {
    this.postings = sortedPostings;
    this.maxPostings = maxPostings;
    this.pending = postings.hasNext() ? postings.next() : null;
  }

  static long packed(int kind, int key) {
    return (long) kind << 32 | (key & 0xFFFFFFFFL);
  }

  @Override
  public boolean hasNext() {
    while (at == ready.size() && pending != null) {
      ready.clear();
      at = 0;
      nextKey();
    }
    return at < ready.size();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.get(at++);
  }

  /** Reads the postings of the next key and leaves its rows in {@code ready} (none for a key of one document). */
  private void nextKey() {
    long key = pending.getLong(0);
    int n = 0;
    while (pending != null && pending.getLong(0) == key) {
      if (n <= maxPostings) { // past the cap only the count matters
        if (n == docs.length) {
          docs = Arrays.copyOf(docs, n * 2);
        }
        docs[n] = pending.getLong(1);
      }
      n++;
      pending = postings.hasNext() ? postings.next() : null;
    }
    int kind = (int) (key >>> 32);
    if (n > maxPostings) {
      ready.add(RowFactory.create(kind, (int) key, HOT, (long) n));
      return;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (docs[i] < docs[j]) {
          ready.add(RowFactory.create(kind, 0, docs[i], docs[j]));
        }
      }
    }
  }
}
