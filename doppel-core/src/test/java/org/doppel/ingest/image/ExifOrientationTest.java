package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.doppel.fingerprint.photo.PhotoHasher;
import org.junit.jupiter.api.Test;

/** A camera's portrait photo, stored sideways with an EXIF tag saying how to turn it, is hashed as it is seen. */
class ExifOrientationTest {
  private static final BufferedImage PHOTO = TestPictures.scene(7, 320, 240);

  @Test
  void readsTheOrientationTagInEitherByteOrderAndOneWhereThereIsNone() throws IOException {
    byte[] jpeg = TestPictures.encode(PHOTO, "jpeg");
    assertThat(ExifOrientation.of(jpeg)).isEqualTo(1);
    assertThat(ExifOrientation.of(withOrientation(jpeg, 6, false))).isEqualTo(6);
    assertThat(ExifOrientation.of(withOrientation(jpeg, 8, true))).isEqualTo(8);
    assertThat(ExifOrientation.of(withOrientation(jpeg, 42, false))).isEqualTo(1);
    assertThat(ExifOrientation.of(TestPictures.encode(PHOTO, "png"))).isEqualTo(1);
    byte[] cut = withOrientation(jpeg, 6, false);
    assertThat(ExifOrientation.of(java.util.Arrays.copyOf(cut, 30))).isEqualTo(1); // the segment cut short: upright
  }

  @Test
  void turnsEachOrientationAsAViewerShowsIt() {
    // 3 wide, 2 high: 0 1 2 / 3 4 5
    LumaImage stored = new LumaImage(3, 2, new float[] {0, 1, 2, 3, 4, 5}, 30, 20);
    assertThat(ExifOrientation.upright(stored, 1)).isSameAs(stored);
    assertThat(ExifOrientation.upright(stored, 2).toArray()).containsExactly(2, 1, 0, 5, 4, 3);
    assertThat(ExifOrientation.upright(stored, 3).toArray()).containsExactly(5, 4, 3, 2, 1, 0);
    assertThat(ExifOrientation.upright(stored, 4).toArray()).containsExactly(3, 4, 5, 0, 1, 2);
    LumaImage quarter = ExifOrientation.upright(stored, 6); // turned clockwise: 2 wide, 3 high
    assertThat(quarter.width()).isEqualTo(2);
    assertThat(quarter.sourceWidth()).isEqualTo(20);
    assertThat(quarter.toArray()).containsExactly(3, 0, 4, 1, 5, 2);
    assertThat(ExifOrientation.upright(stored, 8).toArray()).containsExactly(2, 5, 1, 4, 0, 3);
    assertThat(ExifOrientation.upright(stored, 5).toArray()).containsExactly(0, 3, 1, 4, 2, 5);
    assertThat(ExifOrientation.upright(stored, 7).toArray()).containsExactly(5, 2, 4, 1, 3, 0);
  }

  @Test
  void aSidewaysPhotoTaggedToBeTurnedHashesAsTheUprightOne() throws Exception {
    ImageDecoder decoder = new ImageDecoder();
    PhotoHasher hasher = new PhotoHasher();
    var upright = hasher.hash(decoder.decode(TestPictures.encode(PHOTO, "jpeg"))).fingerprint();
    // stored turned a quarter counter-clockwise, tagged 6 (turn clockwise to view), as a phone held upright writes it
    byte[] sideways = withOrientation(TestPictures.encode(turnedCounterClockwise(PHOTO), "jpeg"), 6, false);
    LumaImage decoded = decoder.decode(sideways);
    assertThat(decoded.width()).isEqualTo(320);
    assertThat(decoded.height()).isEqualTo(240);
    var seen = hasher.hash(decoded).fingerprint();
    assertThat(seen.whole().distance(upright.whole())).isLessThan(20);
  }

  private static BufferedImage turnedCounterClockwise(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        out.setRGB(y, image.getWidth() - 1 - x, image.getRGB(x, y));
      }
    }
    return out;
  }

  /** {@code jpeg} with an EXIF segment holding one Orientation entry right after its start marker. */
  static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) throws IOException {
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(tiff);
    d.writeBytes(littleEndian ? "II" : "MM");
    short16(d, 42, littleEndian);
    int32(d, 8, littleEndian);
    short16(d, 1, littleEndian); // one entry
    short16(d, 0x0112, littleEndian);
    short16(d, 3, littleEndian); // SHORT
    int32(d, 1, littleEndian);
    short16(d, orientation, littleEndian);
    short16(d, 0, littleEndian);
    int32(d, 0, littleEndian); // no next directory
    byte[] body = tiff.toByteArray();
    int length = 2 + 6 + body.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
    out.write(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    out.write(body);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void short16(DataOutputStream d, int v, boolean little) throws IOException {
    if (little) {
      d.writeByte(v & 0xff);
      d.writeByte(v >> 8 & 0xff);
    } else {
      d.writeShort(v);
    }
  }

  private static void int32(DataOutputStream d, int v, boolean little) throws IOException {
    if (little) {
      d.writeInt(Integer.reverseBytes(v));
    } else {
      d.writeInt(v);
    }
  }
}
