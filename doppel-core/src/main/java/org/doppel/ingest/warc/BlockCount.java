package org.doppel.ingest.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.doppel.ingest.ExpandedBytes;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Tells the expansion limit every byte of each record's block a pass hands over, those the handler read and those
 * passed over, as jwarc would read them to pass over the block: a pass of its own, so that no walk counts into another's.
 */
final class BlockCount {
  /** Told every byte of the records' blocks. */
  private final ExpandedBytes expanded;
  /** The bytes told {@link #expanded} so far. */
  private long told;
  /** The record last handed to the handler, whose block is still to be counted to the end (null: none, or not counted). */
  private @Nullable WarcRecord uncounted;
  private @Nullable ByteBuffer scratch;

  /**
   * @param expanded told every byte of the records' blocks where the walk expands what no other stream counts ({@link
   *     RecordWalk#read(java.io.InputStream, String, ExpandedBytes)})
   */
  BlockCount(ExpandedBytes expanded) {
    this.expanded = expanded;
  }

  ExpandedBytes expanded() {
    return expanded;
  }

  /** The bytes told so far. */
  long told() {
    return told;
  }

  /** Notes {@code record}, about to be handed over, as the one whose block is to be counted to its end. */
  void handingOver(WarcRecord record) {
    // counted whatever the handler makes of it: a page refused as too large is passed over as any other record
    uncounted = expanded == ExpandedBytes.UNCOUNTED ? null : record;
  }

  /** Forgets the record last handed over: the pass reads on elsewhere, and its block is left behind with the reader. */
  void leaveBehind() {
    uncounted = null;
  }

  /**
   * Reads to its end the block of the record last taken, as jwarc would to pass over it, counting its bytes, those the
   * handler read first included; a block that cannot be read to its end fails here as it would in jwarc's next read.
   */
  void countRestOfBlock() throws IOException {
    WarcRecord record = uncounted;
    uncounted = null;
    if (record == null) {
      return;
    }
    MessageBody block = record.body();
    tell(block.position()); // a stop thrown here is passed on by resumedAfter, as one met in the stream
    if (scratch == null) {
      scratch = ByteBuffer.allocate(1 << 16);
    }
    for (int read = block.read(scratch); read >= 0; read = block.read(scratch)) {
      tell(read);
      scratch.clear();
    }
  }

  private void tell(long bytes) throws IOException {
    told += bytes;
    expanded.add(bytes);
  }
}
