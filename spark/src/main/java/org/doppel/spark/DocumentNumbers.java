package org.doppel.spark;

import org.apache.spark.Partitioner;

/**
 * Numbers documents by where they were read, {@code fileOrder << 32 | recordOrder}, and places every
 * document in the partition of its file. The documents are read straight into this partitioning, so the
 * joins that bring texts to pairs move only the pairs: the documents' texts never cross the network whole.
 */
final class DocumentNumbers extends Partitioner {
  private final int partitions;

  DocumentNumbers(int partitions) {
    this.partitions = partitions;
  }

  static long number(long fileOrder, long recordOrder) {
    return fileOrder << 32 | recordOrder;
  }

  static long fileOf(long number) {
    return number >>> 32;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long file = fileOf((Long) key);
    return (int) Math.floorMod(Long.hashCode(file * 0x9E3779B97F4A7C15L), (long) partitions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentNumbers d && d.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
