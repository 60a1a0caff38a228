package org.doppel;

import org.doppel.match.SentenceJudge;
import org.doppel.match.TextJudge;
import org.jspecify.annotations.Nullable;

/**
 * The trained judges a verifier may ask about candidate pairs that words and embeddings leave unrelated;
 * either may be absent (null), and both need the embedding model too.
 *
 * @param sentences judges the sentences of any two texts, one sentence pair at a time ({@code --judge})
 * @param wholeTexts judges two short texts whole
 */
record Judges(@Nullable SentenceJudge sentences, @Nullable TextJudge wholeTexts) {}
