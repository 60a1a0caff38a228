package org.doppel.eval.extraction;

/**
 * How one page's extracted body compares with the expected one.
 *
 * @param key the page's key in the ground truth
 * @param words bag-of-words counts
 * @param shingles counts over 4-word shingles, the benchmark's own measure
 */
public record BodyPageScore(String key, OverlapCounts words, OverlapCounts shingles) {}
