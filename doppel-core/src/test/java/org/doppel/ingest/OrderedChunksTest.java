package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedChunksTest {
  /** Each chunk's sum of squares, with the chunk's first item, as handed on. */
  private static List<String> mapped(List<Integer> items, int chunkSize, int threads, int ahead) {
    List<String> out = new ArrayList<>();
    ExecutorService pool = new ForkJoinPool(threads);
    try {
      OrderedChunks.map(pool, items, chunkSize, ahead,
          chunk -> chunk.stream().mapToLong(n -> (long) n * n).sum(),
          (chunk, sum) -> out.add(chunk.get(0) + ".." + chunk.get(chunk.size() - 1) + "=" + sum), RuntimeException.class);
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  @Test
  void theResultsAreHandedOnInOrderWhateverTheThreadsAndChunksAhead() {
    for (int size : new int[] {0, 1, 7, 64, 1000}) {
      List<Integer> items = IntStream.range(0, size).boxed().toList();
      for (int chunkSize : new int[] {1, 3, 64}) {
        List<String> one = mapped(items, chunkSize, 1, 1);
        assertThat(one).hasSize((size + chunkSize - 1) / chunkSize);
        for (int threads : new int[] {2, 3, 8}) {
          for (int ahead : new int[] {1, 2, 5, 100}) {
            assertThat(mapped(items, chunkSize, threads, ahead))
                .as("%d items in chunks of %d, %d threads, %d ahead", size, chunkSize, threads, ahead).isEqualTo(one);
          }
        }
      }
    }
  }

  @Test
  void noMoreThanTheChunksAheadAreMappedBeforeTheirTurn() {
    AtomicInteger started = new AtomicInteger();
    int[] most = {0};
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      OrderedChunks.map(pool, IntStream.range(0, 200).boxed().toList(), 2, 3, chunk -> started.incrementAndGet(),
          (chunk, ignored) -> {
            int taken = chunk.get(0) / 2; // chunks handed on before this one
            most[0] = Math.max(most[0], started.get() - taken); // started and not yet handed on, this one included
          }, RuntimeException.class);
    } finally {
      pool.shutdownNow();
    }
    assertThat(started.get()).isEqualTo(100);
    assertThat(most[0]).isBetween(1, 3);
  }

  @Test
  void aFailureReachesTheCallerAsItWasThrown() {
    ExecutorService pool = new ForkJoinPool(2);
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    try {
      assertThatThrownBy(() -> OrderedChunks.map(pool, items, 4, 2, chunk -> {
        if (chunk.contains(21)) {
          throw new IOException("cannot read 21");
        }
        return chunk.size();
      }, (chunk, size) -> { }, IOException.class)).isInstanceOf(IOException.class).hasMessage("cannot read 21");
      assertThatThrownBy(() -> OrderedChunks.map(pool, items, 4, 2, chunk -> {
        throw new IllegalArgumentException("bad chunk " + chunk.get(0));
      }, (chunk, size) -> { }, RuntimeException.class)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad chunk 0");
      assertThatThrownBy(() -> OrderedChunks.map(pool, items, 0, 2, chunk -> 0, (chunk, size) -> { }, RuntimeException.class))
          .isInstanceOf(IllegalArgumentException.class);
    } finally {
      pool.shutdownNow();
    }
  }
}
