package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./doppel} builds once when two runs start together after an edit: both ran Maven in the same target
 * folders, and one failed. The launcher runs here in a copy of the project's layout whose Maven wrapper and java are stubs
 * (the wrapper counts its builds and takes a second, the java prints what it was asked), so the lock's logic is tested
 * without a real build.
 */
class LauncherBuildLockTest {
  @TempDir
  Path project;

  private Path script(String relative, String body) throws Exception {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  private Process launch() throws Exception {
    ProcessBuilder run = new ProcessBuilder("bash", project.resolve("doppel").toString(), "--version").redirectErrorStream(true);
    run.environment().put("JAVA_HOME", project.resolve("jdk").toString());
    return run.start();
  }

  @Test
  void twoRunsStartedTogetherAfterAnEditBuildOnce() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Assumptions.assumeTrue(new ProcessBuilder("bash", "-c", "command -v flock").start().waitFor() == 0, "needs flock");
    Files.copy(Path.of("..", "doppel"), project.resolve("doppel"));
    Files.copy(Path.of("..", "bin", "utf8-locale.sh"), Files.createDirectories(project.resolve("bin")).resolve("utf8-locale.sh"));
    // A JDK older than 25: the launcher trains no start-up cache, so only the build is under test.
    script("bin/find-java.sh", "doppel_java_major() { echo 17; }\n");
    script("jdk/bin/java", "#!/usr/bin/env bash\necho \"java $*\"\n");
    script("mvnw", "#!/usr/bin/env bash\necho build >> builds.log\nsleep 1\ntouch doppel-cli/target/doppel.jar\n");
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path jar = Files.createDirectories(project.resolve("doppel-cli/target")).resolve("doppel.jar");
    Files.writeString(jar, "the previous build");
    Path source = script("doppel-cli/src/main/java/Edited.java", "class Edited {}\n");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(60)));

    List<Process> runs = new ArrayList<>(List.of(launch(), launch()));
    List<String> outputs = new ArrayList<>();
    for (Process run : runs) {
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor()).as(output).isZero();
      outputs.add(output);
    }
    assertThat(Files.readAllLines(project.resolve("builds.log"))).containsExactly("build");
    assertThat(outputs).allSatisfy(output -> assertThat(output).contains("-jar " + jar + " --version"));
    assertThat(String.join("", outputs)).containsOnlyOnce("doppel: building");

    Process third = launch(); // the jar is fresh now: no build
    assertThat(new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("building");
    assertThat(third.waitFor()).isZero();
    assertThat(Files.readAllLines(project.resolve("builds.log"))).hasSize(1);
  }
}
