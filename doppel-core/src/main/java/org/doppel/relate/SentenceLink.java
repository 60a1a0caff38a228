package org.doppel.relate;

import java.io.Serializable;
import org.doppel.document.Span;

/**
 * A sentence of one document and the sentence of the other it was reworded from or into, for
 * showing a paraphrase line by line.
 *
 * @param a the sentence's span in the first document of the pair
 * @param b the sentence's span in the second document
 * @param similarity how alike they are, in [0, 1]: the embedding cosine when the model judged the
 *     pair, else the content-word overlap
 */
public record SentenceLink(Span a, Span b, double similarity) implements Serializable {}
