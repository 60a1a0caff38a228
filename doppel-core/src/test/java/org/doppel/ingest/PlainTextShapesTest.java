package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text files as old editors, other systems and crashed writers leave them. */
class PlainTextShapesTest {
  private static final String STORY = "Ferry Times\nBy Lena Orvik\n5 June 2023\n\n"
      + "The night ferry to the islands will run again from July, the harbour board said on Monday.\n"
      + "Tickets go on sale next week.\n";

  @TempDir
  Path root;

  private final List<IngestProblem> problems = new ArrayList<>();

  private SourceText read(String name, byte[] bytes) throws IOException {
    Files.write(root.resolve(name), bytes);
    return new CorpusReader(problems::add).readAll(List.of(root.resolve(name))).get(0);
  }

  @Test
  void linesEndedByACarriageReturnAloneAreReadAsLinesWithTheirOffsetsKept() throws IOException {
    String mac = STORY.replace('\n', '\r');
    SourceText text = read("mac.txt", mac.getBytes(StandardCharsets.UTF_8));
    assertThat(text.text()).isEqualTo(STORY).hasSameSizeAs(mac);
    assertThat(text.metadata().title()).isEqualTo("Ferry Times");
    assertThat(text.metadata().author()).isEqualTo("Lena Orvik");
    assertThat(text.metadata().date()).isEqualTo(LocalDate.of(2023, 6, 5));
    assertThat(problems).isEmpty();
  }

  @Test
  void windowsLineEndsAndMixedOnesKeepTheirCarriageReturnsBeforeALineFeed() throws IOException {
    String windows = STORY.replace("\n", "\r\n");
    assertThat(read("win.txt", windows.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(windows);
    assertThat(LineEnds.loneCarriageReturnsAsLineFeeds("a\r\nb\rc\r")).isEqualTo("a\r\nb\nc\n");
    String none = "no carriage return";
    assertThat(LineEnds.loneCarriageReturnsAsLineFeeds(none)).isSameAs(none);
  }

  @Test
  void aMacFileInUtf16OrWindows1252IsReadAsLinesToo() throws IOException {
    String mac = STORY.replace("Ortiz", "Ortíz").replace('\n', '\r');
    assertThat(read("legacy.txt", mac.getBytes(java.nio.charset.Charset.forName("windows-1252"))).metadata().title()).isEqualTo("Ferry Times");
    byte[] utf16 = ("\uFEFF" + mac).getBytes(StandardCharsets.UTF_16BE);
    assertThat(read("wide.txt", utf16).text()).isEqualTo(STORY.replace("Ortiz", "Ortíz"));
  }

  @Test
  void nulBytesPaddingAShortTextAreLeftOutWithAWarningInsteadOfRefusingTheFile() throws IOException {
    byte[] padded = Arrays.copyOf(STORY.getBytes(StandardCharsets.UTF_8), STORY.length() + 4096);
    SourceText text = read("padded.txt", padded);
    assertThat(text.text()).isEqualTo(STORY);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.skipped()).isFalse();
      assertThat(p.message()).isEqualTo("4096 NUL bytes after the text (padding) left out");
    });
  }

  @Test
  void nulBytesPaddingALongTextAreLeftOutTooRatherThanReadAsText() throws IOException {
    String paragraph = "The harbour board met again on Tuesday to discuss the timetable for the summer season.\n";
    String longStory = STORY + paragraph.repeat(120); // past the 8 KB the binary test reads
    byte[] padded = Arrays.copyOf(longStory.getBytes(StandardCharsets.UTF_8), longStory.length() + 100);
    assertThat(read("long.txt", padded).text()).isEqualTo(longStory).doesNotContain("\0");
  }

  @Test
  void aFileOfNulsAloneIsStillRefusedAndUtf16EndingInAZeroByteIsReadWhole() throws IOException {
    Files.write(root.resolve("zeros.txt"), new byte[64]);
    assertThat(new CorpusReader(problems::add).readAll(List.of(root.resolve("zeros.txt")))).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.skipped()).isTrue());
    byte[] utf16 = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16LE); // ends in '\n', 0x0A 0x00
    assertThat(read("le.txt", utf16).text()).isEqualTo(STORY);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedAsBinaryWithoutAWordOfPadding() throws IOException {
    Files.write(root.resolve("wide.txt"), STORY.getBytes(StandardCharsets.UTF_16LE)); // ends in a zero byte
    assertThat(new CorpusReader(problems::add).readAll(List.of(root.resolve("wide.txt")))).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("looks like a binary file"));
  }

  @Test
  void aJsonLinesFileInUtf16IsNamedAsSuchAndAByteOrderMarkedUtf8OneIsRead() throws IOException {
    String lines = "{\"id\": \"ferry\", \"text\": \"The night ferry runs again from July.\"}\r\n";
    Files.write(root.resolve("wide.jsonl"), ("\uFEFF" + lines).getBytes(StandardCharsets.UTF_16LE));
    assertThat(new CorpusReader(problems::add).readAll(List.of(root.resolve("wide.jsonl")))).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
        "is UTF-16 (its byte-order mark says so), and JSON Lines must be UTF-8: convert it (iconv -f UTF-16 -t UTF-8)"));
    assertThat(read("marked.jsonl", ("\uFEFF" + lines).getBytes(StandardCharsets.UTF_8)).id()).isEqualTo("ferry");
  }
}
