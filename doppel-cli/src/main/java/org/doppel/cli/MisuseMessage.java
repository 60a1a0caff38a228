package org.doppel.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a command line picocli refused says first: an unknown option, with the option it most likely meant. Picocli
 * checks the required arguments before the unknown options, so {@code scan --bogus} was told only of its missing
 * CORPUS, and an unknown option after a list ({@code --in D --bogus}) came with a second message joined on the line.
 */
final class MisuseMessage {
  private static final String UNKNOWN_OPTION = "Unknown option: '";
  /** How picocli joins its second message to an unknown option met where an option's value was due. */
  private static final String AFTER_UNKNOWN_OPTION = "; Expected parameter for option ";

  private MisuseMessage() {}

  static String of(ParameterException error) {
    String message = error.getMessage();
    CommandLine command = error.getCommandLine();
    if (message.startsWith(UNKNOWN_OPTION) && message.contains(AFTER_UNKNOWN_OPTION)) {
      return unknown(command, message.substring(UNKNOWN_OPTION.length(), message.indexOf('\'', UNKNOWN_OPTION.length())));
    }
    // The arguments picocli set aside before it gave up: an unknown option among them came first on the line.
    return command.getUnmatchedArguments().stream().filter(argument -> argument.length() > 1 && argument.startsWith("-"))
        .findFirst().map(option -> unknown(command, option)).orElse(message);
  }

  /** Picocli's own words for one unknown option, and its nearest match when it has one. */
  private static String unknown(CommandLine command, String option) {
    UnmatchedArgumentException unknown = new UnmatchedArgumentException(command, List.of(option));
    List<String> suggestions = unknown.getSuggestions();
    return unknown.getMessage() + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.getFirst() + "'?");
  }
}
