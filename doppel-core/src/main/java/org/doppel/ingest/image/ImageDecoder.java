package org.doppel.ingest.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.doppel.ingest.IngestException;

/**
 * Decodes JPEG, PNG, GIF, BMP (the JDK's ImageIO) and WebP (TwelveMonkeys' ImageIO plugin) into
 * brightness, with bounds: the size the header declares is checked before any pixel is decoded, so a
 * decompression bomb (a small file declaring a huge picture) costs nothing; a big picture is
 * subsampled while it is decoded, keeping its shorter side at least {@code workingSide} pixels
 * (perceptual hashes look at 64×64 cells, more detail is wasted work); a truncated or corrupt file
 * fails with an {@link IngestException} that says so. Thread-safe: each call uses its own reader.
 */
public final class ImageDecoder {
  /** 64 megapixels (8000×8000): more is no news photo. */
  public static final long DEFAULT_MAX_PIXELS = 64_000_000L;
  /** Files over 32 MB are refused before decoding. */
  public static final int DEFAULT_MAX_BYTES = 32 << 20;
  /** Subsampling keeps the shorter side at least this long: 4 source pixels per hash cell of a 70 % window. */
  public static final int DEFAULT_WORKING_SIDE = 256;

  private final long maxPixels;
  private final int workingSide;

  public ImageDecoder() {
    this(DEFAULT_MAX_PIXELS, DEFAULT_WORKING_SIDE);
  }

  public ImageDecoder(long maxPixels, int workingSide) {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be >= 1, got " + maxPixels);
    }
    if (workingSide < 16) {
      throw new IllegalArgumentException("workingSide must be >= 16, got " + workingSide);
    }
    this.maxPixels = maxPixels;
    this.workingSide = workingSide;
  }

  /**
   * The first picture in {@code bytes} as decoded, subsampled so that its shorter side stays at least
   * {@code minSide} pixels.
   */
  public BufferedImage decodeImage(byte[] bytes, int minSide) throws IngestException {
    return read(bytes, minSide, new int[2], false);
  }

  private BufferedImage read(byte[] bytes, int minSide, int[] size, boolean grey) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException("empty file");
    }
    if (bytes.length > DEFAULT_MAX_BYTES) {
      throw new IngestException("image file over " + (DEFAULT_MAX_BYTES >> 20) + " MB");
    }
    // Decode in memory, no temporary files. Set here, before each picture, rather than when the class loads: a scan
    // makes its decoders before it knows whether any page has a picture, and starting ImageIO (its registry of readers
    // and plugins) cost every scan of texts about 0.02 s of CPU for nothing.
    ImageIO.setUseCache(false);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IngestException(ImageFiles.notReadByContent(bytes).orElse("not a picture Doppel can read (" + ImageFiles.FORMATS_READ + ")"));
      }
      ImageReader reader = readers.next();
      try {
        return decode(reader, in, minSide, size, grey);
      } finally {
        reader.dispose();
      }
    } catch (IngestException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // the JDK's decoders throw IIOException, IndexOutOfBounds or NegativeArraySize on damaged data
      // a decoder that runs out of bytes throws a bare EOFException, whose class name alone told a user little
      String why = e instanceof EOFException && e.getMessage() == null ? "the file ends before the picture does"
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IngestException("truncated or corrupt picture: " + why);
    }
  }

  /**
   * The first picture {@code reader} finds in {@code in}, once its declared size (written into {@code size}) is within
   * the pixel limit, subsampled so that its shorter side stays at least {@code minSide} pixels; a decoder's warning (a
   * file cut short) fails it.
   */
  private BufferedImage decode(ImageReader reader, ImageInputStream in, int minSide, int[] size, boolean grey) throws IOException {
    List<String> warnings = new ArrayList<>(1);
    reader.setInput(in, true, true);
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    if (width < 1 || height < 1) {
      // a header of zeros (a file cut or overwritten) was called "over the limit … (a decompression bomb?)"
      throw new IngestException("truncated or corrupt picture: its header declares a size of " + width + "×" + height);
    }
    if ((long) width * height > maxPixels) {
      throw new IngestException("declared size " + width + "×" + height + " is over the limit of " + maxPixels
          + " pixels (a decompression bomb?)");
    }
    size[0] = width;
    size[1] = height;
    ImageReadParam param = reader.getDefaultReadParam();
    int step = Math.max(1, Math.min(width, height) / minSide);
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    if (grey) {
      greyDestination(reader).ifPresent(param::setDestinationType);
    }
    BufferedImage image = reader.read(0, param);
    if (!warnings.isEmpty()) {
      throw new IngestException("truncated or corrupt picture: " + warnings.get(0));
    }
    return image;
  }

  /**
   * The brightness of the first picture in {@code bytes}, with the size its header declares, turned
   * upright as its EXIF orientation says (a viewer shows it so).
   */
  public LumaImage decode(byte[] bytes) throws IngestException {
    int[] size = new int[2];
    BufferedImage image = read(bytes, workingSide, size, true);
    // a camera's portrait photo is stored sideways with a tag saying how to turn it: hash it as it is seen
    return ExifOrientation.upright(luma(image, size[0], size[1]), ExifOrientation.of(bytes));
  }

  /**
   * A grey-level picture type when the reader can decode to one without an alpha channel. JPEG can:
   * libjpeg then keeps only the Y channel, which is Rec. 601 brightness, and skips the colour
   * channels' inverse DCT, upsampling and colour conversion: a 400×533 JPEG decodes in about a third
   * of the time (1.1 ms against 3.7 ms).
   */
  private static Optional<ImageTypeSpecifier> greyDestination(ImageReader reader) throws IOException {
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    while (types.hasNext()) {
      ImageTypeSpecifier type = types.next();
      if (type.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY && !type.getColorModel().hasAlpha()
          && type.getSampleModel().getNumBands() == 1 && type.getSampleModel().getDataType() == DataBuffer.TYPE_BYTE) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Rec. 601 brightness; transparent pixels are laid over white, as a browser shows them on a page. */
  static LumaImage luma(BufferedImage image, int sourceWidth, int sourceHeight) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[] out = new float[w * h];
    int type = image.getType();
    if (type == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && image.getRaster().getSampleModelTranslateX() == 0 && buffer.getNumBanks() == 1) {
      byte[] data = buffer.getData();
      for (int i = 0, p = 0; i < out.length; i++, p += 3) {
        out[i] = 0.114f * (data[p] & 0xff) + 0.587f * (data[p + 1] & 0xff) + 0.299f * (data[p + 2] & 0xff);
      }
    } else if (type == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getData().length == out.length) {
      byte[] data = buffer.getData();
      for (int i = 0; i < out.length; i++) {
        out[i] = data[i] & 0xff;
      }
    } else if (type == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
        && buffer.getData().length == out.length) {
      int[] data = buffer.getData();
      for (int i = 0; i < out.length; i++) {
        out[i] = brightness(data[i]);
      }
    } else {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0; x < w; x++) {
          int argb = row[x];
          int alpha = argb >>> 24;
          float value = brightness(argb);
          out[y * w + x] = alpha == 255 ? value : (value * alpha + 255f * (255 - alpha)) / 255f;
        }
      }
    }
    return new LumaImage(w, h, out, sourceWidth, sourceHeight);
  }

  private static float brightness(int rgb) {
    return 0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff);
  }
}
