package org.doppel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doppel.document.PackedMetadataLines;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * The documents added to a {@link Corpus}, numbered in the order added: each one's source and what the corpus keeps of
 * its analysis to verify its pairs without analysing it again first (content hash, word count, metadata lines), and the
 * number of each id. Columns of primitives rather than an object a document: a 100,000-document corpus holds no
 * 100,000 small objects beside its sources. Not thread-safe: the corpus's lock guards it (adds write, queries read).
 */
final class AddedDocuments {
  private final List<SourceText> sources = new ArrayList<>();
  private long[] contentHashes = new long[1024];
  private int[] wordCounts = new int[1024];
  /** Each document's metadata lines ({@link PackedMetadataLines}), so re-analysis skips the line patterns. */
  private int[][] metadataLines = new int[1024][];
  private final Map<String, Integer> numbers = new HashMap<>();

  /** Adds a document under the next number, which it returns; its id must be new ({@link #numberOrNull}). */
  int add(SourceText source, long contentHash, int wordCount, int[] lines) {
    int number = sources.size();
    sources.add(source);
    if (number == contentHashes.length) {
      contentHashes = Arrays.copyOf(contentHashes, number * 2);
      wordCounts = Arrays.copyOf(wordCounts, number * 2);
      metadataLines = Arrays.copyOf(metadataLines, number * 2);
    }
    metadataLines[number] = lines;
    contentHashes[number] = contentHash;
    wordCounts[number] = wordCount;
    numbers.put(source.id(), number);
    return number;
  }

  int size() {
    return sources.size();
  }

  SourceText source(int number) {
    return sources.get(number);
  }

  long contentHash(int number) {
    return contentHashes[number];
  }

  int wordCount(int number) {
    return wordCounts[number];
  }

  /** The metadata lines found when document {@code number} was added ({@link PackedMetadataLines#pack}). */
  int[] metadataLines(int number) {
    return metadataLines[number];
  }

  /** The number of the document added under {@code id}, or null when none was. */
  @Nullable Integer numberOrNull(String id) {
    return numbers.get(id);
  }

  /**
   * The number of the document added under {@code id}.
   *
   * @throws IllegalArgumentException naming the id, and what to do, when no document was added under it
   */
  int number(String id) {
    if (id == null) {
      throw new NullPointerException("id is null"); // it was "no document with id 'null'", as if one were named so
    }
    Integer number = numbers.get(id);
    if (number == null) {
      throw new IllegalArgumentException("no document with id '" + id + "' in the corpus: add it first, or give its text to"
          + " findCopies(SourceText) to compare a text the corpus does not hold");
    }
    return number;
  }

  /** Every document's id, in the order added. */
  List<String> ids() {
    return sources.stream().map(SourceText::id).toList();
  }
}
