package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.image.ImageInput;
import org.doppel.ingest.image.TestPictures;
import org.doppel.match.photo.PhotoEdit;
import org.doppel.match.photo.PhotoPair;
import org.doppel.match.photo.PhotoThresholds;
import org.junit.jupiter.api.Test;

class PhotoFinderTest {
  private static final BufferedImage PHOTO = TestPictures.scene(42, 400, 300);
  private final PhotoFinder finder = new PhotoFinder(2, PhotoThresholds.DEFAULTS);

  @Test
  void findsResizedRecompressedMirroredCroppedAndBandedCopies() {
    List<ImageInput> inputs = List.of(
        input("original.png", PHOTO, "png"),
        input("small.jpg", TestPictures.resize(PHOTO, 0.4), "jpeg"),
        input("mirrored.jpg", TestPictures.mirror(PHOTO), "jpeg"),
        input("centre.jpg", TestPictures.crop(PHOTO, 0.1, 0.1, 0.9, 0.9), "jpeg"),
        input("left-cut.jpg", TestPictures.crop(PHOTO, 0.3, 0, 1, 1), "jpeg"),
        input("captioned.jpg", TestPictures.captionBand(PHOTO, "Crowds at the harbour. Photo: A. Writer / Agency"), "jpeg"),
        input("turned.jpg", TestPictures.rotate(PHOTO, 2.5), "jpeg"));
    List<PhotoPair> pairs = finder.find(inputs, problem -> { }).pairs();
    assertThat(edit(pairs, "small.jpg")).contains(PhotoEdit.NONE);
    assertThat(edit(pairs, "mirrored.jpg")).contains(PhotoEdit.MIRROR);
    assertThat(edit(pairs, "centre.jpg")).contains(PhotoEdit.CROP);
    assertThat(edit(pairs, "left-cut.jpg")).contains(PhotoEdit.CROP);
    assertThat(edit(pairs, "captioned.jpg")).contains(PhotoEdit.BAND);
    assertThat(edit(pairs, "turned.jpg")).isPresent();
  }

  @Test
  void aBannerOverThePhotosTopEdgeIsFoundWhicheverPictureComesFirst() {
    BufferedImage stamped = TestPictures.topBanner(PHOTO, 0.12, "EXCLUSIVE");
    List<ImageInput> bannerFirst = List.of(input("stamped.jpg", stamped, "jpeg"), input("original.png", PHOTO, "png"));
    List<ImageInput> originalFirst = List.of(input("original.png", PHOTO, "png"), input("stamped.jpg", stamped, "jpeg"));
    assertThat(finder.find(bannerFirst, problem -> { }).pairs()).hasSize(1);
    assertThat(finder.find(originalFirst, problem -> { }).pairs()).hasSize(1);
  }

  @Test
  void unrelatedPicturesDoNotMatch() {
    List<ImageInput> inputs = new ArrayList<>();
    for (int seed = 1; seed <= 12; seed++) {
      inputs.add(input("scene-" + seed + ".jpg", TestPictures.scene(seed, 320, 240), "jpeg"));
    }
    assertThat(finder.find(inputs, problem -> { }).pairs()).isEmpty();
  }

  @Test
  void unreadablePicturesAreReportedByNameAndTheRunGoesOn() {
    byte[] jpeg = TestPictures.encode(PHOTO, "jpeg");
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = List.of(
        ImageInput.of("good.jpg", "good.jpg", jpeg),
        ImageInput.of("cut.jpg", "photos/cut.jpg", java.util.Arrays.copyOf(jpeg, jpeg.length / 3)),
        ImageInput.of("text.png", "photos/text.png", "hello".getBytes()),
        ImageInput.of("copy.jpg", "copy.jpg", jpeg));
    PhotoFinder.Result result = finder.find(inputs, problems::add);
    assertThat(result.pairs()).extracting(PhotoPair::b).containsExactly("copy.jpg");
    assertThat(problems).extracting(IngestProblem::location).containsExactly("photos/cut.jpg", "photos/text.png");
    assertThat(problems.get(0).message()).contains("truncated or corrupt");
  }

  @Test
  void flatPicturesSpacersAndTrackingPixelsAreNoPhotosAndMatchNothing() {
    // a lazy-loading placeholder and a tracking pixel: every DCT coefficient of a flat picture is zero, so all of
    // them hashed alike, whatever their colour or size, and two unrelated articles "shared a photo"
    BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    BufferedImage grey = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = grey.createGraphics();
    g.setColor(new java.awt.Color(200, 200, 200));
    g.fillRect(0, 0, 40, 30);
    g.dispose();
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = List.of(input("a/pixel.gif", pixel, "gif"), input("b/spacer.png", grey, "png"),
        input("c/pixel.gif", pixel, "gif"), input("original.png", PHOTO, "png"), input("copy.jpg", PHOTO, "jpeg"));
    PhotoFinder.Result result = finder.find(inputs, problems::add);
    assertThat(result.pairs()).extracting(PhotoPair::a, PhotoPair::b).containsExactly(org.assertj.core.groups.Tuple.tuple("original.png", "copy.jpg"));
    assertThat(result.ids()).containsExactly("original.png", "copy.jpg");
    assertThat(result.flat()).isEqualTo(3);
    assertThat(problems).isEmpty();
    assertThat(finder.hash(ImageInput.of("p", "p.gif", TestPictures.encode(pixel, "gif")), problems::add)).isEmpty();
    assertThat(finder.hash(ImageInput.of("o", "o.png", TestPictures.encode(PHOTO, "png")), problems::add)).isPresent();
    assertThat(problems).isEmpty();
  }

  @Test
  void aLazyPagesPicturesAreComparedAndAFlatCandidateGivesWayToTheNext(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    java.nio.file.Files.write(dir.resolve("blank.gif"), TestPictures.encode(pixel, "gif"));
    java.nio.file.Files.write(dir.resolve("harbour.jpg"), TestPictures.encode(PHOTO, "jpeg"));
    java.nio.file.Files.write(dir.resolve("copy.png"), TestPictures.encode(TestPictures.mirror(PHOTO), "png"));
    // the lazy loader's picture wins over the stand-in; here a site's loader names a flat picture and src the photo
    java.nio.file.Files.writeString(dir.resolve("lazy.html"), "<figure><img src=\"blank.gif\" data-src=\"harbour.jpg\"></figure>");
    java.nio.file.Files.writeString(dir.resolve("odd.html"), "<figure><img data-original=\"blank.gif\" src=\"copy.png\">"
        + "<figcaption>Boats at dawn</figcaption></figure>");
    List<IngestProblem> problems = new ArrayList<>();
    List<ImageInput> inputs = new org.doppel.ingest.image.PhotoInputs(problems::add).read(List.of(dir));
    assertThat(inputs).extracting(ImageInput::id).containsExactly("lazy#harbour.jpg", "odd#blank.gif");
    PhotoFinder.Result result = finder.find(inputs, problems::add);
    assertThat(result.pairs()).extracting(PhotoPair::a, PhotoPair::b).containsExactly(org.assertj.core.groups.Tuple.tuple("lazy#harbour.jpg", "odd#copy.png"));
    assertThat(result.flat()).isZero();
    assertThat(problems).isEmpty();
    assertThat(inputs.get(1).otherwise().orElseThrow().caption()).contains("Boats at dawn");
  }

  private static Optional<PhotoEdit> edit(List<PhotoPair> pairs, String copy) {
    return pairs.stream().filter(p -> p.a().equals("original.png") && p.b().equals(copy)).map(p -> p.match().edit()).findFirst();
  }

  private static ImageInput input(String id, BufferedImage image, String format) {
    return ImageInput.of(id, id, TestPictures.encode(image, format));
  }
}
