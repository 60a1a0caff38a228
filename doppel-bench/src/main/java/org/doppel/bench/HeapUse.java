package org.doppel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much heap a benchmark's scan holds and peaks at, three ways, as none is exact alone: the live heap after
 * collections (what the corpus keeps), the heap pools' peaks (an upper bound) and a sampler's highest reading
 * every 20 ms (a lower bound on the peak).
 */
final class HeapUse {
  private HeapUse() {}

  /** Heap in use after three collections: about what is reachable. */
  static long live() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Starts the heap pools' peaks afresh, for {@link #poolPeaks}. */
  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum over heap pools of their peak use since the last reset: an upper bound on the peak heap. */
  static long poolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Samples used heap every 20 ms on a daemon thread. */
  static final class Sampler {
    private final AtomicLong max = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    void start() {
      thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
        Runtime runtime = Runtime.getRuntime();
        while (running) {
          max.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    void stop() {
      running = false;
      thread.interrupt();
    }

    long max() {
      return max.get();
    }
  }
}
