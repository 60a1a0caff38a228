package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What a run does if it is stopped (Ctrl-C, a plain kill) while this is open: a stopped run unwinds no {@code finally}
 * and, without a word, ended with exit code 130. Either a line on stderr ({@link #say}: an {@code index add} stopped by
 * Ctrl-C left the user to guess what was kept) or a tidying-up ({@link #delete}: a report's half-written temporary file
 * deleted). Closing it (the run went past that point, or failed and said so) takes the action back.
 */
final class OnInterrupt implements AutoCloseable {
  private final Thread hook;

  private OnInterrupt(Thread hook) {
    this.hook = hook;
  }

  /** Says {@code line.get()}, with "doppel: interrupted: " before it, if the JVM shuts down before {@link #close}. */
  static OnInterrupt say(PrintWriter err, Supplier<String> line) {
    return run("interrupt-notice", () -> err.println("doppel: interrupted: " + line.get()));
  }

  /** Deletes {@code file}, if it is there, if the JVM shuts down before {@link #close}. */
  static OnInterrupt delete(Path file) {
    return run("delete-on-interrupt", () -> {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // stopping anyway: nothing more to do about it
      }
    });
  }

  /** Runs {@code action} on a thread named {@code name} if the JVM shuts down before {@link #close}. */
  private static OnInterrupt run(String name, Runnable action) {
    Thread hook = new Thread(action, name);
    Runtime.getRuntime().addShutdownHook(hook);
    return new OnInterrupt(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already stopping: the action runs
    }
  }
}
