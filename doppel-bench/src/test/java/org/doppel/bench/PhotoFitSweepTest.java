package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit sweep and the distances it reads, on a set of pictures drawn for the test: two originals of smooth random
 * shapes, one in each half, each with a copy saved again unchanged.
 */
class PhotoFitSweepTest {
  @TempDir Path set;

  /** A picture of a few broad waves of random direction and phase, so that its hashes are far from another seed's. */
  private static BufferedImage picture(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] waves = new double[4][];
    for (int w = 0; w < waves.length; w++) {
      waves[w] = new double[] {random.nextDouble(-0.05, 0.05), random.nextDouble(-0.05, 0.05), random.nextDouble(0, 6.3)};
    }
    BufferedImage image = new BufferedImage(240, 180, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        double sum = 0;
        for (double[] w : waves) {
          sum += Math.sin(w[0] * x + w[1] * y + w[2]);
        }
        int grey = (int) Math.round(127.5 + 31 * sum);
        image.setRGB(x, y, grey << 16 | grey << 8 | grey);
      }
    }
    return image;
  }

  private PhotoBenchmark twoGroups() throws IOException {
    Path images = Files.createDirectories(set.resolve("images"));
    ImageIO.write(picture(1), "png", images.resolve("o0.png").toFile());
    ImageIO.write(picture(2), "png", images.resolve("o1.png").toFile());
    Files.copy(images.resolve("o0.png"), images.resolve("c0.png"));
    Files.copy(images.resolve("o1.png"), images.resolve("c1.png"));
    Files.writeString(set.resolve("truth.jsonl"), """
        {"a": "o0.png", "b": "c0.png", "edit": "same", "split": "fit"}
        {"a": "o1.png", "b": "c1.png", "edit": "same", "split": "validation"}
        """);
    Files.writeString(set.resolve("groups.json"), """
        {"o0.png": "g0", "c0.png": "g0", "o1.png": "g1", "c1.png": "g1"}
        """);
    return PhotoBenchmark.load(set, 1);
  }

  @Test
  void anUnchangedCopyLiesAtNoDistanceUnderTheWholeComparison() throws IOException {
    PhotoBenchmark bench = twoGroups();
    List<String> lines = bench.fitSweep().lines().toList();
    assertThat(lines.get(0)).isEqualTo("| comparison | max bits | false pairs (fit) | same |");
    List<String> rows = lines.subList(2, lines.size());
    assertThat(rows).hasSize(ComparisonDistances.CLASSES.length * 12);
    assertThat(rows.subList(0, 12)).allSatisfy(row -> assertThat(row).startsWith("| whole | ").endsWith("| 1.000 | "));
    assertThat(rows.get(0)).startsWith("| whole | 32 | ");
    assertThat(rows.get(11)).startsWith("| whole | 76 | ");
  }

  @Test
  void falsePairsTouchTheFitHalfAndGrowWithTheThreshold() throws IOException {
    List<String> rows = twoGroups().fitSweep().lines().skip(2).toList();
    for (int c = 0; c < ComparisonDistances.CLASSES.length; c++) {
      List<Long> falsePairs = rows.subList(c * 12, c * 12 + 12).stream()
          .map(row -> Long.parseLong(row.split(" \\| ")[2].strip())).toList();
      // four pairs of different groups have a fit side: o0 and c0 against o1 and c1
      assertThat(falsePairs).allSatisfy(count -> assertThat(count).isBetween(0L, 4L)).isSorted();
    }
  }
}
