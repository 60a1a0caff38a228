package org.doppel.report;

import java.util.List;
import org.doppel.document.Span;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * A pair as a report writes it: the document a query asked about as side a whatever its id ({@code withFirst} of
 * {@link TextReport} and {@link JsonLinesReport}), and everything two-sided read from that side: the ids, the
 * passages' and sentence links' spans, the reason's figures ({@link ReasonSides}) and the shared photos.
 *
 * @param swapped whether side a is the pair's document b
 */
record PairSides(RelatedPair pair, boolean swapped) {
  /** The pair with {@code first}, when it is the pair's document b, written as side a; as it is otherwise. */
  static PairSides of(RelatedPair pair, @Nullable String first) {
    return new PairSides(pair, first != null && first.equals(pair.b()));
  }

  String a() {
    return swapped ? pair.b() : pair.a();
  }

  String b() {
    return swapped ? pair.a() : pair.b();
  }

  Span inA(Passage passage) {
    return swapped ? passage.b() : passage.a();
  }

  Span inB(Passage passage) {
    return swapped ? passage.a() : passage.b();
  }

  Span inA(SentenceLink link) {
    return swapped ? link.b() : link.a();
  }

  Span inB(SentenceLink link) {
    return swapped ? link.a() : link.b();
  }

  String reason() {
    String reason = pair.verdict().reason();
    return swapped ? ReasonSides.swapped(reason) : reason;
  }

  List<SharedPhoto> photos(List<SharedPhoto> photos) {
    return swapped ? photos.stream().map(SharedPhoto::swapped).toList() : photos;
  }
}
