package org.doppel.match;

import org.doppel.fingerprint.TokenVectors;

/**
 * One whole text as the sentence-pair judge's two transformers read it (each up to its word-piece limit),
 * kept with its document so that a text in several candidate pairs is encoded once.
 *
 * @param text the text read
 * @param miniLm its word pieces and vectors in all-MiniLM-L6-v2
 * @param bge its word pieces and vectors in bge-small-en-v1.5
 */
public record TextReading(String text, TokenVectors miniLm, TokenVectors bge) {}
