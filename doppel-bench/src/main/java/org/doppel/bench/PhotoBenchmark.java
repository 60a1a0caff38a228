package org.doppel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.doppel.fingerprint.photo.PhotoHasher;
import org.doppel.fingerprint.photo.PhotoHashes;
import org.doppel.ingest.IngestException;
import org.doppel.ingest.image.ImageDecoder;
import org.doppel.ingest.image.ImageFiles;
import org.doppel.ingest.image.LumaImage;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoMatcher;
import org.doppel.match.photo.PhotoThresholds;

/**
 * Scores photo matching on a set made by {@code doppel-bench/scripts/make_photo_set.py}: recall per
 * edit kind on the fit and validation halves, pair precision among all pictures, and the same for a
 * 64-bit difference hash (dHash) baseline compared all pairs against all ({@link DifferenceHash}); with hashing speed.
 * {@link #fitSweep} reads the fit half's distances for choosing thresholds ({@link PhotoFitSweep}).
 */
public final class PhotoBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One edited copy in the truth file. */
  public record Copy(String original, String copy, String edit, String split) {}

  /** A picture's hashes: Doppel's and the dHash baseline's. */
  record Hashed(String id, PhotoHashes hashes, long dhash) {}

  private final List<Copy> truth;
  private final Map<String, String> groups;
  private final Map<String, String> splitOfGroup = new HashMap<>();
  private final List<Hashed> hashed;
  /** Wall and CPU seconds spent decoding and hashing, and pictures hashed. */
  private final double wallSeconds;
  private final double cpuSeconds;
  private final List<String> problems;

  private PhotoBenchmark(List<Copy> truth, Map<String, String> groups, List<Hashed> hashed, double wall, double cpu, List<String> problems) {
    this.truth = truth;
    this.groups = groups;
    this.hashed = hashed;
    this.wallSeconds = wall;
    this.cpuSeconds = cpu;
    this.problems = problems;
    truth.forEach(c -> splitOfGroup.put(groups.get(c.original()), c.split()));
  }

  /** Reads the set under {@code dir} and hashes its pictures on {@code threads} threads. */
  public static PhotoBenchmark load(Path dir, int threads) throws IOException {
    List<Copy> truth = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        truth.add(new Copy(node.get("a").asText(), node.get("b").asText(), node.get("edit").asText(), node.get("split").asText()));
      }
    }
    Map<String, String> groups = new HashMap<>();
    JSON.readTree(dir.resolve("groups.json").toFile()).properties().forEach(e -> groups.put(e.getKey(), e.getValue().asText()));
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir.resolve("images"))) {
      files = listing.filter(p -> ImageFiles.isImage(p.getFileName().toString())).sorted().toList();
    }
    ImageDecoder decoder = new ImageDecoder();
    PhotoHasher hasher = new PhotoHasher();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    List<Hashed> hashed;
    try {
      hashed = pool.submit(() -> files.parallelStream().map(file -> {
        try {
          LumaImage image = decoder.decode(Files.readAllBytes(file));
          return new Hashed(file.getFileName().toString(), hasher.hash(image), DifferenceHash.of(image));
        } catch (IngestException e) {
          problems.add(file + ": " + e.getMessage());
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).filter(Objects::nonNull).toList()).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException("hashing failed: " + e, e);
    } finally {
      pool.shutdown();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    return new PhotoBenchmark(truth, groups, hashed, wall, cpu, problems);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Scores of one configuration: recall per edit per split, and precision. */
  public record Scores(Map<String, double[]> recallFitValidation, long truePairs, long falsePairs, long falseFit, long falseValidation,
                       long predictedFit, long predictedValidation, double matchSeconds) {
    double precision() {
      return truePairs + falsePairs == 0 ? 1 : truePairs / (double) (truePairs + falsePairs);
    }
  }

  /** Matches the hashed pictures with {@code thresholds} and scores the pairs found. */
  public Scores score(PhotoThresholds thresholds) {
    long start = System.nanoTime();
    PhotoMatcher matcher = new PhotoMatcher(thresholds);
    List<long[]> pairs = new ArrayList<>();
    for (int i = 0; i < hashed.size(); i++) {
      for (PhotoMatch match : matcher.add(hashed.get(i).hashes())) {
        pairs.add(new long[] {match.a(), match.b()});
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return tally(pairs, seconds);
  }

  /** The dHash baseline: all pairs within {@code maxDistance} bits of 64. */
  public Scores scoreDhash(int maxDistance) {
    return tally(DifferenceHash.pairsWithin(hashed, maxDistance), 0);
  }

  private Scores tally(List<long[]> pairs, double seconds) {
    Set<String> found = new HashSet<>();
    long tp = 0;
    long fp = 0;
    long fpFit = 0;
    long fpVal = 0;
    long predFit = 0;
    long predVal = 0;
    for (long[] pair : pairs) {
      String a = hashed.get((int) pair[0]).id();
      String b = hashed.get((int) pair[1]).id();
      found.add(a + "\t" + b);
      found.add(b + "\t" + a);
      boolean right = groups.get(a).equals(groups.get(b));
      boolean fit = "fit".equals(split(a)) || "fit".equals(split(b));
      boolean validation = "validation".equals(split(a)) || "validation".equals(split(b));
      predFit += fit ? 1 : 0;
      predVal += validation ? 1 : 0;
      if (right) {
        tp++;
      } else {
        fp++;
        fpFit += fit ? 1 : 0;
        fpVal += validation ? 1 : 0;
      }
    }
    Map<String, double[]> recall = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Copy copy : truth) {
      int[] c = counts.computeIfAbsent(copy.edit(), k -> new int[4]);
      int offset = "fit".equals(copy.split()) ? 0 : 2;
      c[offset]++;
      if (found.contains(copy.original() + "\t" + copy.copy())) {
        c[offset + 1]++;
      }
    }
    counts.forEach((edit, c) -> recall.put(edit, new double[] {c[1] / (double) Math.max(1, c[0]), c[3] / (double) Math.max(1, c[2]), c[0], c[2]}));
    return new Scores(recall, tp, fp, fpFit, fpVal, predFit, predVal, seconds);
  }

  private String split(String id) {
    return splitOfGroup.getOrDefault(groups.get(id), "negative");
  }

  /**
   * For each comparison kind and threshold, recall per edit kind on the fit half and the number of false pairs touching
   * the fit half ({@link PhotoFitSweep}).
   */
  public String fitSweep() {
    return new PhotoFitSweep(truth, groups, hashed, this::split).table();
  }

  /** The markdown report of one configuration against the dHash baseline at {@code dhashBits}. */
  public String report(PhotoThresholds thresholds, int dhashBits) {
    Scores s = score(thresholds);
    Scores d = scoreDhash(dhashBits);
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d pictures hashed in %.1f s wall, %.1f s CPU (%.0f pictures/s wall); matching %.2f s; %d unreadable%n%n",
        hashed.size(), wallSeconds, cpuSeconds, hashed.size() / wallSeconds, s.matchSeconds(), problems.size()));
    out.append(String.format("| edit | copies (fit / validation) | Doppel fit | Doppel validation | dHash ≤ %d fit | dHash validation |%n", dhashBits));
    out.append("|---|---:|---:|---:|---:|---:|\n");
    s.recallFitValidation().forEach((edit, r) -> {
      double[] b = d.recallFitValidation().get(edit);
      out.append(String.format("| %s | %.0f / %.0f | %.3f | %.3f | %.3f | %.3f |%n", edit, r[2], r[3], r[0], r[1], b[0], b[1]));
    });
    out.append(String.format("| **pair precision, all** | | %.4f (%d / %d) | | %.4f (%d / %d) | |%n", s.precision(), s.truePairs(),
        s.truePairs() + s.falsePairs(), d.precision(), d.truePairs(), d.truePairs() + d.falsePairs()));
    out.append(String.format("| false pairs touching fit / validation | | %d of %d | %d of %d | %d of %d | %d of %d |%n",
        s.falseFit(), s.predictedFit(), s.falseValidation(), s.predictedValidation(), d.falseFit(), d.predictedFit(), d.falseValidation(), d.predictedValidation()));
    return out.toString();
  }

  public List<String> problems() {
    return problems;
  }

}
