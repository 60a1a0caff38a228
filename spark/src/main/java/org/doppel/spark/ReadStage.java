package org.doppel.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.doppel.ingest.DuplicateIdAdvice;
import org.doppel.ingest.ProblemSummary;
import scala.Tuple2;

/**
 * The read stage of {@link DistributedScan}: the driver lists the files, executors read them with the core's readers
 * straight into the partitioning of {@link DocumentNumbers}, and the first of two documents with one id wins, as in a
 * local scan. What it leaves: the documents (the first of each id), counts for the stats, and what to release.
 *
 * @param skippedProblems the problems (of {@code problemCount}) that left a file or record out, told from warnings by
 *     their lines' {@link ProblemSummary#SKIPPED_MARK}; the repeated ids are not among them
 */
record ReadStage(JavaPairRDD<Long, ReadItem> unique, long problemCount, long skippedProblems, long duplicates, int files,
                 PartitionCache<Tuple2<Long, ReadItem>> items, JavaPairRDD<Long, Long> losers) {
  /** Input names handed out by one task at the most: about 100 KB of names. */
  static final int FILES_PER_SLICE = 1_500;

  /** How many slices {@code files} names are handed out in: at least one per partition, none above {@link #FILES_PER_SLICE}. */
  static int sliceCount(int files, int partitions) {
    int bySize = (files + FILES_PER_SLICE - 1) / FILES_PER_SLICE;
    return Math.max(1, Math.min(files, Math.max(partitions, bySize)));
  }

  /**
   * The output folder when it is on the local disk, to be left out of a local input that holds it (as {@code doppel
   * scan} leaves out its own report): written while the job reads, it must not be read as input. Empty elsewhere.
   */
  private static Set<java.nio.file.Path> localFolder(String out, Configuration conf) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(out);
      URI uri = path.getFileSystem(conf).makeQualified(path).toUri();
      return "file".equals(uri.getScheme()) ? Set.of(Paths.get(uri).toAbsolutePath().normalize()) : Set.of();
    } catch (IOException | IllegalArgumentException notLocal) {
      return Set.of();
    }
  }

  /** Lists and reads the inputs on the executors, writes every problem (bad files, duplicate ids) to {@code out/problems}. */
  static ReadStage of(JavaSparkContext jsc, List<String> inputs, String out, DocumentNumbers placement, int partitions) {
    Configuration conf = jsc.hadoopConfiguration();
    InputListing.Listed listed = InputListing.list(inputs, conf, localFolder(out, conf));
    listed.problems().forEach(p -> System.err.println("doppel-spark: " + p));
    PartitionCache<Tuple2<Long, ReadItem>> itemsCache = readInPlace(jsc, listed, readerFor(conf), placement, partitions);
    JavaPairRDD<Long, ReadItem> items = PartitionCache.pairs(itemsCache);
    // a note of what a file held (a crawl's pages, a JSON Lines file's records) is said on the executor, and is no
    // problem: problems/ holds what _stats.json's inputProblems counts, one line each
    JavaRDD<String> problems = items.values().filter(i -> !i.isDocument() && !i.note()).map(ReadItem::problem);
    JavaPairRDD<Long, ReadItem> documents = items.filter(i -> i._2().isDocument());
    JavaPairRDD<Long, Long> losers = losersOf(documents);
    long duplicates = losers.count();
    RepeatedIds repeats = duplicates > 0
        ? RepeatedIds.of(documents, losers, placement)
        : new RepeatedIds(documents, jsc.emptyRDD());
    problems.union(repeats.messages()).union(jsc.parallelize(listed.problems(), 1)).saveAsTextFile(out + "/problems");
    if (duplicates > 0) {
      sayRepeatedIds(repeats.messages().take(SHOWN_REPEATED_IDS), duplicates, out).forEach(System.err::println);
      repeats.messages().unpersist(false);
    }
    ProblemCounts counted = ProblemCounts.of(items, listed.problems());
    return new ReadStage(repeats.unique(), counted.all(), counted.skipped(), duplicates, listed.files().size(), itemsCache, losers);
  }

  /** The reader the executors use, given the driver's Hadoop settings (a {@link Configuration} does not travel). */
  private static InputFileReader readerFor(Configuration conf) {
    Map<String, String> hadoopSettings = new HashMap<>();
    conf.forEach(e -> hadoopSettings.put(e.getKey(), e.getValue()));
    return new InputFileReader(hadoopSettings);
  }

  /** Every document and problem of the listed files, read on the executors in the partition of its number, cached. */
  private static PartitionCache<Tuple2<Long, ReadItem>> readInPlace(JavaSparkContext jsc, InputListing.Listed listed,
                                                                    InputFileReader reader, DocumentNumbers placement,
                                                                    int partitions) {
    // file names are placed by the document partitioner, so documents are born in their partition. The names travel
    // inside the tasks that hand them out: slices of at most FILES_PER_SLICE keep each task small (100,000 names in
    // two slices made 3.5 MB tasks, which Spark warns about), and partitionBy undoes the slicing
    JavaPairRDD<Long, InputFile> files = jsc.parallelize(listed.files(), sliceCount(listed.files().size(), partitions))
        .mapToPair(f -> new Tuple2<>(DocumentNumbers.number(f.order(), 0), f))
        .partitionBy(placement);
    return PartitionCache.of(files.mapPartitionsToPair(f -> read(f, reader), true));
  }

  /**
   * The first of several documents with one id wins, as in a local scan; only ids and numbers move: each loser's number
   * with its winner's, kept.
   */
  private static JavaPairRDD<Long, Long> losersOf(JavaPairRDD<Long, ReadItem> documents) {
    return documents
        .mapToPair(d -> new Tuple2<>(d._2().document().id(), d._1()))
        .groupByKey()
        .flatMapToPair(ReadStage::allButFirst)
        .persist(DistributedScan.KEEP);
  }

  /**
   * The documents left once repeated ids are dropped, and one message per dropped document, in read order.
   *
   * @param messages kept when there are any (written to problems/, then their first lines said on stderr)
   */
  private record RepeatedIds(JavaPairRDD<Long, ReadItem> unique, JavaRDD<String> messages) {
    /** Drops the {@code losers} (at least one) from the documents, each told where its id was read first. */
    static RepeatedIds of(JavaPairRDD<Long, ReadItem> documents, JavaPairRDD<Long, Long> losers, DocumentNumbers placement) {
      // each loser is told where its id was read first, as the local scan tells it: the winners' origins (one string
      // per repeated id) are looked up where the winners were read and brought to their losers' partitions
      JavaPairRDD<Long, String> firstReadAt = documents
          .join(losers.mapToPair(l -> new Tuple2<>(l._2(), l._1())).partitionBy(placement))
          .mapToPair(w -> new Tuple2<>(w._2()._2(), w._2()._1().document().origin()))
          .partitionBy(placement);
      JavaPairRDD<Long, Tuple2<ReadItem, Optional<String>>> marked = documents.leftOuterJoin(firstReadAt);
      JavaPairRDD<Long, ReadItem> unique = marked.filter(d -> !d._2()._2().isPresent()).mapValues(d -> d._1());
      // in read order, as the local scan says them
      JavaRDD<String> messages = marked.filter(d -> d._2()._2().isPresent())
          .mapValues(d -> DuplicateIdAdvice.line(d._1().document().id(), d._2().get(), d._1().document().origin()))
          .sortByKey(true, 1)
          .values()
          .persist(DistributedScan.KEEP);
      return new RepeatedIds(unique, messages);
    }
  }

  /** The input problems for the stats: all of them, and those that left a file or record out. */
  private record ProblemCounts(long all, long skipped) {
    /** Counts the problems of the read {@code items} and of the listing. */
    static ProblemCounts of(JavaPairRDD<Long, ReadItem> items, List<String> listingProblems) {
      // one pass counts both: the problems that left something out, and those that only warned
      Map<Boolean, Long> readProblems = items.values().filter(i -> !i.isDocument() && !i.note())
          .map(i -> ProblemSummary.saysSkipped(i.problem())).countByValue();
      long listedSkipped = listingProblems.stream().filter(ProblemSummary::saysSkipped).count();
      long skipped = readProblems.getOrDefault(true, 0L) + listedSkipped;
      long all = readProblems.getOrDefault(true, 0L) + readProblems.getOrDefault(false, 0L) + listingProblems.size();
      return new ProblemCounts(all, skipped);
    }
  }

  /**
   * The repeated ids said on stderr, where {@code doppel scan} says each: the first this many in read order, then how many
   * more {@code problems/} holds, so that a corpus with a million repeats does not fill the driver's log.
   */
  static final int SHOWN_REPEATED_IDS = 50;

  /** The stderr lines for {@code count} repeated ids whose first lines (in read order) are {@code first}. */
  static List<String> sayRepeatedIds(List<String> first, long count, String out) {
    List<String> said = new ArrayList<>(first.size() + 1);
    first.forEach(line -> said.add("doppel-spark: " + line));
    if (count > first.size()) {
      said.add("doppel-spark: and " + (count - first.size()) + " more documents whose id was read before, each skipped (every one"
          + " named in " + out + "/problems)");
    }
    return said;
  }

  /** Drops the cached reads once the documents are analysed. */
  void release() {
    items.release();
    losers.unpersist(false);
  }

  /** The documents and problems of a partition's files, one file in memory at a time, each keyed by its number. */
  private static Iterator<Tuple2<Long, ReadItem>> read(Iterator<Tuple2<Long, InputFile>> files, InputFileReader reader) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, 0), false)
        .flatMap(file -> reader.read(file._2()).stream()
            .map(item -> new Tuple2<>(DocumentNumbers.number(item.fileOrder(), Math.max(0, item.recordOrder())), item)))
        .iterator();
  }

  /** Each document of a repeated id but the first in read order, keyed by its number, with the first's number. */
  private static Iterator<Tuple2<Long, Long>> allButFirst(Tuple2<String, Iterable<Long>> id) {
    List<Long> numbers = new ArrayList<>();
    id._2().forEach(numbers::add);
    if (numbers.size() < 2) {
      return Collections.emptyIterator();
    }
    numbers.sort(null); // numbers follow the read order: file, then place in the file
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (int i = 1; i < numbers.size(); i++) {
      out.add(new Tuple2<>(numbers.get(i), numbers.get(0)));
    }
    return out.iterator();
  }
}
