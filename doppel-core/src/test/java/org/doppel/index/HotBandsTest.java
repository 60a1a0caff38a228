package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.doppel.ingest.ArticleMetadata;
import org.junit.jupiter.api.Test;

class HotBandsTest {
  /** The places {@link HotBands#forEachPair} pairs {@code place} with among {@code n} documents. */
  private static TreeSet<Integer> partners(int n, int place) {
    TreeSet<Integer> out = new TreeSet<>();
    HotBands.forEachPair(n, (earlier, later) -> {
      if (earlier == place) {
        out.add(later);
      } else if (later == place) {
        out.add(earlier);
      }
    });
    return out;
  }

  @Test
  void eachDocumentIsPairedWithTheEarliestAndThoseJustBeforeItAtMostEightTimesAndTheEarliestWithAll() {
    int n = 150;
    List<int[]> pairs = new ArrayList<>();
    HotBands.forEachPair(n, (earlier, later) -> pairs.add(new int[] {earlier, later}));

    assertThat(pairs).allSatisfy(p -> assertThat(p[0]).isLessThan(p[1]));
    assertThat(pairs).hasSizeLessThanOrEqualTo((int) HotBands.maxPairs(n));
    assertThat(partners(n, 0)).containsExactlyElementsOf(IntStream.range(1, n).boxed().toList());
    assertThat(pairs.stream().filter(p -> p[1] == 100).map(p -> p[0])).containsExactly(0, 1, 2, 3, 96, 97, 98, 99);
    assertThat(pairs.stream().filter(p -> p[1] == 5).map(p -> p[0])).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void oneDocumentAskedAboutAloneGetsWhatTheScanPairsItWithCappedForTheEarliest() {
    int others = 150;
    for (int place = 0; place <= others; place++) {
      // the document at `place` among others + 1, and its links among the others (its own place left out)
      TreeSet<Integer> scan = new TreeSet<>();
      for (int partner : partners(others + 1, place)) {
        scan.add(partner < place ? partner : partner - 1);
      }
      List<Integer> asked = IntStream.of(HotBands.linked(others, place)).boxed().toList();

      assertThat(asked).isSorted().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(HotBands.HUBS + 2 * HotBands.NEIGHBOURS);
      if (place >= HotBands.HUBS) {
        assertThat(asked).as("place %d", place).containsExactlyElementsOf(scan);
      } else {
        assertThat(scan).as("place %d", place).containsAll(asked);
        assertThat(asked).contains(0, 1, 2, 3);
      }
    }
    assertThat(HotBands.linked(2, 2)).containsExactly(0, 1);
  }

  @Test
  void linkedDocsOrdersByMinuteThenNumberLeavesSelfAndRepeatsOutAndPlacesAForeignTextAfterItsMinute() {
    // documents 0..199, published in reverse order of number, each its own minute
    int[] posted = IntStream.range(0, 200).flatMap(d -> d == 50 ? IntStream.of(d, d) : IntStream.of(d)).toArray();
    java.util.function.IntToLongFunction minute = doc -> 10_000 - doc;

    assertThat(HotBands.linkedDocs(posted, 100, minute, minute.applyAsLong(100))).containsExactly(199, 198, 197, 196, 104, 103, 102, 101, 99, 98, 97, 96);
    // a text not indexed, published in document 50's minute: after it
    assertThat(HotBands.linkedDocs(posted, -1, minute, minute.applyAsLong(50))).containsExactly(199, 198, 197, 196, 53, 52, 51, 50, 49, 48, 47, 46);
  }

  @Test
  void aMinuteIsTheDayAndTimeAndTheUndatedComeLast() {
    ArticleMetadata day = new ArticleMetadata(null, null, LocalDate.of(1970, 1, 2), null, null, null, null, List.of(), List.of(), Map.of());
    ArticleMetadata timed = new ArticleMetadata(null, null, LocalDate.of(1970, 1, 2), LocalTime.of(1, 30), null, null, null, List.of(), List.of(), Map.of());

    assertThat(HotBands.minute(day)).isEqualTo(1440);
    assertThat(HotBands.minute(timed)).isEqualTo(1440 + 90);
    assertThat(HotBands.minute(new ArticleMetadata(null, null, null, null, null, null, null, List.of(), List.of(), Map.of()))).isEqualTo(HotBands.UNDATED);
  }

  @Test
  void aTimeWhoseOffsetIsKnownIsPlacedInUtcAsTheDateSignalComparesIt() {
    // 02:50 in a zone five hours behind UTC is 07:50 UTC: after 07:30 UTC, though its clock reads earlier
    ArticleMetadata behind = zoned(LocalTime.of(2, 50), "-05:00");
    ArticleMetadata utc = zoned(LocalTime.of(7, 30), "Z");
    ArticleMetadata ahead = zoned(LocalTime.of(16, 50), "+09:00");

    assertThat(HotBands.minute(utc)).isEqualTo(1440 + 7 * 60 + 30);
    assertThat(HotBands.minute(behind)).isEqualTo(1440 + 7 * 60 + 50);
    assertThat(HotBands.minute(ahead)).isEqualTo(HotBands.minute(behind)); // one instant, two clocks
    // a time as written (no offset) is placed by its clock
    assertThat(HotBands.minute(new ArticleMetadata(null, null, LocalDate.of(1970, 1, 2), LocalTime.of(2, 50), null, null, null, List.of(),
        List.of(), Map.of()))).isEqualTo(1440 + 2 * 60 + 50);
  }

  @Test
  void aPageDatedByItsCrawlIsPlacedAtTheEndOfTheDayItWasFetched() {
    ArticleMetadata crawled = new ArticleMetadata(null, null, LocalDate.of(1970, 1, 2), null, null, null, null, List.of(), List.of(),
        Map.of("date", "warc-date"));
    assertThat(HotBands.minute(crawled)).isEqualTo(1440 + 1439);
    assertThat(HotBands.minute(crawled)).isGreaterThan(HotBands.minute(zoned(LocalTime.of(23, 58), "Z")));
  }

  private static ArticleMetadata zoned(LocalTime time, String zone) {
    return new ArticleMetadata(null, null, LocalDate.of(1970, 1, 2), time, null, null, null, List.of(), List.of(), Map.of(ArticleMetadata.ZONE, zone));
  }
}
