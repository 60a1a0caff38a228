package org.doppel.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.doppel.ScanProgress;

/** Draws the library's progress as a bar on stderr, or nothing when stderr is not a terminal. */
final class ProgressReporter implements ScanProgress, AutoCloseable {
  private final boolean enabled;
  private ProgressBar bar;
  private String phase;

  private ProgressReporter(boolean enabled) {
    this.enabled = enabled;
  }

  static ProgressReporter create(boolean enabled) {
    return new ProgressReporter(enabled);
  }

  @Override
  public synchronized void update(String newPhase, long done, long total) {
    if (!enabled) {
      return;
    }
    if (!newPhase.equals(phase)) {
      close();
      phase = newPhase;
      bar = new ProgressBarBuilder().setTaskName(newPhase).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
