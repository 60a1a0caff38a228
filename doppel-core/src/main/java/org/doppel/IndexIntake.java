package org.doppel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.doppel.document.Document;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.VectorSearch;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * How documents enter a {@link DoppelIndex}: each of a batch analysed, fingerprinted with its fact keys, its lines in
 * their surroundings and its pictures read, and put into the store, on a pool of {@link Settings#threads()}. The
 * store takes puts from many threads at once; the index checks it is open and the ids before it comes here.
 */
final class IndexIntake {
  private final IndexParts index;
  private final int threads;

  IndexIntake(IndexParts index, int threads) {
    this.index = index;
    this.threads = threads;
  }

  /**
   * Adds the documents, replacing any with the same id: where the list holds an id more than once, the last document
   * with it. {@code pages} reads each document's pictures; null reads no file.
   */
  void add(List<SourceText> documents, @Nullable PagePictures pages, Consumer<IngestProblem> problems) throws IOException {
    List<SourceText> batch = lastOfEachId(documents);
    try {
      onPool(threads, () -> {
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
          SourceText source = batch.get(i);
          Document document = index.analyzer().analyze(source);
          StockLines.Lines documentLines = index.lines().lines(document.words());
          Fingerprint fingerprint = index.indexFingerprinter().fingerprint(document);
          try {
            index.store().put(source, fingerprint, document.words().hashes(), documentLines.keys(),
                documentLines.inSurroundings(), pages == null ? List.of() : index.photos().pictures(source, pages, problems),
                VectorSearch.SHORT_TEXTS.queries(fingerprint.wordCount()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        return null;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The documents to add, each id once: where an id repeats, its last document, as adding them one by one would
   * leave it. The batch is added in parallel, and which of two documents with one id stayed was left to chance.
   */
  private static List<SourceText> lastOfEachId(List<SourceText> documents) {
    Map<String, SourceText> last = new LinkedHashMap<>();
    for (SourceText source : documents) {
      last.remove(source.id()); // so that the order is that of the last documents
      last.put(source.id(), source);
    }
    return last.size() == documents.size() ? documents : List.copyOf(last.values());
  }

  /** Runs {@code work} on its own pool of {@code threads}, so its parallel streams use that many. */
  private static <T> T onPool(int threads, Callable<T> work) {
    return CorpusLock.onPool(threads, null, work);
  }
}
