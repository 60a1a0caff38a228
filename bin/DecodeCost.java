import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Thread CPU per document of three ways (and a fourth) to decode a plain-text file's UTF-8 into a reused char array, as
 * {@code CorpusReader} does on reading (docs/benchmarks.md, "Twelfth pass"). Each way gives the chars of the bytes, or
 * -1 for what reading must take another path for (empty, a UTF-8 byte-order mark, binary, invalid UTF-8):
 * <ul>
 *   <li>{@code hand}: the jar's hand-written strict decoder ({@code TextDecoder.decodeUtf8}, the eleventh pass's),
 *       which makes the binary test on the way;</li>
 *   <li>{@code jdk}: the JDK's {@code CharsetDecoder} for UTF-8 with {@code REPORT}, one per thread, reset per file,
 *       from {@code ByteBuffer.wrap(bytes)} into {@code CharBuffer.wrap(array)}, after the binary test (the jar's
 *       {@code TextDecoder.looksBinary});</li>
 *   <li>{@code string}: {@code new String(bytes, UTF_8)}, searched for U+FFFD (and only then validated strictly), and
 *       {@code getChars} into the array, after the binary test;</li>
 *   <li>{@code jdk-swar}: {@code jdk} after a binary test that reads eight bytes at a time, the fastest the JDK's way
 *       was made: the byte-by-byte binary test is most of what {@code jdk} pays beyond {@code hand}.</li>
 * </ul>
 * The files are read into memory first; each round times each way over all of them, in an order that turns each
 * round, and checks that they all give the same chars. Run it as ./doppel runs a scan, with C1 only, on one core:
 *
 * <pre>taskset -c 1 java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn64m -cp doppel-cli/target/doppel.jar bin/DecodeCost.java /tmp/data/g20k-s7 6</pre>
 */
public class DecodeCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] WAYS = {"hand", "jdk", "string", "jdk-swar"};

  public static void main(String[] args) throws Exception {
    List<byte[]> files = new ArrayList<>();
    try (var list = Files.list(Path.of(args[0]))) {
      for (Path file : list.sorted().toList()) {
        if (file.toString().endsWith(".txt")) {
          files.add(Files.readAllBytes(file));
        }
      }
    }
    int rounds = Integer.parseInt(args[1]);
    long bytes = 0;
    int nonAscii = 0;
    for (byte[] file : files) {
      bytes += file.length;
      for (byte b : file) {
        if (b < 0) {
          nonAscii++;
          break;
        }
      }
    }
    int n = files.size();
    System.out.printf("%s: %d files, %d bytes a file, %d with non-ASCII bytes%n", args[0], n, bytes / n, nonAscii);
    char[] out = new char[8192];
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ", us a document:");
      long[] sums = new long[WAYS.length];
      for (int k = 0; k < WAYS.length; k++) {
        int way = (k + round) % WAYS.length;
        long sum = 0;
        long t0 = cpu();
        for (byte[] file : files) {
          if (out.length < file.length) {
            out = new char[file.length];
          }
          int length = switch (way) {
            case 0 -> Hand.decodeUtf8(file, out);
            case 1 -> Jdk.decodeUtf8(file, out);
            case 2 -> ViaString.decodeUtf8(file, out);
            default -> Jdk.decodeUtf8(file, out, true);
          };
          sum = sum * 31 + length + (length > 0 ? out[length - 1] + out[length / 2] : 0);
        }
        long t1 = cpu();
        sums[way] = sum;
        line.append(String.format(" %s %5.2f", WAYS[way], (t1 - t0) / 1e3 / n));
      }
      long refused = 0;
      long t0 = cpu();
      for (byte[] file : files) { // what the JDK's ways pay before decoding, and the hand-written one on the way
        refused += Checks.refused(file) ? 1 : 0;
      }
      line.append(String.format(" (of which the binary test alone %5.2f)", (cpu() - t0) / 1e3 / n));
      long t1 = cpu();
      for (byte[] file : files) {
        refused += Checks.refusedBySwar(file) ? 1 : 0;
      }
      line.append(String.format(" (word at a time %5.2f)", (cpu() - t1) / 1e3 / n));
      if (refused < 0 || sums[0] != sums[1] || sums[0] != sums[2] || sums[0] != sums[3]) {
        throw new IllegalStateException("the ways disagree");
      }
      System.out.println(line);
    }
    for (byte[] file : files) { // the full chars, once
      char[] a = new char[file.length];
      char[] b = new char[file.length];
      char[] c = new char[file.length];
      int la = Hand.decodeUtf8(file, a);
      if (la != Jdk.decodeUtf8(file, b) || la != ViaString.decodeUtf8(file, c) || la != Jdk.decodeUtf8(file, new char[file.length], true)
          || !java.util.Arrays.equals(a, b) || !java.util.Arrays.equals(a, c)) {
        throw new IllegalStateException("the ways disagree");
      }
    }
    System.out.println("every way gives the same chars for every file");
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** What the JDK's ways test before decoding: TextDecoder's own tests, and a faster binary test. */
  static final class Checks {
    static final int BINARY_SAMPLE = 8192;
    private static final MethodHandle LOOKS_BINARY = decoderMethod("looksBinary", MethodType.methodType(boolean.class, byte[].class));

    static boolean looksBinary(byte[] bytes) {
      try {
        return (boolean) LOOKS_BINARY.invokeExact(bytes);
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    static boolean refused(byte[] bytes) {
      return hasNoUtf8(bytes) || looksBinary(bytes);
    }

    static boolean refusedBySwar(byte[] bytes) {
      return hasNoUtf8(bytes) || looksBinaryByWords(bytes);
    }

    /** Empty, or a UTF-8 byte-order mark: what TextDecoder.decodeUtf8 leaves to the other path. */
    private static boolean hasNoUtf8(byte[] bytes) {
      return bytes.length == 0 || bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** TextDecoder.looksBinary, eight bytes at a time: only a word that holds a byte below 0x20 is read byte by byte. */
    static boolean looksBinaryByWords(byte[] bytes) {
      int sample = Math.min(bytes.length, BINARY_SAMPLE);
      int control = 0;
      int i = 0;
      for (; i + 8 <= sample; i += 8) {
        long x = (long) LONGS.get(bytes, i);
        if (((x - 0x2020202020202020L) & ~x & 0x8080808080808080L) != 0) { // a byte below 0x20 (one of 0x80 or more has its top bit set in x)
          int controls = controls(bytes, i, i + 8);
          if (controls < 0) {
            return true;
          }
          control += controls;
        }
      }
      int controls = controls(bytes, i, sample);
      return controls < 0 || (control + controls) * 20 > sample;
    }

    /** The control bytes in {@code bytes[from, to)} other than line breaks, tabs and form feeds, or -1 for a NUL. */
    private static int controls(byte[] bytes, int from, int to) {
      int control = 0;
      for (int i = from; i < to; i++) {
        int b = bytes[i] & 0xFF;
        if (b < 0x20) {
          if (b == 0) {
            return -1;
          }
          if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
            control++;
          }
        }
      }
      return control;
    }
  }

  /** {@code org.doppel.ingest.TextDecoder}'s package-private or private static method (the jar's unnamed module opens it). */
  static MethodHandle decoderMethod(String name, MethodType type) {
    try {
      Class<?> decoder = Class.forName("org.doppel.ingest.TextDecoder");
      return MethodHandles.privateLookupIn(decoder, MethodHandles.lookup()).findStatic(decoder, name, type);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The jar's TextDecoder.decodeUtf8: the hand-written decoder, which makes the binary test on the way. */
  static final class Hand {
    private static final MethodHandle DECODE = decoderMethod("decodeUtf8", MethodType.methodType(int.class, byte[].class, char[].class));

    static int decodeUtf8(byte[] bytes, char[] out) {
      try {
        return (int) DECODE.invokeExact(bytes, out);
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static final class Jdk {
    private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

    static int decodeUtf8(byte[] bytes, char[] out) {
      return decodeUtf8(bytes, out, false);
    }

    static int decodeUtf8(byte[] bytes, char[] out, boolean byWords) {
      if (byWords ? Checks.refusedBySwar(bytes) : Checks.refused(bytes)) {
        return -1;
      }
      CharsetDecoder decoder = DECODER.get().reset();
      CharBuffer chars = CharBuffer.wrap(out);
      CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), chars, true);
      if (result.isUnderflow()) {
        result = decoder.flush(chars);
      }
      if (!result.isUnderflow()) {
        return -1; // malformed (the array is at least as long as the bytes, so never an overflow)
      }
      return chars.position();
    }
  }

  static final class ViaString {
    static int decodeUtf8(byte[] bytes, char[] out) {
      if (Checks.refused(bytes)) {
        return -1;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes)) {
        return -1;
      }
      text.getChars(0, text.length(), out, 0);
      return text.length();
    }

    static boolean isValidUtf8(byte[] bytes) {
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        return true;
      } catch (CharacterCodingException e) {
        return false;
      }
    }
  }
}
