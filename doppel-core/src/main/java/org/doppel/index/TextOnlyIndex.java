package org.doppel.index;

import static org.doppel.index.IndexFields.TEXT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What the live documents' texts alone take on disk, compressed as a {@link LuceneIndex} compresses them
 * ({@link LuceneIndex#compressedTextBytes}): every text is read back and stored again, and nothing else, in a scratch
 * index with the same codec (Lucene's default stored fields, LZ4 in chunks), whose stored-field files are then measured
 * and deleted.
 */
final class TextOnlyIndex {
  private TextOnlyIndex() {}

  /** The stored-field bytes of {@code snapshot}'s live texts written alone into a scratch index under {@code scratchParent}. */
  static long storedBytes(IndexSnapshot snapshot, Path scratchParent) throws IOException {
    Path scratch = Files.createTempDirectory(scratchParent, "doppel-text-only");
    try {
      try (Directory textOnly = FSDirectory.open(scratch);
           IndexWriter out = new IndexWriter(textOnly, new IndexWriterConfig().setRAMBufferSizeMB(256).setUseCompoundFile(false))) {
        Set<String> text = Set.of(TEXT);
        for (LeafReaderContext leaf : snapshot.reader().leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          var stored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              Document only = new Document();
              only.add(new StoredField(TEXT, stored.document(doc, text).get(TEXT)));
              out.addDocument(only);
            }
          }
        }
        out.commit();
        return IndexFileSizes.of(textOnly).storedFields();
      }
    } finally {
      try (Stream<Path> files = Files.list(scratch)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(scratch);
    }
  }
}
