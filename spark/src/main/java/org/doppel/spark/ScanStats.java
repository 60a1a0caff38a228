package org.doppel.spark;

import java.util.List;
import java.util.Map;

/**
 * What a run did, written to {@code DIR/_stats.json}.
 *
 * @param inputFiles files listed
 * @param documents documents scanned (after duplicate ids were dropped)
 * @param inputProblems files and records that could not be read, or read with a warning (each in {@code DIR/problems/})
 * @param skippedProblems those of {@code inputProblems} that left a file or record out (their lines end in "(skipped)")
 * @param duplicateIds documents skipped because an earlier one had their id
 * @param candidatePairs distinct pairs proposed by the key join and the short texts' vectors
 * @param hotKeys keys posted under more than {@code maxPostings} documents, skipped as stock phrases
 * @param hottestKeys the most frequent of them, "KIND:key in N documents"
 * @param verifiedPairs related pairs
 * @param families story families written, or -1 when not asked for
 * @param componentRounds label-propagation rounds of the connected components
 * @param stageSeconds wall time of each stage, in order
 * @param photos what the photo stage counted: pictures, hot keys, candidate pairs, shared photos, document pairs
 * @param shortTexts what the vector stage counted ({@link VectorStage}): texts with a vector ("short_texts": up to 500 words), members of buckets
 *     holding a query skipped as too large, pairs proposed (some also key candidates)
 */
public record ScanStats(long inputFiles, long documents, long inputProblems, long skippedProblems, long duplicateIds, long candidatePairs, long hotKeys,
    List<String> hottestKeys, long verifiedPairs, long families, int componentRounds, Map<String, Double> stageSeconds,
    Map<String, Long> photos, Map<String, Long> shortTexts) {}
