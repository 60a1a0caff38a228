package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelLinesTest {
  /** One line per number, of a length that varies with it. */
  private static void lines(Iterable<Integer> numbers, Writer out) throws IOException {
    for (int n : numbers) {
      out.write(n + ":" + "x".repeat(n % 17) + "\n");
    }
  }

  private static String written(List<Integer> numbers, int threads) throws IOException {
    StringWriter out = new StringWriter();
    ParallelLines.write(numbers, threads, ParallelLinesTest::lines, out);
    return out.toString();
  }

  @Test
  void theTextIsTheSameOnAnyNumberOfThreads() throws IOException {
    for (int size : new int[] {0, 1, ParallelLines.CHUNK, ParallelLines.CHUNK + 1, 7 * ParallelLines.CHUNK + 3}) {
      List<Integer> numbers = IntStream.range(0, size).boxed().toList();
      String one = written(numbers, 1);
      assertThat(one.lines()).hasSize(size);
      for (int threads : new int[] {2, 3, 8}) {
        assertThat(written(numbers, threads)).as("%d items on %d threads", size, threads).isEqualTo(one);
      }
    }
  }

  /** Items that are not a list (a stream's) are formatted on the caller's thread as they come, never held whole. */
  @Test
  void itemsThatAreNotAListAreFormattedOnceOnTheCallersThread() throws IOException {
    List<Integer> numbers = IntStream.range(0, 3 * ParallelLines.CHUNK).boxed().toList();
    Iterable<Integer> streamed = () -> numbers.iterator();
    List<Thread> formattedOn = new java.util.ArrayList<>();
    StringWriter out = new StringWriter();
    ParallelLines.write(streamed, 4, (items, to) -> {
      formattedOn.add(Thread.currentThread());
      lines(items, to);
    }, out);
    assertThat(formattedOn).containsExactly(Thread.currentThread());
    assertThat(out.toString()).isEqualTo(written(numbers, 1));
  }

  @Test
  void aFailureWhileFormattingReachesTheCaller() {
    List<Integer> numbers = IntStream.range(0, 5 * ParallelLines.CHUNK).boxed().toList();
    assertThatThrownBy(() -> ParallelLines.write(numbers, 2, (chunk, out) -> {
      if (((List<Integer>) chunk).contains(3 * ParallelLines.CHUNK)) {
        throw new IOException("disk full");
      }
    }, new StringWriter())).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThatThrownBy(() -> ParallelLines.write(numbers, 0, ParallelLinesTest::lines, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
