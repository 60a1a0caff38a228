package org.doppel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
  @TempDir
  Path temp;

  @Test
  void localFilesAreListedInNameOrderWithTheUriTheirPathGives() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("corpus"));
    List<String> names = List.of("b.txt", "a-1_x.txt", "nested/c~d.txt", "with space.txt", "ümlaut.txt", "per%cent.txt", ".hidden.txt",
        ".git/config.txt");
    for (String name : names) {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "A text about " + name + ".");
    }
    Files.createSymbolicLink(folder.resolve("linked.txt"), folder.resolve("b.txt"));

    InputListing.Listed listed = InputListing.list(List.of(folder.toString()), new Configuration());

    assertThat(listed.problems()).isEmpty();
    assertThat(listed.files()).extracting(InputFile::relativeName)
        .containsExactly("a-1_x.txt", "b.txt", "linked.txt", "nested/c~d.txt", "per%cent.txt", "with space.txt", "ümlaut.txt");
    for (InputFile file : listed.files()) {
      assertThat(file.uri()).as(file.relativeName()).isEqualTo(folder.resolve(file.relativeName()).toUri().toString());
    }
    assertThat(listed.files()).extracting(InputFile::order).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
  }
}
