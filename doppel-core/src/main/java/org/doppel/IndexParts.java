package org.doppel;

import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.LuceneIndex;

/**
 * What a {@link DoppelIndex}'s adding side ({@link IndexIntake}) and query side ({@link IndexQueries}) share: the store
 * the one writes and the other reads snapshots of, the analysis of a text, the fingerprinter documents are indexed with
 * (which a stored document's pairs recompute its fingerprint with), the lines in their surroundings the index keeps
 * and a query counts as stock, and the pictures a document is stored and matched with.
 *
 * @param indexFingerprinter indexed documents always carry their fact keys, so one index serves copies-only and rewrite queries
 * @param lines computes each document's lines in their surroundings, which the index keeps so that queries can tell stock lines
 */
record IndexParts(LuceneIndex store, DocumentAnalyzer analyzer, Fingerprinter indexFingerprinter, StockLines lines,
    IndexPhotos photos) {}
