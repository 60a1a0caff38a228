package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PhotosCommandTest {
  @TempDir
  Path dir;
  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  @Test
  void reportsAMirroredCopyAsJsonLinesAndNamesABrokenFile() throws Exception {
    BufferedImage photo = scene();
    BufferedImage mirrored = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = mirrored.createGraphics();
    g.drawImage(photo, new AffineTransform(-1, 0, 0, 1, photo.getWidth(), 0), null);
    g.dispose();
    ImageIO.write(photo, "png", dir.resolve("original.png").toFile());
    ImageIO.write(mirrored, "jpeg", dir.resolve("flipped.jpg").toFile());
    byte[] jpeg = Files.readAllBytes(dir.resolve("flipped.jpg"));
    Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 3));
    int code = DoppelCli.run("photos", "--format", "jsonl", dir.toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout().strip().lines()).singleElement().satisfies(line -> assertThat(line)
        .contains("\"a\":\"flipped.jpg\"", "\"b\":\"original.png\"", "\"relation\":\"same_photo\"", "\"edit\":\"mirror\""));
    assertThat(console.stderr()).contains("cut.jpg: truncated or corrupt picture").contains("2 pictures, 1 pairs");
  }

  private static BufferedImage scene() {
    Random random = new Random(11);
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int i = 0; i < 30; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
      g.fillOval(random.nextInt(320) - 40, random.nextInt(240) - 40, 40 + random.nextInt(120), 40 + random.nextInt(100));
    }
    g.dispose();
    return image;
  }
}
