package org.doppel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.doppel.fingerprint.photo.PhotoHasher;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.ingest.IngestException;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.image.ImageDecoder;
import org.doppel.ingest.image.ImageInput;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoMatcher;
import org.doppel.match.photo.PhotoPair;
import org.doppel.match.photo.PhotoThresholds;
import org.jspecify.annotations.Nullable;

/**
 * Finds the pairs of pictures that show the same photo: decodes and hashes pictures in parallel, a
 * block at a time, and matches each against the ones before it through the photo index (no
 * all-pairs comparison) while the next block is hashed. Memory: the kept hashes (192 bytes a picture) and the index around them;
 * pixels live only while a block is hashed. A picture that cannot be read is reported to the problem
 * sink with its location and skipped.
 *
 * <pre>{@code
 * PhotoFinder finder = new PhotoFinder(2, PhotoThresholds.DEFAULTS);
 * List<PhotoPair> pairs = finder.find(inputs, problem -> System.err.println(problem));
 * }</pre>
 */
public final class PhotoFinder {
  private static final int BLOCK = 256;
  private final int threads;
  private final PhotoThresholds thresholds;
  private final ImageDecoder decoder;
  private final PhotoHasher hasher = new PhotoHasher();

  public PhotoFinder(int threads, PhotoThresholds thresholds) {
    this(threads, thresholds, new ImageDecoder());
  }

  public PhotoFinder(int threads, PhotoThresholds thresholds, ImageDecoder decoder) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.thresholds = thresholds;
    this.decoder = decoder;
  }

  /**
   * What was found: the pictures read and compared, in order, the pairs among them, and how many
   * pictures were read but left out as flat (one colour).
   */
  public record Result(List<String> ids, List<PhotoPair> pairs, int flat) {
    public Result(List<String> ids, List<PhotoPair> pairs) {
      this(ids, pairs, 0);
    }
  }

  /**
   * Whether a picture is one flat colour (PDQ's quality 0: its brightness steps between neighbouring
   * cells sum to under 90 % of one full step over the whole 64×64 grid): a spacer, a lazy-loading
   * placeholder, a tracking pixel. Every DCT coefficient of such a picture is zero, so its hash is all
   * zero bits and equals every other flat picture's, whatever its colour or size: two articles whose
   * figures hold a 1×1 placeholder would share a "photo". Real photos score far above it (42 the lowest
   * of the 400 of photos-dev, 396 of them 100).
   */
  public static boolean isFlat(PhotoHashes hashes) {
    return hashes.fingerprint().quality() == 0;
  }

  /** Reads, hashes and matches every input; unreadable pictures go to {@code problems}. */
  public Result find(Iterable<ImageInput> inputs, Consumer<IngestProblem> problems) {
    PhotoMatcher matcher = new PhotoMatcher(thresholds);
    List<String> ids = new ArrayList<>();
    List<PhotoPair> pairs = new ArrayList<>();
    int flat = 0;
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Iterator<ImageInput> it = inputs.iterator();
      // the next block is hashed on the pool while this thread matches the current one
      Future<List<Hashed>> next = submit(pool, it);
      while (next != null) {
        List<Hashed> hashed = next.get();
        next = submit(pool, it);
        for (Hashed one : hashed) {
          if (one.flat()) {
            flat++;
            continue;
          }
          if (one.hashes().isEmpty()) {
            problems.accept(new IngestProblem(one.input().location(), one.reason(), true));
            continue;
          }
          ids.add(one.input().id());
          for (PhotoMatch match : matcher.add(one.hashes().get())) {
            pairs.add(new PhotoPair(ids.get(match.a()), ids.get(match.b()), match));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing pictures", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("hashing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
    return new Result(ids, pairs, flat);
  }

  /** Starts hashing the next block of inputs on the pool; null when there are none left. */
  private @Nullable Future<List<Hashed>> submit(ForkJoinPool pool, Iterator<ImageInput> it) {
    List<ImageInput> block = new ArrayList<>(BLOCK);
    while (it.hasNext() && block.size() < BLOCK) {
      block.add(it.next());
    }
    return block.isEmpty() ? null : pool.submit(() -> block.parallelStream().map(this::hash).toList());
  }

  /** Decodes and hashes one picture; a picture that cannot be decoded throws, naming what is wrong. */
  public Optional<PhotoHashes> hash(byte[] bytes) throws IngestException {
    return Optional.of(hasher.hash(decoder.decode(bytes)));
  }

  /**
   * Decodes and hashes one picture; one that cannot be read is reported to {@code problems} with its
   * location, and empty; a flat one ({@link #isFlat}) is empty without a problem: it is no photo.
   */
  public Optional<PhotoHashes> hash(ImageInput input, Consumer<IngestProblem> problems) {
    Hashed hashed = hash(input);
    if (hashed.flat()) {
      return Optional.empty();
    }
    if (hashed.hashes().isEmpty()) {
      problems.accept(new IngestProblem(input.location(), hashed.reason(), true));
    }
    return hashed.hashes();
  }

  /**
   * The bytes of the picture {@link #find} compares for an input: its own, or, when it is flat, those of the
   * first picture behind it ({@link ImageInput#otherwise}) that is not; for a report's thumbnail.
   */
  public byte[] bytesCompared(ImageInput input) throws IOException {
    ImageInput at = input;
    while (true) {
      byte[] bytes = at.bytes().read();
      if (at.otherwise().isEmpty()) {
        return bytes;
      }
      try {
        if (!isFlat(hasher.hash(decoder.decode(bytes)))) {
          return bytes;
        }
      } catch (IngestException | RuntimeException e) {
        return bytes; // find reports this picture as unreadable and never reaches the next
      }
      at = at.otherwise().get();
    }
  }

  private record Hashed(ImageInput input, Optional<PhotoHashes> hashes, @Nullable String problem) {
    /** Read, but one flat colour: left out of matching without a problem. */
    boolean flat() {
      return hashes.isPresent() && isFlat(hashes.get());
    }

    /** Why there are no hashes: the problem, which is set whenever they are missing. */
    String reason() {
      return Objects.requireNonNullElse(problem, "cannot read the picture");
    }
  }

  /** Hashes a picture; a flat one gives way to the picture its page offers next, if any ({@link ImageInput#otherwise}). */
  private Hashed hash(ImageInput input) {
    Hashed hashed = hashOne(input);
    return hashed.flat() && input.otherwise().isPresent() ? hash(input.otherwise().get()) : hashed;
  }

  private Hashed hashOne(ImageInput input) {
    try {
      return new Hashed(input, hash(input.bytes().read()), null);
    } catch (IngestException e) {
      return new Hashed(input, Optional.empty(), e.getMessage());
    } catch (IOException e) {
      return new Hashed(input, Optional.empty(), "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // a decoder bug on hostile data must not stop the run
      return new Hashed(input, Optional.empty(), "cannot decode: " + e);
    }
  }
}
