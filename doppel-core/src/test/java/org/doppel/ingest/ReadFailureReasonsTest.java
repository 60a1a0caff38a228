package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class ReadFailureReasonsTest {
  @Test
  void aRefusalSaysItsOwnMessage() {
    assertThat(ReadFailureReasons.of(new IngestException("a Doppel report, not a corpus file"))).isEqualTo("a Doppel report, not a corpus file");
  }

  @Test
  void commonFailuresAreSaidInAReadersWords() {
    assertThat(ReadFailureReasons.of(new EOFException())).isEqualTo("file is truncated (unexpected end of compressed data)");
    assertThat(ReadFailureReasons.of(new IOException("Unexpected end of ZLIB input stream")))
        .isEqualTo("file is truncated (unexpected end of compressed data)");
    assertThat(ReadFailureReasons.of(new ZipException("invalid stored block lengths"))).isEqualTo("corrupt compressed data (invalid stored block lengths)");
    assertThat(ReadFailureReasons.of(new AccessDeniedException("/corpus/a.txt"))).isEqualTo("permission denied");
    assertThat(ReadFailureReasons.of(new NoSuchFileException("/corpus/a.txt")))
        .isEqualTo("no longer there (removed or renamed after the folder was listed)");
    assertThat(ReadFailureReasons.of(new MalformedInputException(1))).isEqualTo("cannot decode text");
  }

  @Test
  void anyOtherFailureIsNamedByItsClassAndMessage() {
    assertThat(ReadFailureReasons.of(new IOException("disk on fire"))).isEqualTo("IOException: disk on fire");
  }
}
