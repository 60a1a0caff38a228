package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.doppel.ingest.IngestException;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
  private final ImageDecoder decoder = new ImageDecoder();

  @Test
  void decodesJpegPngAndBmpIntoBrightness() throws Exception {
    for (String format : new String[] {"jpeg", "png", "bmp"}) {
      LumaImage image = decoder.decode(TestPictures.encode(TestPictures.scene(1, 120, 80), format));
      assertThat(image.width()).as(format).isEqualTo(120);
      assertThat(image.height()).isEqualTo(80);
      assertThat(image.at(60, 40)).isBetween(0f, 255f);
    }
  }

  @Test
  void decodesInMemoryWithoutImageIosFileCache() throws Exception {
    byte[] png = TestPictures.encode(TestPictures.scene(5, 40, 30), "png");
    ImageIO.setUseCache(true);
    try {
      decoder.decode(png);
      assertThat(ImageIO.getUseCache()).isFalse();
    } finally {
      ImageIO.setUseCache(false);
    }
  }

  @Test
  void subsamplesBigPicturesWhileDecoding() throws Exception {
    LumaImage image = decoder.decode(TestPictures.encode(TestPictures.scene(2, 1200, 900), "png"));
    assertThat(image.sourceWidth()).isEqualTo(1200);
    assertThat(image.height()).isLessThan(900).isGreaterThanOrEqualTo(ImageDecoder.DEFAULT_WORKING_SIDE);
  }

  @Test
  void refusesADecompressionBombByItsHeaderAlone() {
    byte[] png = TestPictures.encode(TestPictures.scene(3, 16, 16), "png");
    byte[] bomb = withPngSize(png, 100_000, 100_000);
    assertThatThrownBy(() -> decoder.decode(bomb)).isInstanceOf(IngestException.class).hasMessageContaining("decompression bomb");
  }

  @Test
  void reportsATruncatedJpeg() {
    byte[] jpeg = TestPictures.encode(TestPictures.scene(4, 200, 150), "jpeg");
    byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
    assertThatThrownBy(() -> decoder.decode(cut)).isInstanceOf(IngestException.class).hasMessageContaining("truncated or corrupt");
  }

  @Test
  void reportsBytesThatAreNoPicture() {
    assertThatThrownBy(() -> decoder.decode("<html>not a picture</html>".getBytes()))
        .isInstanceOf(IngestException.class).hasMessageContaining("not a picture");
    assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(IngestException.class).hasMessageContaining("empty");
  }

  /** The PNG with its IHDR width and height replaced (and the chunk's CRC redone). */
  private static byte[] withPngSize(byte[] png, int width, int height) {
    byte[] out = png.clone();
    ByteBuffer buffer = ByteBuffer.wrap(out);
    buffer.putInt(16, width).putInt(20, height); // 8-byte signature, 4 length, 4 "IHDR"
    CRC32 crc = new CRC32();
    crc.update(out, 12, 17);
    buffer.putInt(29, (int) crc.getValue());
    return out;
  }

  @Test
  void aDamagedWebpSaysWhatIsWrongInWords() {
    // a WebP's RIFF header, then noise: the decoder runs out of bytes ("EOFException" was the whole reason);
    // then zeros: a size of 0x0 was called "over the limit … (a decompression bomb?)"
    byte[] head = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] noise = new byte[2000];
    new java.util.Random(3).nextBytes(noise);
    System.arraycopy(head, 0, noise, 0, head.length);
    assertThatThrownBy(() -> decoder.decode(noise)).isInstanceOf(IngestException.class)
        .hasMessage("truncated or corrupt picture: the file ends before the picture does");
    byte[] zeros = new byte[64];
    System.arraycopy(head, 0, zeros, 0, head.length);
    assertThatThrownBy(() -> decoder.decode(zeros)).isInstanceOf(IngestException.class)
        .hasMessage("truncated or corrupt picture: its header declares a size of 0×0");
  }

  @Test
  void anAvifOrHeicPictureIsNamedAsAPictureInAFormatNotReadWhateverItsName() {
    // a CDN serves AVIF under a .jpg name, a phone saves HEIC: "not a picture" would tell the user it is none
    byte[] avif = new byte[400];
    byte[] box = {0, 0, 0, 0x1c, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f', 0, 0, 0, 0, 'm', 'i', 'f', '1'};
    System.arraycopy(box, 0, avif, 0, box.length);
    assertThatThrownBy(() -> decoder.decode(avif)).isInstanceOf(IngestException.class)
        .hasMessage("an AVIF picture, a format Doppel does not read (it reads JPEG, PNG, GIF, WebP, BMP)");
    byte[] heic = avif.clone();
    System.arraycopy(new byte[] {'h', 'e', 'i', 'c'}, 0, heic, 8, 4);
    assertThatThrownBy(() -> decoder.decode(heic)).isInstanceOf(IngestException.class).hasMessageStartingWith("a HEIC picture, a format");
    // another ISO media file (an MP4 video) is still no picture
    byte[] video = avif.clone();
    System.arraycopy(new byte[] {'i', 's', 'o', 'm'}, 0, video, 8, 4);
    assertThatThrownBy(() -> decoder.decode(video)).isInstanceOf(IngestException.class).hasMessageStartingWith("not a picture Doppel can read");
  }
}
