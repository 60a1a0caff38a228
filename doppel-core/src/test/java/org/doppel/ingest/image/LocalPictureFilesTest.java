package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.doppel.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPictureFilesTest {
  @TempDir
  Path dir;

  @Test
  void aPagesUrlFindsAPictureUnderItsFolderOrItsPageFilesFolderButNeverAbove() throws Exception {
    Files.createDirectories(dir.resolve("site/img"));
    Files.createDirectories(dir.resolve("site/story_files"));
    Files.write(dir.resolve("site/img/harbour.jpg"), new byte[] {1});
    Files.write(dir.resolve("site/story_files/market.png"), new byte[] {2});
    Files.write(dir.resolve("outside.jpg"), new byte[] {3});
    Files.writeString(dir.resolve("site/notes.txt"), "not a picture");
    Path page = dir.resolve("site/story.html");

    assertThat(LocalPictureFiles.beside(page, "img/harbour.jpg?w=640")).contains(dir.resolve("site/img/harbour.jpg"));
    assertThat(LocalPictureFiles.beside(page, "https://example.com/media/market.png")).contains(dir.resolve("site/story_files/market.png"));
    assertThat(LocalPictureFiles.beside(page, "../outside.jpg")).isEmpty();
    assertThat(LocalPictureFiles.beside(page, "notes.txt")).isEmpty();
    assertThat(LocalPictureFiles.beside(page, "img/missing.jpg")).isEmpty();
  }

  @Test
  void aPictureInAFormatNotDecodedIsNamedWithWhy() throws Exception {
    Files.write(dir.resolve("lead.avif"), new byte[] {1});
    Files.write(dir.resolve("lead.jpg"), new byte[] {1});
    Path page = dir.resolve("story.html");

    assertThat(LocalPictureFiles.besideNotRead(page, "lead.avif")).hasValueSatisfying(why -> assertThat(why).contains("AVIF"));
    assertThat(LocalPictureFiles.besideNotRead(page, "lead.jpg")).isEmpty();
    assertThat(LocalPictureFiles.besideNotRead(page, "gone.avif")).isEmpty();
  }

  @Test
  void aPictureFileIsReadWholeUpToTheDecodersLimit() throws Exception {
    Path small = Files.write(dir.resolve("small.jpg"), new byte[] {7, 8, 9});
    assertThat(LocalPictureFiles.readBounded(small)).containsExactly(7, 8, 9);

    Path large = dir.resolve("large.jpg");
    try (var out = Files.newByteChannel(large, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      out.position(ImageDecoder.DEFAULT_MAX_BYTES); // sparse: one byte past the limit
      out.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
    }
    assertThatThrownBy(() -> LocalPictureFiles.readBounded(large)).isInstanceOf(IngestException.class).hasMessageContaining("picture file over");
  }
}
