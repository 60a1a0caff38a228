package org.doppel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doppel.bench.PhotoBenchmark;
import org.doppel.match.photo.PhotoThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-photos", mixinStandardHelpOptions = true,
    description = {"Scores photo matching on a set made by doppel-bench/scripts/make_photo_set.py (images/, truth.jsonl, groups.json): "
        + "recall per edit kind on the fit and validation halves and pair precision, against a 64-bit dHash baseline, "
        + "with the hashing speed. --sweep prints recall on the fit half as each threshold moves instead.",
        "Exit code 2 when the set is missing."})
final class BenchPhotosCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SET", description = "The set's folder, e.g. /tmp/photo-set.")
  Path set;

  @Option(names = "--threads", converter = OptionValues.AtLeastOne.class, defaultValue = "2", description = "Hashing threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--sweep", description = "Print the threshold sweep on the fit half.")
  boolean sweep;

  @Option(names = "--whole", description = "Threshold for whole against whole (default: the library's).")
  Integer whole;

  @Option(names = "--mirror", description = "Threshold for mirrored against whole (default: the library's).")
  Integer mirror;

  @Option(names = "--crop", description = "Threshold for whole against region (default: the library's).")
  Integer crop;

  @Option(names = "--region", description = "Threshold for region against the same region (default: the library's).")
  Integer region;

  @Option(names = "--rotate", description = "Threshold for a turned picture against a centre (default: the library's).")
  Integer rotate;

  @Option(names = "--dhash-bits", defaultValue = "10", description = "The dHash baseline's threshold (default ${DEFAULT-VALUE} of 64).")
  int dhashBits;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(set.resolve("truth.jsonl")) || !Files.isDirectory(set.resolve("images"))) {
      System.err.println("doppel bench-photos: " + set + ": no truth.jsonl and images/ (make it with doppel-bench/scripts/make_photo_set.py)");
      return 2;
    }
    PhotoBenchmark bench = PhotoBenchmark.load(set, threads);
    bench.problems().forEach(p -> System.err.println("doppel bench-photos: " + p));
    PhotoThresholds d = PhotoThresholds.DEFAULTS;
    PhotoThresholds thresholds = new PhotoThresholds(whole == null ? d.whole() : whole, mirror == null ? d.mirror() : mirror,
        crop == null ? d.crop() : crop, region == null ? d.region() : region, rotate == null ? d.rotate() : rotate);
    System.out.print(sweep ? bench.fitSweep() : bench.report(thresholds, dhashBits));
    return 0;
  }
}
