package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HiddenFilesTest {
  @Test
  void aDotFirstInTheFileOrAFolderBelowTheRootHidesIt() {
    HiddenFiles hidden = HiddenFiles.under(Path.of("corpus"));
    assertThat(hidden.isHidden(Path.of("corpus/a.txt"))).isFalse();
    assertThat(hidden.isHidden(Path.of("corpus/b/c.d.txt"))).isFalse();
    assertThat(hidden.isHidden(Path.of("corpus/.a.txt"))).isTrue();
    assertThat(hidden.isHidden(Path.of("corpus/.git/b/c.txt"))).isTrue();
    assertThat(hidden.isHidden(Path.of("corpus"))).isFalse(); // the root itself
  }

  @Test
  void aRootNamedHiddenIsStillRead() {
    HiddenFiles hidden = HiddenFiles.under(Path.of("/tmp/.cache/corpus"));
    assertThat(hidden.isHidden(Path.of("/tmp/.cache/corpus/a.txt"))).isFalse();
    assertThat(HiddenFiles.under(Path.of(".")).isHidden(Path.of("./a.txt"))).isFalse();
    assertThat(HiddenFiles.under(Path.of(".")).isHidden(Path.of("./.a.txt"))).isTrue();
  }

  @Test
  void underTheEmptyPathEveryNameIsLookedAt() {
    // Path.of("") has one name, the empty one, and Path.of("").resolve(".a.txt") only the one ".a.txt"
    HiddenFiles hidden = HiddenFiles.under(Path.of(""));
    assertThat(hidden.isHidden(Path.of("").resolve(".a.txt"))).isTrue();
    assertThat(hidden.isHidden(Path.of("").resolve("b/.c.txt"))).isTrue();
    assertThat(hidden.isHidden(Path.of("").resolve("a.txt"))).isFalse();
  }

  @Test
  void anArchiveMemberIsHiddenByADotOrMacOsFolder() {
    assertThat(HiddenFiles.isHiddenMember("pages/a.html")).isFalse();
    assertThat(HiddenFiles.isHiddenMember("pages/._a.html")).isTrue();
    assertThat(HiddenFiles.isHiddenMember(".hidden/a.html")).isTrue();
    assertThat(HiddenFiles.isHiddenMember("__MACOSX/pages/a.html")).isTrue();
    assertThat(HiddenFiles.isHiddenMember("MACOSX/a.html")).isFalse();
  }

  @Test
  void aPathGivenAsTextFollowsTheFilesRuleWithoutTheArchivesFolder() {
    assertThat(HiddenFiles.isHiddenRelative("2024/.draft/a.txt")).isTrue();
    assertThat(HiddenFiles.isHiddenRelative("2024/a.txt")).isFalse();
    assertThat(HiddenFiles.isHiddenRelative("a.b/c.txt")).isFalse();
    assertThat(HiddenFiles.isHiddenRelative("__MACOSX/a.txt")).isFalse();
    assertThat(HiddenFiles.isHiddenMember("a/__MACOSX")).isTrue();
  }
}
