package org.doppel.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doppel.fingerprint.Fingerprint;

/**
 * The scan's index: LSH band postings for near-duplicates and anchor postings for reused passages.
 * Keys posted under more than {@code maxPostings} documents are ignored at query time: they are
 * stock phrases, not evidence of copying, and skipping them keeps each query's cost bounded, so a
 * whole scan costs O(n) rather than O(n²).
 *
 * <p>Not thread-safe; see {@link CandidateIndex}.
 */
public final class InMemoryCandidateIndex implements CandidateIndex {
  private final LshBanding banding;
  private final int maxPostings;
  private final int minSharedAnchors;
  private final SortedPostings bandPostings = new SortedPostings();
  private final SortedPostings anchorPostings = new SortedPostings();
  private int size;
  private int[] bandHits = new int[1024];
  private int[] anchorHits = new int[1024];
  private int[] touched = new int[1024];

  /**
   * @param banding how MinHash bins are grouped into LSH bands
   * @param maxPostings keys shared by more documents than this are treated as stock phrases
   * @param minSharedAnchors anchors a candidate must share when it shares no band
   */
  public InMemoryCandidateIndex(LshBanding banding, int maxPostings, int minSharedAnchors) {
    if (maxPostings < 2) {
      throw new IllegalArgumentException("maxPostings must be >= 2, got " + maxPostings);
    }
    if (minSharedAnchors < 1) {
      throw new IllegalArgumentException("minSharedAnchors must be >= 1, got " + minSharedAnchors);
    }
    this.banding = banding;
    this.maxPostings = maxPostings;
    this.minSharedAnchors = minSharedAnchors;
  }

  @Override
  public void add(int docNumber, Fingerprint fingerprint) {
    if (docNumber < 0) {
      throw new IllegalArgumentException("docNumber must be >= 0, got " + docNumber);
    }
    for (int key : banding.keys(fingerprint.minHash())) {
      bandPostings.add(key, docNumber);
    }
    for (int i = 0; i < fingerprint.anchorCount(); i++) {
      anchorPostings.add(fingerprint.anchor(i), docNumber);
    }
    size++;
    if (docNumber >= bandHits.length) {
      int capacity = Math.max(docNumber + 1, bandHits.length * 2);
      bandHits = Arrays.copyOf(bandHits, capacity);
      anchorHits = Arrays.copyOf(anchorHits, capacity);
    }
  }

  @Override
  public List<Candidate> candidates(Fingerprint fingerprint, int self) {
    int[] touchedCount = {0};
    for (int key : banding.keys(fingerprint.minHash())) {
      if (bandPostings.count(key, maxPostings) <= maxPostings) {
        bandPostings.forEach(key, doc -> {
          if (bandHits[doc]++ == 0 && anchorHits[doc] == 0) {
            touch(doc, touchedCount);
          }
        });
      }
    }
    for (int i = 0; i < fingerprint.anchorCount(); i++) {
      int key = fingerprint.anchor(i);
      if (anchorPostings.count(key, maxPostings) <= maxPostings) {
        anchorPostings.forEach(key, doc -> {
          if (anchorHits[doc]++ == 0 && bandHits[doc] == 0) {
            touch(doc, touchedCount);
          }
        });
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int t = 0; t < touchedCount[0]; t++) {
      int doc = touched[t];
      if (doc != self && (bandHits[doc] > 0 || anchorHits[doc] >= minSharedAnchors)) {
        out.add(new Candidate(doc, bandHits[doc], anchorHits[doc]));
      }
      bandHits[doc] = 0;
      anchorHits[doc] = 0;
    }
    return out;
  }

  private void touch(int doc, int[] touchedCount) {
    if (touchedCount[0] == touched.length) {
      touched = Arrays.copyOf(touched, touched.length * 2);
    }
    touched[touchedCount[0]++] = doc;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long memoryBytes() {
    return bandPostings.memoryBytes() + anchorPostings.memoryBytes();
  }
}
