/**
 * Provenance: who copied whom, and which documents form one story.
 *
 * <p>Enters: the related pairs of the relate stage and, per document, its {@link org.doppel.ingest.SourceText}
 * (whose {@link org.doppel.ingest.ArticleMetadata} carries dates, sites, attributions, image credits and URLs).
 * Leaves: a {@link org.doppel.provenance.Provenance}: for every pair a {@link org.doppel.provenance.Direction}
 * (the likely original or "unknown", with the {@link org.doppel.provenance.DirectionClue}s behind it) and the
 * {@link org.doppel.provenance.StoryFamily story families} with their provenance trees.
 *
 * <p>Each {@link org.doppel.provenance.DirectionSignal} looks at one kind of evidence;
 * {@link org.doppel.provenance.DirectionJudge} combines them and refuses to guess when they disagree;
 * {@link org.doppel.provenance.FamilyBuilder} grows a provenance forest in which each document takes at most one
 * parent. Everything here is a pure function of its input.
 */
@NullMarked
package org.doppel.provenance;

import org.jspecify.annotations.NullMarked;
