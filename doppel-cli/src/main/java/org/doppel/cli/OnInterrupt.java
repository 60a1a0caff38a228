package org.doppel.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * A line said on stderr if the run is stopped (Ctrl-C, a plain kill) while it is open: an {@code index add} stopped
 * by Ctrl-C ended with exit code 130 and not a word, leaving the user to guess what was kept. Closing it (the run
 * went to its end, or failed and said so) takes the line back.
 */
final class InterruptNotice implements AutoCloseable {
  private final Thread hook;

  private InterruptNotice(Thread hook) {
    this.hook = hook;
  }

  /** Says {@code line.get()}, with "doppel: interrupted: " before it, if the JVM shuts down before {@link #close}. */
  static InterruptNotice open(PrintWriter err, Supplier<String> line) {
    Thread hook = new Thread(() -> err.println("doppel: interrupted: " + line.get()), "interrupt-notice");
    Runtime.getRuntime().addShutdownHook(hook);
    return new InterruptNotice(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already stopping: the hook runs and says its line
    }
  }
}
