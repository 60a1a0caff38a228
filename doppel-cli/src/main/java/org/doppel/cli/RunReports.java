package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The reports one run writes ({@code scan}'s pairs, families and duplicates; the one report of {@code query},
 * {@code trace} and {@code photos}), each through {@link ReportFiles#write}, whole or not at all, and the line a run
 * stopped before its end (Ctrl-C, a plain kill; exit code 130) says about them: which were written whole, which not
 * (a file already there is left as it was), and a report on standard output cut short: without it a stopped run
 * deletes its temporary file without a word. Closing it (the run ended, or failed and said why) takes the line back.
 */
final class RunReports implements AutoCloseable {
  /** The name standard output has in the line. */
  static final String STANDARD_OUTPUT = "standard output";

  private final List<String> reports = new ArrayList<>();
  private final List<String> written = new CopyOnWriteArrayList<>();
  private volatile boolean printing; // the report on standard output is being written
  private final OnInterrupt notice;

  /**
   * The reports of a run: {@code report} (null: standard output), then the {@code sideFiles} asked for (null ones are
   * not asked for and left out).
   */
  static RunReports open(PrintWriter err, Path report, Path... sideFiles) {
    return new RunReports(err, report, sideFiles);
  }

  private RunReports(PrintWriter err, Path report, Path... sideFiles) {
    reports.add(name(report));
    Stream.of(sideFiles).filter(file -> file != null).forEach(file -> reports.add(name(file)));
    notice = OnInterrupt.say(err, this::line);
  }

  /** What a command with one report runs once it is open. */
  @FunctionalInterface
  interface Run {
    Integer with(RunReports reports) throws IOException;
  }

  /**
   * Runs a command that writes one report, {@code report} (null: standard output): refused before any input is read when
   * the file cannot be written ({@link ReportFiles#checkWritable}), and a run stopped before its end says what it left.
   */
  static Integer withOneReport(PrintWriter err, Path report, Run run) throws IOException {
    ReportFiles.checkWritable(report);
    try (RunReports reports = open(err, report)) {
      return run.with(reports);
    }
  }

  /** Writes {@code content} to {@code file} (null: standard output) as {@link ReportFiles#write} does, and notes it written. */
  void write(Path file, ReportFiles.Content content) throws IOException {
    printing = file == null;
    try {
      ReportFiles.write(file, content);
    } finally {
      printing = false;
    }
    written.add(name(file));
  }

  private String line() {
    return interruptedLine(reports, written, printing);
  }

  /**
   * What a run stopped by Ctrl-C leaves: each report file is written whole or not at all, but a run stopped between two
   * of them left a new pairs report beside an earlier run's duplicates list, without a word.
   */
  static String interruptedLine(List<String> reports, List<String> written, boolean printing) {
    List<String> notWritten = reports.stream()
        .filter(report -> !written.contains(report) && !report.equals(STANDARD_OUTPUT)).toList();
    String line = written.isEmpty() ? "no report written" : "written whole: " + String.join(", ", written);
    if (printing) {
      line += "; cut short: the report on " + STANDARD_OUTPUT;
    }
    return notWritten.isEmpty() ? line : line + "; not written: " + String.join(", ", notWritten) + " (a file already there is left as it was)";
  }

  private static String name(Path file) {
    return file == null ? STANDARD_OUTPUT : file.toString();
  }

  @Override
  public void close() {
    notice.close();
  }
}
