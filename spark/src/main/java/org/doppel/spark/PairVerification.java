package org.doppel.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.doppel.PairVerifier;
import org.doppel.provenance.WordFrequencies;
import scala.Tuple2;

/**
 * The verify stage's work on an executor: each candidate pair, met with both its texts ({@link TextMeetings}),
 * verified by the core's verifier with the broadcast stock lines, each text prepared once per task
 * ({@link PreparedCache}); with the word frequencies broadcast, each verified pair's direction judged while both
 * texts are at hand.
 */
final class PairVerification {
  private PairVerification() {}

  /** The verified pairs of one partition's meetings. */
  static Iterator<Verified> verify(Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> pairs, Detection detection,
      Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole) {
    List<Verified> out = new ArrayList<>();
    verifyEach(pairs, detection, stockKeys, judgedWhole, (verified, a, b) -> out.add(verified));
    return out.iterator();
  }

  /** The verified pairs of one partition's meetings, each judged with the broadcast word counts. */
  static Iterator<DirectionStage.Judged> verifyAndJudge(Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> pairs,
      Detection detection, Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole,
      DirectionStage directions,
      Broadcast<DirectionStage.WordCounts> wordTable) {
    List<DirectionStage.Judged> out = new ArrayList<>();
    WordFrequencies corpus = directions.corpusCounts(wordTable);
    // the judge reads each document's words as verification analysed them, as the local scan's Corpus gives them
    verifyEach(pairs, detection, stockKeys, judgedWhole, (verified, a, b) -> out.add(directions.judge(verified,
        a.document().source(), b.document().source(), corpus, source -> (source == a.document().source() ? a : b).document().words())));
    return out.iterator();
  }

  /** Receives a verified pair with its two documents, {@code a} that of {@code verified.pair().a()}. */
  private interface VerifiedSink {
    void accept(Verified verified, PreparedCache.Analysis a, PreparedCache.Analysis b);
  }

  private static void verifyEach(Iterator<Tuple2<Long, Tuple2<Tuple2<Long, Analysed.Doc>, Analysed.Doc>>> pairs, Detection detection,
      Broadcast<long[]> stockKeys, Broadcast<HashSet<Tuple2<Long, Long>>> judgedWhole, VerifiedSink sink) {
    Detection.Tools tools = detection.tools();
    PairVerifier verifier = tools.verifier(stockKeys.id(), stockKeys.value());
    PreparedCache cache = new PreparedCache(tools, verifier, 256);
    pairs.forEachRemaining(p -> {
      long numberX = p._2()._1()._1();
      Analysed.Doc x = p._2()._1()._2();
      long numberY = p._1();
      Analysed.Doc y = p._2()._2();
      boolean same = PairVerifier.sameContent(x.contentHash(), x.wordCount(), y.contentHash(), y.wordCount());
      PreparedCache.Analysis ex = cache.get(numberX, x);
      PreparedCache.Analysis ey = cache.get(numberY, y);
      boolean judged = judgedWhole.value().contains(new Tuple2<>(Math.min(numberX, numberY), Math.max(numberX, numberY)));
      verifier.verify(ex.prepared(), ey.prepared(), same, judged).ifPresent(pair -> {
        boolean xIsA = pair.a().equals(x.source().id());
        Verified verified = new Verified(xIsA ? numberX : numberY, xIsA ? numberY : numberX, pair);
        sink.accept(verified, xIsA ? ex : ey, xIsA ? ey : ex);
      });
    });
  }
}
