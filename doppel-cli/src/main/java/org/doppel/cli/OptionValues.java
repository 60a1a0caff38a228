package org.doppel.cli;

import java.nio.file.Path;
import org.doppel.ingest.Counted;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that refuse a numeric option's value out of its range while the command line is read, so that
 * {@code --threads 0} is misuse like any other (one line, exit 2) wherever it is given, rather than a failure
 * of the run (exit 1) or a value taken as it is ({@code bench --scan-limit -1} stopped every scan at once).
 */
final class OptionValues {
  private OptionValues() {}

  /** A whole number of at least {@code least}; picocli makes each converter with no arguments, hence one class per bound. */
  private abstract static class AtLeast implements ITypeConverter<Integer> {
    private final int least;

    AtLeast(int least) {
      this.least = least;
    }

    @Override
    public Integer convert(String value) {
      return atLeast(value, least);
    }
  }

  /** A count of at least 1: threads, rounds, clients, seconds. */
  static final class AtLeastOne extends AtLeast {
    AtLeastOne() {
      super(1);
    }
  }

  /**
   * Worker threads: at least 1, and no more than the processors the JVM may use, which more threads cannot speed up.
   * A value written for a bigger machine is taken down to them with a note: {@code --threads 32767} on two cores made
   * twelve thousand threads and 19 GB of memory before the machine stalled, and past 32,767 (the most a fork-join
   * pool takes) it was a stack trace.
   */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int threads = atLeast(value, 1);
      int processors = Runtime.getRuntime().availableProcessors();
      if (threads <= processors) {
        return threads;
      }
      System.err.println("doppel: --threads " + threads + " is more than the " + Counted.of(processors, "processor")
          + " this machine offers; using " + processors);
      return processors;
    }
  }

  /** A benchmark corpus size: the generator needs at least 10 documents to plant its pairs among. */
  static final class CorpusSize extends AtLeast {
    CorpusSize() {
      super(10);
    }
  }

  /** A count that may be 0 (as many as there are, or none). */
  static final class AtLeastZero extends AtLeast {
    AtLeastZero() {
      super(0);
    }
  }

  /** Cross-validation folds: one fold would leave nothing to train on. */
  static final class AtLeastTwo extends AtLeast {
    AtLeastTwo() {
      super(2);
    }
  }

  /** A finite number above 0: seconds, a learning rate. */
  static final class Positive implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double number = number(value);
      if (!(number > 0) || Double.isInfinite(number)) {
        throw new TypeConversionException("must be above 0, got " + value);
      }
      return number;
    }
  }

  /**
   * A report's file, where {@code -} is standard output (the default), as most command-line tools read it: it made
   * a file named "-" in the working folder.
   */
  static final class OutputFile implements ITypeConverter<java.nio.file.@org.jspecify.annotations.Nullable Path> {
    @Override
    public java.nio.file.@org.jspecify.annotations.Nullable Path convert(String value) {
      return value.equals("-") ? null : Path.of(value);
    }
  }

  private static int atLeast(String value, int least) {
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (number < least) {
      throw new TypeConversionException("must be at least " + least + ", got " + number);
    }
    return number;
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number");
    }
  }
}
