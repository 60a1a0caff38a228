package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final List<IngestProblem> warnings = new ArrayList<>();

  private String decode(byte[] bytes) throws IngestException {
    return TextDecoder.decode(bytes, "f.txt", warnings::add);
  }

  @Test
  void utf8IsDecodedWithoutWarning() throws IngestException {
    assertThat(decode("naïve 😀".getBytes(StandardCharsets.UTF_8))).isEqualTo("naïve 😀");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() throws IngestException {
    assertThat(decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'})).isEqualTo("hi");
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() throws IngestException {
    assertThat(decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'})).isEqualTo("hi");
    assertThat(decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0})).isEqualTo("hi");
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithAWarning() throws IngestException {
    assertThat(decode(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'x', (byte) 0x94})).isEqualTo("café “x”");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo("f.txt");
      assertThat(w.skipped()).isFalse();
    });
  }

  @Test
  void emptyAndBinaryInputIsRefused() {
    assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(IngestException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> decode(new byte[] {'a', 0, 'b'})).isInstanceOf(IngestException.class).hasMessageContaining("binary");
    byte[] controls = new byte[100];
    java.util.Arrays.fill(controls, (byte) 1);
    assertThatThrownBy(() -> decode(controls)).isInstanceOf(IngestException.class);
  }

  @Test
  void aGenuineReplacementCharacterIsValidUtf8() throws IngestException {
    assertThat(decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a \uFFFD b");
    assertThat(warnings).isEmpty();
  }

  @Test
  void theBytesAreKeptOnlyWhenTheyAreTheTextsUtf8() throws IngestException {
    byte[] plain = "naïve — ok".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decodeKeepingUtf8(plain, "f.txt", warnings::add).utf8()).isSameAs(plain);
    byte[] marked = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decodeKeepingUtf8(marked, "f.txt", warnings::add).utf8()).isNull();
    byte[] legacy = {'c', 'a', 'f', (byte) 0xE9};
    assertThat(TextDecoder.decodeKeepingUtf8(legacy, "f.txt", warnings::add)).satisfies(d -> {
      assertThat(d.text()).isEqualTo("café");
      assertThat(d.utf8()).isNull();
    });
  }

  @Test
  void decodesIntoAnArrayExactlyWhatIsKeptAsUtf8() throws IngestException {
    // pieces of every length and lead byte, valid and not: overlong forms, surrogates, beyond U+10FFFF, cut short
    int[][] pieces = {{'a'}, {' '}, {'\n'}, {'\r'}, {0x01}, {0}, {0x7F}, {0xC2, 0xA9}, {0xC3, 0xA9}, {0xDF, 0xBF}, {0xC0, 0x80}, {0xC1, 0xBF},
        {0xE0, 0xA0, 0x80}, {0xE0, 0x9F, 0xBF}, {0xE2, 0x80, 0x94}, {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBD},
        {0xEF, 0xBB, 0xBF}, {0xF0, 0x9F, 0x98, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80},
        {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xBF}, {0xE2, 0x80}, {0xF0, 0x9F, 0x98}, {0xFE}, {0xFF}, {0xC3}};
    java.util.Random random = new java.util.Random(3);
    for (int n = 0; n < 20_000; n++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i = random.nextInt(8); i > 0; i--) {
        for (int b : pieces[random.nextInt(pieces.length)]) {
          out.write(b);
        }
      }
      byte[] bytes = out.toByteArray();
      char[] chars = new char[bytes.length];
      int length = TextDecoder.decodeUtf8(bytes, chars);
      TextDecoder.Decoded kept = null;
      try {
        kept = TextDecoder.decodeKeepingUtf8(bytes, "f.txt", warnings::add);
      } catch (IngestException refused) {
        kept = null; // empty or binary
      }
      boolean keptAsUtf8 = kept != null && kept.utf8() != null;
      assertThat(length >= 0).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(keptAsUtf8);
      if (keptAsUtf8) {
        assertThat(new String(chars, 0, length)).isEqualTo(kept.text());
      }
    }
  }

  @Test
  void binaryIsTestedOnTheLeadingBytesAsBeforeOnTheArrayPath() throws IngestException {
    for (int controls : new int[] {409, 410}) { // one control byte in 20 of the 8,192 bytes read is binary
      byte[] bytes = new byte[8_192 + 600];
      java.util.Arrays.fill(bytes, (byte) 'a');
      for (int i = 0; i < controls; i++) {
        bytes[i * 19] = 0x01;
      }
      for (int i = 8_192; i < bytes.length; i++) {
        bytes[i] = i == 8_500 ? 0 : (byte) 0x02; // beyond the bytes read: a NUL and control bytes do not count
      }
      char[] chars = new char[bytes.length];
      int length = TextDecoder.decodeUtf8(bytes, chars);
      if (controls == 409) {
        assertThat(new String(chars, 0, length)).isEqualTo(decode(bytes));
      } else {
        assertThat(length).isEqualTo(-1);
        assertThatThrownBy(() -> decode(bytes)).isInstanceOf(IngestException.class);
      }
    }
  }

  /** The byte-by-byte check says what the JDK's reporting decoder says, on short random byte strings biased to UTF-8's lead and continuation bytes. */
  @Test
  void isUtf8AgreesWithTheJdksStrictDecoder() {
    var random = new java.util.Random(20261205);
    byte[] pool = {0x41, (byte) 0x80, (byte) 0x8f, (byte) 0x90, (byte) 0x9f, (byte) 0xa0, (byte) 0xbf, (byte) 0xc0, (byte) 0xc2,
        (byte) 0xdf, (byte) 0xe0, (byte) 0xed, (byte) 0xef, (byte) 0xf0, (byte) 0xf4, (byte) 0xf5, (byte) 0xff};
    int valid = 0;
    for (int round = 0; round < 200_000; round++) {
      byte[] bytes = new byte[1 + random.nextInt(6)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
      }
      boolean jdk = jdkAccepts(bytes);
      valid += jdk ? 1 : 0;
      assertThat(TextDecoder.isUtf8(bytes)).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(jdk);
    }
    assertThat(valid).isGreaterThan(5_000); // both answers were exercised (about 9,400 of the 200,000 are valid)
  }

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
