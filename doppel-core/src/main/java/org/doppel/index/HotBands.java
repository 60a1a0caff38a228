package org.doppel.index;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.IntToLongFunction;
import org.doppel.ingest.ArticleMetadata;

/**
 * The one rule for a band key posted under more than {@code maxPostings} documents, which the scan
 * ({@link InMemoryCandidateIndex#allCandidatePairs(java.util.function.IntUnaryOperator)}), one document against the
 * index ({@link InMemoryCandidateIndex#candidates}, {@link IndexSnapshot#candidates}: {@code findCopies} and
 * {@code query}) and the Spark job's candidate stage all call. Other keys in that many documents are stock phrases
 * and stay skipped; a band is four MinHash values of the whole text, which a shared quotation or an agency paragraph
 * does not fix, so a band in that many documents is one text copied into all of them (a wire story on 200 sites).
 *
 * <p>The key's documents, in order of publication ({@link #minute}, then the order added), are each paired with the
 * {@value #HUBS} earliest and the {@value #NEIGHBOURS} just before it: at most {@value #HUBS} + {@value #NEIGHBOURS}
 * pairs a document and key, never n²/2, and the earliest is paired with every copy, so the copies are one family
 * around it. One document asked about alone is linked with the {@value #HUBS} earliest and the {@value #NEIGHBOURS}
 * on either side of its place: what the scan pairs it with through the key, except that the scan pairs one of the
 * {@value #HUBS} earliest with every copy, which a question about it would return whole (hundreds of pairs to
 * verify for one question); capped, it gets the other earliest and its nearest.
 */
public final class HotBands {
  /** The earliest documents of a hot band key that every document of it is paired with. */
  public static final int HUBS = 4;
  /** The documents just before a document of a hot band key (in publication order) that it is paired with. */
  public static final int NEIGHBOURS = 4;
  /** The place of an undated document: after every dated one. */
  public static final long UNDATED = Integer.MAX_VALUE;
  private static final int MINUTES_A_DAY = 1440;

  private HotBands() {}

  /** Receives a pair of places in publication order, {@code earlier < later}. */
  @FunctionalInterface
  public interface PlacePairs {
    void accept(int earlier, int later);
  }

  /**
   * A document's place in publication order, to sort by before the order added: its day and time in minutes since
   * 1970 (a day without a time at its start), {@link #UNDATED} when it has no publication date; within int range. A
   * time whose offset is known ({@link ArticleMetadata#zone}: a page's timestamp kept in its publisher's zone) is
   * placed in UTC, as the date signal compares two such times as instants: in its own zone's clock a copy published at
   * 02:50 five hours behind UTC (07:50 UTC) sorted before the wire story it copied at 07:30 UTC and took its place among the
   * earliest. A time without one is placed as written, as is a day alone. A page dated by its crawl (it gives no date
   * of its own: {@link ArticleMetadata#datedByCrawl}) is placed at the end of the day it was fetched, after the pages
   * dated by their publication that day: at its start, four reposts of a wire story that gave no date of their own
   * were the earliest of its 150 copies and took the places of the story itself.
   */
  public static long minute(ArticleMetadata metadata) {
    long minute = UNDATED;
    if (metadata.datesPublication()) {
      minute = Objects.requireNonNull(metadata.date()).toEpochDay() * MINUTES_A_DAY + minuteOfDay(metadata);
      ZoneOffset zone = metadata.zone();
      if (zone != null) {
        minute -= zone.getTotalSeconds() / 60;
      }
    }
    return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, minute));
  }

  /** A dated document's minute within its day: its time's, else the day's last for a page dated by its crawl, else the first. */
  private static long minuteOfDay(ArticleMetadata metadata) {
    LocalTime time = metadata.time();
    if (time != null) {
      return time.getHour() * 60L + time.getMinute();
    }
    return metadata.datedByCrawl() ? MINUTES_A_DAY - 1 : 0;
  }

  /** Pairs of places of {@code n} documents sorted in publication order: each with the earliest and those just before it. */
  public static void forEachPair(int n, PlacePairs sink) {
    for (int later = 1; later < n; later++) {
      for (int earlier = 0; earlier < later; earlier = earlier + 1 == HUBS ? Math.max(HUBS, later - NEIGHBOURS) : earlier + 1) {
        sink.accept(earlier, later);
      }
    }
  }

  /** The most pairs {@link #forEachPair} gives for {@code n} documents. */
  public static long maxPairs(int n) {
    return (long) n * (HUBS + NEIGHBOURS);
  }

  /**
   * The places one document is linked with among {@code n} others sorted in publication order, the document's own
   * place being between {@code place - 1} and {@code place} ({@code 0 <= place <= n}; the others do not include it):
   * the {@value #HUBS} earliest and the {@value #NEIGHBOURS} on either side, ascending, each once.
   */
  public static int[] linked(int n, int place) {
    int[] out = new int[Math.min(n, HUBS + 2 * NEIGHBOURS)];
    int m = 0;
    for (int i = 0; i < Math.min(n, HUBS); i++) {
      out[m++] = i;
    }
    for (int i = Math.max(HUBS, place - NEIGHBOURS); i < Math.min(n, place + NEIGHBOURS); i++) {
      out[m++] = i;
    }
    return Arrays.copyOf(out, m);
  }

  /**
   * The documents of a hot band key that {@link #linked} gives document {@code self} (negative: not indexed, after
   * the documents of its minute), among {@code postedDocs} (repeats and {@code self} left out), ordered by
   * {@code minute} then number.
   */
  static int[] linkedDocs(int[] postedDocs, int self, IntToLongFunction minute, long selfMinute) {
    long[][] ranked = new long[postedDocs.length][];
    int n = 0;
    for (int doc : postedDocs) {
      if (doc != self) {
        ranked[n++] = new long[] {minute.applyAsLong(doc), doc};
      }
    }
    Comparator<long[]> order = Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]);
    Arrays.sort(ranked, 0, n, order);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || ranked[distinct - 1][1] != ranked[i][1]) {
        ranked[distinct++] = ranked[i];
      }
    }
    long[] own = {selfMinute, self < 0 ? Long.MAX_VALUE : self};
    int place = 0;
    while (place < distinct && order.compare(ranked[place], own) < 0) {
      place++;
    }
    int[] linked = HotBands.linked(distinct, place);
    int[] out = new int[linked.length];
    for (int i = 0; i < linked.length; i++) {
      out[i] = (int) ranked[linked[i]][1];
    }
    return out;
  }
}
