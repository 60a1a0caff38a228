package org.doppel.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.doppel.ingest.Compression;
import org.doppel.ingest.ExpandedBytes;
import org.doppel.ingest.IngestProblem;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * One walk through a crawl's records, each record read whole handed to a {@link Handler}: the one piece of logic by
 * which the pages' reader ({@link WarcPageReader}) and the pictures' reader ({@link WarcImageReader}) get past damage. A
 * corrupt or truncated record is named with its byte offset (once for a run of bad bytes) and reading resumes at the
 * next record start found after it: a gzip member or a {@code WARC/} version line in a file; in a .warc.gz written as
 * one gzip stream, in the file read again from its start, decompressed; in a stream (an archive's member, a .warc.bz2,
 * .warc.xz), in the bytes it kept ({@link ReplayWindow}); a .warc.zst is read frame by frame, a damaged frame costing
 * what it held. Where nothing can be read past the break (compressed data corrupt past repair), the message says so and
 * how many records were read. This class chooses how a crawl is read, by its compression; each read through it is a
 * {@link RecordPass}.
 */
final class RecordWalk {
  /** What a walk does with a record read whole. */
  interface Handler {
    /**
     * Takes {@code record}, found at {@code location} ({@code FILE@OFFSET}, with the record's number in a compressed
     * crawl); an {@link IOException} or {@link UncheckedIOException} names the record as corrupt or truncated.
     */
    void take(WarcRecord record, String location) throws IOException;
  }

  private final DamageReports reports;
  private final Handler handler;

  /**
   * @param damage where each damaged place is named (a reader that leaves the naming to another reader of the same
   *     crawl gives one that drops them)
   * @param warnings where jwarc's warnings about a record are said, or null to pass over them
   */
  RecordWalk(Consumer<IngestProblem> damage, @Nullable Consumer<IngestProblem> warnings, Handler handler) {
    this.reports = new DamageReports(damage, warnings);
    this.handler = handler;
  }

  /** The records named as corrupt or truncated so far. */
  int broken() {
    return reports.broken();
  }

  /** Walks the records of {@code file}, whatever its compression. */
  void read(Path file) throws IOException {
    read(file, ExpandedBytes.UNCOUNTED);
  }

  /**
   * Walks the records of {@code file} as {@link #read(Path)} does, telling {@code expanded} every byte of each record's
   * block as {@link #read(InputStream, String, ExpandedBytes)} does: a .warc.gz is inflated by jwarc, and a record of a
   * gigabyte of zeros in a few kilobytes would be inflated whole to be passed over; a .warc.bz2, .warc.xz or .warc.zst is
   * decompressed here by a stream that counts nothing, so its blocks are told too. A stop it throws ends the walk.
   */
  void read(Path file, ExpandedBytes expanded) throws IOException {
    String name = file.toString();
    Compression compression = Compression.of(file.getFileName().toString());
    if (compression == Compression.ZSTD) {
      // read frame by frame, as a stream: a damaged frame (a record of a .warc.zst) costs that record, and a broken
      // record is passed over in the stream (jwarc reads a .warc.zst from its start, and cannot resume in one)
      try (InputStream in = Compression.zstdFrames(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
          lost -> reports.damaged(name, lost))) {
        read(in, name, expanded);
      }
      return;
    }
    if (compression != Compression.NONE && compression != Compression.GZIP) {
      // bzip2 and xz: jwarc reads neither, so they are streamed, and a broken record passed over in the kept bytes
      try (InputStream in = compression.open(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        read(in, name, expanded);
      }
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(channel)) {
      RecordPass pass = new RecordPass(name, new CrawlBytes.InFile(channel), reader, RecordPass.Start.FIRST, new BlockCount(expanded), reports, handler);
      pass.readAll();
      if (pass.readAgain) {
        readDecompressed(new BufferedInputStream(Files.newInputStream(file), 1 << 16), name, pass);
      }
    }
  }

  /** Walks the records of a stream that cannot be sought in, named {@code name} in messages. */
  void read(InputStream in, String name) throws IOException {
    read(in, name, ExpandedBytes.UNCOUNTED);
  }

  /**
   * Walks the records of a stream as {@link #read(InputStream, String)} does, telling {@code expanded} every byte of
   * each record's block, those the handler read and those passed over, as they are read: a gzip crawl handed over as
   * stored is inflated by jwarc, where no stream of Doppel's sees the bytes it expands to, and a record of a gigabyte
   * of zeros in a few kilobytes (a bomb packed in an archive) would be inflated whole to be passed over. A stop
   * {@code expanded} throws ends the walk and is thrown on ({@link ExpandedBytes#isStop}).
   */
  void read(InputStream in, String name, ExpandedBytes expanded) throws IOException {
    ReplayWindow window = new ReplayWindow(in);
    try (WarcReader reader = new WarcReader(window)) {
      RecordPass pass = new RecordPass(name, new CrawlBytes.Kept(window), reader, RecordPass.Start.FIRST, new BlockCount(expanded), reports, handler);
      pass.readAll();
      if (pass.readAgain) {
        // one gzip stream (an archive's member): its compressed bytes from the start are still in the window
        window.rewindTo(0);
        readDecompressed(CloseShieldInputStream.wrap(window), name, pass);
      }
    }
  }

  /**
   * Reads a .warc.gz written as one gzip stream again after {@code pass} broke in it: the records after the break are in
   * the stream, past where a member would start, so it is decompressed here, the records {@code pass} took are skipped,
   * and reading resumes at the next version line.
   */
  private void readDecompressed(InputStream fromStart, String name, RecordPass pass) throws IOException {
    InputStream inflated = new GZIPInputStream(fromStart, 1 << 16);
    // the inflated stream is what the expansion limit weighs here, every byte once: the records before the break,
    // whose blocks the first pass told, and then the bytes no pass read yet (a search past the break among them, where
    // a broken header before a gigabyte of zeros was read through uncounted)
    try (InputStream again = pass.blocks().expanded().tellingPast(inflated, pass.blocks().told())) {
      ReplayWindow window = new ReplayWindow(again);
      WarcReader decompressed;
      try {
        decompressed = new WarcReader(window);
      } catch (IOException e) {
        ReadFailures.passOnAStop(e);
        // broken within the first bytes jwarc looks at: nothing of it can be read again
        reports.brokenRecord(name + "@" + Math.max(0, pass.lastGood()), DamageWords.unreadableAgain(pass.records(), e));
        return;
      }
      new RecordPass(name, new CrawlBytes.Kept(window), decompressed, pass.again(), new BlockCount(ExpandedBytes.UNCOUNTED), reports, handler).readAll();
    }
  }
}
