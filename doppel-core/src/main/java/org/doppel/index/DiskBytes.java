package org.doppel.index;

/**
 * An index's files by what they hold, from Lucene's file extensions.
 *
 * @param storedFields the stored fields (.fdt, .fdx, .fdm): compressed text, id, origin, metadata, pictures
 * @param terms the terms dictionaries (.tim, .tip, .tmd): every key, word and id
 * @param postings the postings lists (.doc, .pos, .pay, .psm) and norms (.nvd, .nvm)
 * @param vectors the short texts' vectors and their HNSW graph (.vec, .vex, .vem and the like)
 * @param other segment and field infos, live documents, commit points
 * @param uncommitted files the last commit does not hold: an add still running, or one cut short (killed, or
 *     stopped by a full disk), whose files the next writer to open the index deletes. Counted among the parts,
 *     an add killed before its first commit showed megabytes of "stored fields" beside "documents": 0
 */
public record DiskBytes(long storedFields, long terms, long postings, long vectors, long other, long uncommitted) {
  public long total() {
    return storedFields + terms + postings + vectors + other + uncommitted;
  }
}
