package org.doppel.cli;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
  /** The most edits between a mistyped option and the one offered for it ({@link #nearest}). */
  private static final int MAX_EDITS = 2;

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

  /** Picocli's own words for one unknown option, and the command's option it most likely meant when one is close. */
  private static String unknown(CommandLine command, String option) {
    String message = new UnmatchedArgumentException(command, List.of(option)).getMessage();
    return message + nearest(option, command.getCommandSpec().optionsMap().keySet()).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  /**
   * The name among {@code names} fewest edits from {@code typed} (a letter added, dropped, changed, or two side by side
   * swapped), where that is at most 2 and at most a third of the longer name without its dashes: a slip of the keys,
   * "--min-scor" for "--min-score". Picocli's own suggestion is its nearest by letter pairs, however far: "--thresh"
   * was offered "--threads", a word of another meaning. The first of equals in {@code names}' order.
   */
  static Optional<String> nearest(String typed, Collection<String> names) {
    String best = null;
    int fewest = Integer.MAX_VALUE;
    for (String name : names) {
      int edits = edits(typed, name);
      int longer = Math.max(withoutDashes(typed).length(), withoutDashes(name).length());
      if (edits <= MAX_EDITS && edits * 3 <= longer && edits < fewest) {
        best = name;
        fewest = edits;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String withoutDashes(String option) {
    int i = 0;
    while (i < option.length() && option.charAt(i) == '-') {
      i++;
    }
    return option.substring(i);
  }

  /** The optimal string alignment distance: Levenshtein's, with a swap of two neighbouring letters one edit. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
