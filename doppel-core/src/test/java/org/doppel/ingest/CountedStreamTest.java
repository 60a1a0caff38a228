package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountedStreamTest {
  private final List<Long> counted = new ArrayList<>();

  private InputStream counting(int bytes) {
    return new CountedStream(new ByteArrayInputStream(new byte[bytes]), counted::add);
  }

  @Test
  void everyByteReadOrSkippedIsCountedOnceAndTheEndCountsNothing() throws IOException {
    try (InputStream in = counting(10)) {
      in.read();
      in.readNBytes(new byte[4], 0, 4);
      in.skip(3);
      in.readAllBytes();
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
      assertThat(in.skip(5)).isZero();
    }
    assertThat(counted).containsExactly(1L, 4L, 3L, 2L);
  }

  @Test
  void markIsRefusedEvenOverAStreamThatCouldMarkSoNoByteIsCountedTwice() throws IOException {
    InputStream under = new BufferedInputStream(new ByteArrayInputStream(new byte[10]));
    try (InputStream in = new CountedStream(under, counted::add)) {
      assertThat(under.markSupported()).isTrue();
      assertThat(in.markSupported()).isFalse();
      in.mark(8);
      in.readNBytes(4);
      assertThatThrownBy(in::reset).isInstanceOf(IOException.class).hasMessageContaining("count bytes twice");
      assertThat(in.readAllBytes()).hasSize(6);
    }
    assertThat(counted.stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
  }

  @Test
  void aCountThatThrowsStopsTheRead() {
    InputStream in = new CountedStream(new ByteArrayInputStream(new byte[10]), bytes -> {
      throw new IngestException("stopped: past the limit");
    });
    assertThatThrownBy(in::readAllBytes).isInstanceOf(IngestException.class).hasMessage("stopped: past the limit");
  }
}
