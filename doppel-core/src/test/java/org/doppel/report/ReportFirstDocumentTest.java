package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.doppel.document.Span;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.SharedPhoto;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

/** {@code withFirst}: the text and JSON Lines reports read a pair from the side of the document asked about. */
class ReportFirstDocumentTest {
  private static final String A = "Snow closed the pass above the village on Tuesday night.";
  private static final String B = "On Tuesday night snow closed the mountain pass above the village.";
  private static final Map<String, String> TEXTS = Map.of("alpha", A, "beta", B);

  private static RelatedPair pair() {
    Passage passage = new Passage(new Span(0, A.indexOf(" above")), new Span(B.indexOf("snow"), B.indexOf(" the mountain")), 4, 3, 4, 3);
    SentenceLink link = new SentenceLink(new Span(0, A.length()), new Span(0, B.length()), 0.875);
    return new RelatedPair("alpha", "beta", new Verdict(Relation.PARAPHRASE, 0.8, "1 reworded sentence pair covers 100% and 90% of the documents"),
        "alpha", List.of(passage), List.of(link));
  }

  private static List<SharedPhoto> photos(RelatedPair pair) {
    return List.of(new SharedPhoto("alpha#pass.jpg", "beta#road.jpg", 0.9, "crop", "The pass", "Ann Lee", null, "Wire Photos"));
  }

  @Test
  void theTextReportListsThePairUnderTheAskedDocumentWithItsSideFirst() {
    StringWriter out = new StringWriter();
    new TextReport(TEXTS::get, 80).withPhotos(ReportFirstDocumentTest::photos).withFirst("beta").write(List.of(pair()), new PrintWriter(out));
    assertThat(out.toString().lines().toList()).containsExactly(
        "== beta",
        "  paraphrase      0.80  alpha   (likely original: alpha)",
        "      1 reworded sentence pair covers 90% and 100% of the documents",
        "      passage 1: beta [17, 28) ~ alpha [0, 20)",
        "        a: \"snow closed\"",
        "        b: \"Snow closed the pass\"",
        "      photo 0.90 (crop): beta#road.jpg ~ alpha#pass.jpg",
        "        a: (no caption), credit: Wire Photos",
        "        b: \"The pass\", credit: Ann Lee",
        "        credit conflict: the two sides credit this photo to different people or agencies",
        "");
  }

  @Test
  void theTextReportKeepsIdOrderWhenTheAskedDocumentIsAlreadyFirst() {
    StringWriter asked = new StringWriter();
    StringWriter plain = new StringWriter();
    new TextReport(TEXTS::get, 80).withPhotos(ReportFirstDocumentTest::photos).withFirst("alpha").write(List.of(pair()), new PrintWriter(asked));
    new TextReport(TEXTS::get, 80).withPhotos(ReportFirstDocumentTest::photos).write(List.of(pair()), new PrintWriter(plain));
    assertThat(asked.toString()).isEqualTo(plain.toString()).startsWith("== alpha\n");
  }

  @Test
  void theJsonLineSwapsIdsSpansReasonAndPhotos() throws Exception {
    StringWriter out = new StringWriter();
    new JsonLinesReport(TEXTS::get).withPhotos(ReportFirstDocumentTest::photos).withFirst("beta").write(List.of(pair()), out);
    assertThat(out.toString()).isEqualTo("{\"a\":\"beta\",\"b\":\"alpha\",\"relation\":\"paraphrase\",\"score\":0.8,\"source\":\"alpha\","
        + "\"direction_evidence\":[],\"reason\":\"1 reworded sentence pair covers 90% and 100% of the documents\","
        + "\"passages\":[{\"a\":[17,28],\"b\":[0,20]}],\"sentences\":[{\"a\":[0,65],\"b\":[0,56],\"similarity\":0.875}],"
        + "\"photos\":[{\"a\":\"beta#road.jpg\",\"b\":\"alpha#pass.jpg\",\"score\":0.9,\"edit\":\"crop\",\"credit_a\":\"Wire Photos\","
        + "\"caption_b\":\"The pass\",\"credit_b\":\"Ann Lee\",\"credit_conflict\":true}]}\n");
  }
}
