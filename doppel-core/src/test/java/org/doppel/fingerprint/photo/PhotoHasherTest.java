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
  void aFingerprintSurvivesItsBytes() throws IngestException {
    PhotoFingerprint fingerprint = hasher.hash(decoder.decode(TestPictures.encode(TestPictures.scene(8, 200, 200), "png"))).fingerprint();
    assertThat(PhotoFingerprint.fromBytes(fingerprint.toBytes()).hashes()).isEqualTo(fingerprint.hashes());
    assertThat(PhotoHash.fromHex(fingerprint.whole().toHex())).isEqualTo(fingerprint.whole());
  }
}
