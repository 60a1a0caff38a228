package org.doppel.fingerprint.photo;

import static org.assertj.core.api.Assertions.assertThat;

import org.doppel.ingest.IngestException;
import org.doppel.ingest.image.ImageDecoder;
import org.doppel.ingest.image.TestPictures;
import org.junit.jupiter.api.Test;

class PhotoHasherTest {
  private final ImageDecoder decoder = new ImageDecoder();
  private final PhotoHasher hasher = new PhotoHasher();

  @Test
  void theMirrorHashFromTheDctEqualsTheHashOfTheFlippedPicture() throws IngestException {
    var photo = TestPictures.scene(5, 320, 240);
    PhotoHashes original = hasher.hash(decoder.decode(TestPictures.encode(photo, "png")));
    PhotoHashes flipped = hasher.hash(decoder.decode(TestPictures.encode(TestPictures.mirror(photo), "png")));
    assertThat(original.mirrored().distance(flipped.fingerprint().whole())).isLessThan(8);
    assertThat(original.fingerprint().whole().distance(flipped.fingerprint().whole())).isGreaterThan(60);
  }

  @Test
  void findsAnAddedCaptionBandAndKeepsThePhotoInside() throws IngestException {
    var photo = TestPictures.scene(6, 320, 240);
    PhotoFingerprint banded = hasher.hash(decoder.decode(TestPictures.encode(TestPictures.captionBand(photo, "A caption"), "png"))).fingerprint();
    assertThat(banded.content().y1()).isCloseTo(240 / 280.0, org.assertj.core.api.Assertions.within(0.02));
    PhotoFingerprint plain = hasher.hash(decoder.decode(TestPictures.encode(photo, "png"))).fingerprint();
    assertThat(plain.content().isWhole()).isTrue();
    assertThat(banded.whole().distance(plain.whole())).isLessThan(24);
  }

  @Test
  void aTrimmedPictureKeepsItsFrameCentreInTheSlotOfTheWindowOnTheTrimmedSide() throws IngestException {
    var photo = TestPictures.scene(6, 320, 240);
    PhotoFingerprint banded = hasher.hash(decoder.decode(TestPictures.encode(TestPictures.captionBand(photo, "A caption"), "png"))).fingerprint();
    assertThat(banded.frame()).isPresent();
    assertThat(banded.hash(PhotoRegion.BOTTOM_70)).isEmpty();
    assertThat(banded.tag(PhotoRegion.BOTTOM_70.ordinal())).isEqualTo(PhotoFingerprint.FRAME_TAG);
    assertThat(banded.hash(PhotoRegion.TOP_70)).isPresent();
    PhotoFingerprint plain = hasher.hash(decoder.decode(TestPictures.encode(photo, "png"))).fingerprint();
    assertThat(plain.frame()).isEmpty();
    assertThat(PhotoFingerprint.fromBytes(banded.toBytes()).frame()).isEqualTo(banded.frame());
  }

  @Test
  void rotationProbesAt32CellsStayCloseToThe64CellHashOfTheSamePart() throws IngestException {
    var image = decoder.decode(TestPictures.encode(TestPictures.scene(11, 320, 240), "png"));
    SummedArea area = new SummedArea(image);
    PhotoHash fine = PhotoHasher.bits(PhotoHasher.dct(area.resample(PhotoRegion.CENTRE_80.box(), PhotoHasher.GRID)));
    PhotoHash coarse = PhotoHasher.bits(PhotoHasher.dct(area.resample(PhotoRegion.CENTRE_80.box(), PhotoHasher.PROBE_GRID)));
    assertThat(fine.distance(coarse)).isLessThan(32);
  }

  @Test
  void aFingerprintSurvivesItsBytes() throws IngestException {
    PhotoFingerprint fingerprint = hasher.hash(decoder.decode(TestPictures.encode(TestPictures.scene(8, 200, 200), "png"))).fingerprint();
    assertThat(PhotoFingerprint.fromBytes(fingerprint.toBytes()).hashes()).isEqualTo(fingerprint.hashes());
    assertThat(PhotoHash.fromHex(fingerprint.whole().toHex())).isEqualTo(fingerprint.whole());
  }
}
