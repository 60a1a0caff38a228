package org.doppel.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.doppel.ScanPhotos;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.relate.SharedPhoto;

/**
 * A scan's shared photos, looked for beside the text scan when it runs on more than one thread: they depend on
 * the documents alone, and after the text scan they were a few tenths of a second on one thread at 100,000
 * documents (every document's figures read, the image readers started) while the other core idled. On one
 * thread they are found when asked, as before. The problems met are held and reported when the result is asked
 * for, where the scan reported them before.
 */
final class BackgroundPhotos {
  private final Function<Consumer<IngestProblem>, Map<String, List<SharedPhoto>>> result;

  private BackgroundPhotos(Function<Consumer<IngestProblem>, Map<String, List<SharedPhoto>>> result) {
    this.result = result;
  }

  /** No photos: the scan was asked not to look. */
  static BackgroundPhotos none() {
    return new BackgroundPhotos(report -> Map.of());
  }

  /** The photos {@code documents} share: found from now on, on a thread of their own, or when asked on one thread. */
  static BackgroundPhotos find(ScanPhotos photos, List<SourceText> documents, int threads) {
    if (threads == 1) {
      return new BackgroundPhotos(report -> photos.find(documents, report));
    }
    List<IngestProblem> problems = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Map<String, List<SharedPhoto>>> found = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        found.complete(photos.find(documents, problems::add));
      } catch (Throwable e) {
        found.completeExceptionally(e);
      }
    }, "doppel-photos");
    thread.setDaemon(true);
    thread.start();
    return new BackgroundPhotos(report -> {
      try {
        return found.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      } finally {
        problems.forEach(report);
      }
    });
  }

  /** The shared photos by document pair, once found; the problems met go to {@code report} first, in order. */
  Map<String, List<SharedPhoto>> result(Consumer<IngestProblem> report) {
    return result.apply(report);
  }
}
