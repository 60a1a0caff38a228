package org.doppel.fingerprint;

import java.io.Serializable;

/**
 * A fact found in a document: numbers, names and quotations survive a rewrite, because changing
 * them changes the story (spinners and paraphrasing models are told to keep them).
 *
 * @param kind what kind of fact
 * @param text the fact as written in the document, for explanations
 * @param key a 32-bit key of the normalised fact; equal facts in two documents have equal keys
 */
public record Fact(FactKind kind, String text, int key) implements Serializable {}
