package org.doppel.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "(being built)")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("doppel bench: not built yet");
    return 2;
  }
}
