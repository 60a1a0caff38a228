package org.doppel.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "(being built)")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("doppel eval: not built yet");
    return 2;
  }
}
