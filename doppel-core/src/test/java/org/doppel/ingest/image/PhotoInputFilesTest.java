package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.doppel.ingest.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoInputFilesTest {
  @TempDir
  Path dir;

  @Test
  void aFoldersFilesComeInNameOrderWithoutHiddenOnesAndAFileGivenComesAlone() throws Exception {
    touch("b/2.jpg", "a.jpg", ".hidden.jpg", ".cache/c.jpg");
    List<IngestProblem> problems = new ArrayList<>();

    assertThat(PhotoInputFiles.under(dir, problems::add)).containsExactly(dir.resolve("a.jpg"), dir.resolve("b/2.jpg"));
    assertThat(PhotoInputFiles.under(dir.resolve("a.jpg"), problems::add)).containsExactly(dir.resolve("a.jpg"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aSavedPageIsReadUncompressedAsItsNameSays() throws Exception {
    byte[] html = "<html><body><img src=\"a.jpg\"></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path plain = Files.write(dir.resolve("story.html"), html);
    Path packed = dir.resolve("story2.html.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
      out.write(html);
    }
    assertThat(PhotoInputFiles.readPage(plain)).isEqualTo(html);
    assertThat(PhotoInputFiles.readPage(packed)).isEqualTo(html);
  }

  /** One-byte files at {@code paths} under the test's folder, their folders made. */
  private void touch(String... paths) throws Exception {
    for (String path : paths) {
      Files.createDirectories(dir.resolve(path).getParent());
      Files.write(dir.resolve(path), new byte[] {1});
    }
  }
}
