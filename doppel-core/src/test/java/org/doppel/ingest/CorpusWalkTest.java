package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkTest {
  @TempDir Path root;
  private final List<IngestProblem> problems = new ArrayList<>();

  private List<String> namesInOrder(Set<Path> skipped, Path... roots) {
    List<String> names = new ArrayList<>();
    new CorpusWalk(problems::add, skipped).inNameOrder(List.of(roots), (file, name) -> names.add(name));
    return names;
  }

  @Test
  void filesOfAFolderComeInNameOrderNamedRelativeToIt() throws IOException {
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("c.txt"), "Third.");
    Files.writeString(root.resolve("b/inner.txt"), "Second.");
    Files.writeString(root.resolve("a.txt"), "First.");
    assertThat(namesInOrder(Set.of(), root)).containsExactly("a.txt", "b/inner.txt", "c.txt");
    assertThat(problems).isEmpty();
  }

  @Test
  void aFileNamedOnItsOwnIsNamedByItsFileName() throws IOException {
    Path file = Files.writeString(root.resolve("alone.txt"), "Alone.");
    assertThat(namesInOrder(Set.of(), file)).containsExactly("alone.txt");
  }

  @Test
  void hiddenFilesAndSkippedPathsAreLeftOutWithoutAProblem() throws IOException {
    Files.writeString(root.resolve(".hidden.txt"), "Hidden.");
    Files.createDirectories(root.resolve("report"));
    Files.writeString(root.resolve("report/pairs.jsonl"), "{}");
    Files.writeString(root.resolve("kept.txt"), "Kept.");
    assertThat(namesInOrder(Set.of(root.resolve("report").toAbsolutePath().normalize()), root)).containsExactly("kept.txt");
    assertThat(problems).isEmpty();
  }

  @Test
  void rootsAreWalkedOneAfterTheOtherAndAMissingOneIsAProblem() throws IOException {
    Path first = Files.createDirectories(root.resolve("z-first"));
    Path second = Files.createDirectories(root.resolve("a-second"));
    Files.writeString(first.resolve("one.txt"), "One.");
    Files.writeString(second.resolve("two.txt"), "Two.");
    assertThat(namesInOrder(Set.of(), first, root.resolve("missing"), second)).containsExactly("one.txt", "two.txt");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no such file or folder"));
  }

  @Test
  void aBackslashInAFileNameIsPartOfItsNameNotAFolder() throws IOException {
    // main: "a\\b.txt" was named "a/b.txt", the name of the file b.txt in the folder a beside it, and lost as its duplicate
    Files.createDirectories(root.resolve("a"));
    Files.writeString(root.resolve("a/b.txt"), "In a folder.");
    Files.writeString(root.resolve("a\\b.txt"), "A backslash in the name.");
    assertThat(namesInOrder(Set.of(), root)).containsExactlyInAnyOrder("a/b.txt", "a\\b.txt");
  }

  @Test
  void aFolderInsideThatCannotBeOpenedIsNamedAndTheRestIsRead() throws IOException {
    // main: the walk (Files.find) stopped at the locked folder, "ROOT: cannot list folder: …AccessDeniedException", and
    // the whole root was dropped: every document of the corpus lost for one folder. As root the folder opens anyway.
    Files.writeString(root.resolve("a.txt"), "First.");
    Path locked = Files.createDirectories(root.resolve("b-locked"));
    Files.writeString(locked.resolve("inside.txt"), "Locked away.");
    Files.writeString(root.resolve("c.txt"), "Third.");
    assertThat(locked.toFile().setReadable(false, false) && locked.toFile().setExecutable(false, false)).isTrue();
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "run as a user whom permissions bind (not root)");
      assertThat(namesInOrder(Set.of(), root)).containsExactly("a.txt", "c.txt");
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.location()).isEqualTo(locked.toString());
        assertThat(p.message()).isEqualTo("cannot list folder: permission denied");
      });
    } finally {
      locked.toFile().setReadable(true, false);
      locked.toFile().setExecutable(true, false);
    }
  }

  @Test
  void aFolderTheWalkCannotOpenIsAProblemOfItsOwnAndTheWalkGoesOn() throws IOException {
    // the same as the test above, for a run as root, whom no permission stops: the walk's answer to the failure
    Path locked = Files.createDirectories(root.resolve("locked"));
    List<Path> found = new ArrayList<>();
    CorpusWalk.Listing listing = new CorpusWalk(problems::add, Set.of()).new Listing(root, found::add);
    assertThat(listing.visitFileFailed(locked, new AccessDeniedException(locked.toString()))).isEqualTo(FileVisitResult.CONTINUE);
    assertThat(listing.visitFileFailed(root.resolve(".hidden"), new AccessDeniedException("x"))).isEqualTo(FileVisitResult.CONTINUE);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(locked.toString());
      assertThat(p.message()).isEqualTo("cannot list folder: permission denied");
    });
    assertThatThrownBy(() -> listing.visitFileFailed(root, new AccessDeniedException(root.toString()))).isInstanceOf(AccessDeniedException.class);
  }
}
