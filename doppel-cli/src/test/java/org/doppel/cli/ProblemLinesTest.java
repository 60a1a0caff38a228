package org.doppel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.doppel.ingest.IngestProblem;
import org.junit.jupiter.api.Test;

class ProblemLinesTest {
  private final StringWriter said = new StringWriter();
  private final ProblemLines problems = new ProblemLines(new PrintWriter(said, true));

  @Test
  void aProblemIsSaidAndCountedANoteOnlySaid() {
    problems.accept(new IngestProblem("notes/a.txt", "empty file", true));
    problems.accept(IngestProblem.note("crawl.warc", "3 pages read"));
    assertThat(said.toString().lines()).containsExactly("doppel: notes/a.txt: empty file (skipped)", "doppel: crawl.warc: 3 pages read");
    assertThat(problems.count()).isEqualTo(1);
  }

  @Test
  void aQuietRunSaysProblemsButNotNotes() {
    ProblemLines quiet = new ProblemLines(new PrintWriter(said, true), true);
    quiet.accept(IngestProblem.note("day1.warc", "12 HTML pages read"));
    quiet.accept(new IngestProblem("day2.warc", "truncated WARC record", true));
    assertThat(said.toString().lines()).containsExactly("doppel: day2.warc: truncated WARC record (skipped)");
    assertThat(quiet.count()).isEqualTo(1);
  }

  @Test
  void aLineSaidOutsideTheReaderCountsToo() {
    problems.counted("doppel: b.txt: duplicate document id 'b'");
    assertThat(said.toString().lines()).containsExactly("doppel: b.txt: duplicate document id 'b'");
    assertThat(problems.count()).isEqualTo(1);
  }

  @Test
  void readingThreadsReportingAtOnceAreAllCounted() {
    IntStream.range(0, 2_000).parallel().forEach(i -> problems.accept(new IngestProblem("f" + i, "bad " + i, true)));
    assertThat(problems.count()).isEqualTo(2_000);
    assertThat(said.toString().lines()).hasSize(2_000);
  }

  @Test
  void filesSkippedForOneReasonAreNamedTenAtATimeTheRestCountedInOneLineWhenTheReadingEnds() {
    IntStream.range(0, 10_000).parallel().forEach(i -> problems.accept(new IngestProblem("cms/" + i + ".xml", "XML, not read", true)));
    problems.accept(new IngestProblem("cms/a.csv", "a table, not read", true));
    problems.accept(new IngestProblem("cms/b.txt", "empty file", false));
    problems.accept(new IngestProblem("cms/c.txt", "empty file", false));
    assertThat(said.toString().lines().filter(line -> line.endsWith("XML, not read (skipped)"))).hasSize(ProblemLines.NAMED_PER_REASON);
    assertThat(said.toString().lines()).hasSize(ProblemLines.NAMED_PER_REASON + 3);
    problems.sayHeldBack();
    // a warning is said each time; a reason met fewer than eleven times has no line of its own
    assertThat(said.toString().lines().skip(ProblemLines.NAMED_PER_REASON + 3))
        .containsExactly("doppel: … and 9990 more files skipped for the same reason, not named: XML, not read");
    assertThat(problems.count()).isEqualTo(10_003);
    assertThat(problems.skipped()).isEqualTo(10_001);
    problems.sayHeldBack();
    assertThat(said.toString().lines()).hasSize(ProblemLines.NAMED_PER_REASON + 4);
  }

  @Test
  void aRunThatReadNothingSaysWhatItLookedForWhereAndTheProblems() {
    assertThat(ProblemLines.nothingRead("picture", List.of(Path.of("shots")), 1))
        .isEqualTo("doppel: no picture could be read from shots (1 input problem)");
  }
}
