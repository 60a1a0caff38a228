package org.doppel.spark;

import java.io.Serializable;
import org.doppel.relate.RelatedPair;

/** A verified pair with the numbers of its documents, {@code numberA} that of {@code pair.a()}. */
record Verified(long numberA, long numberB, RelatedPair pair) implements Serializable {}
