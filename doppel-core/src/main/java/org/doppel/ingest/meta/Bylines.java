package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author names out of a byline: "By Jane Voe" → "Jane Voe", "Reporting by Sam Quist",
 * "Written by A and B", "By Jane Voe, Business correspondent" → "Jane Voe", "By Johny in News On
 * 2nd April 2025" → "Johny", German "Von Anna Muster". "Staff reporter" and "Staff writer" are kept
 * as written: they say the site's own staff wrote it, which is what provenance needs.
 */
public final class Bylines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern LEAD = Pattern.compile(
      "^(?:by|written by|reporting by|reported by|words by|story by|text by|posted by|author|authors|autor|autorin|von|par|por)\\s*:?\\s+(.+)$", FLAGS);
  private static final Pattern STAFF = Pattern.compile("^(?:staff reporter|staff writer|by staff|staff)$", FLAGS);
  /** Job titles after a comma or dash: "Jane Voe, Business correspondent", "A – Senior Editor". */
  private static final Pattern ROLE = Pattern.compile(
      "\\s*(?:,|–|—|-|\\|)\\s*[^,]*\\b(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|"
          + "redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|staff|analyst|producer)\\b.*$", FLAGS);
  /** Where a seed-style byline goes on to say the section: "Johny in News On …". */
  private static final Pattern SECTION = Pattern.compile("\\s+(?:in|im)\\s+\\p{Lu}[^,]*$");
  private static final Pattern NAME = Pattern.compile(
      "^\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|van|von|de|der|den|da|del|di|du|la|le|bin|al|y|zu))*$");
  private static final Pattern JOINER = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*", FLAGS);
  static final int MAX_WORDS = 16;
  /** The first word of every {@link #LEAD} and {@link #STAFF} line. */
  private static final Set<String> OPENERS = Set.of("by", "written", "reporting", "reported", "words", "story",
      "text", "posted", "author", "authors", "autor", "autorin", "von", "par", "por", "staff");

  private Bylines() {}

  /** The names the byline {@code line} credits, or empty when it is not a byline with names. */
  public static Optional<String> names(String line) {
    String trimmed = line.strip();
    // the opener first: the line is folded once for all the readers of a line, and most lines open otherwise
    if (trimmed.isEmpty() || !opensByline(trimmed) || LineShape.moreWordsThan(trimmed, MAX_WORDS)) {
      return Optional.empty();
    }
    return bylineNames(trimmed);
  }

  /**
   * As {@link #names}, for a non-empty stripped line already known to have at most {@link #MAX_WORDS} words, which are
   * not counted again: {@link TextMetadata} counts each line's words once for all its readers.
   */
  static Optional<String> namesInShortLine(String trimmed) {
    return opensByline(trimmed) ? bylineNames(trimmed) : Optional.empty();
  }

  /** A necessary condition of {@link #LEAD} and {@link #STAFF}: the line opens with one of their first words. */
  private static boolean opensByline(String trimmed) {
    return isOpener(LineShape.firstWord(LineShape.fold(trimmed)));
  }

  /** {@link #opensByline} of a stripped line, given its folded first word ({@link LineShape#firstFoldedWord}). */
  static boolean isOpener(String foldedFirstWord) {
    return OPENERS.contains(foldedFirstWord);
  }

  private static Optional<String> bylineNames(String trimmed) {
    if (STAFF.matcher(trimmed).matches()) {
      return Optional.of(trimmed);
    }
    Matcher lead = LEAD.matcher(trimmed);
    if (!lead.matches()) {
      return Optional.empty();
    }
    return cleanNames(lead.group(1));
  }

  /**
   * {@code raw} with dates, sections, job titles and stray punctuation removed, when what is left
   * reads as one or more capitalised names.
   */
  public static Optional<String> cleanNames(String raw) {
    String names = raw.strip();
    var date = DateText.locate(names, false);
    if (date.isPresent()) {
      names = names.substring(0, date.get().start()).replaceFirst("(?i)\\s*(?:\\b(?:on|am|vom|published|updated)|[,|·–-])\\s*$", "");
    }
    names = SECTION.matcher(names).replaceFirst("");
    names = ROLE.matcher(names).replaceFirst("");
    names = names.replaceAll("^[\\s,;:|·–-]+|[\\s,;:|·.–-]+$", "").replaceAll("\\s+", " ");
    if (names.isEmpty()) {
      return Optional.empty();
    }
    for (String name : JOINER.split(names)) {
      if (!name.isEmpty() && !NAME.matcher(name).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(names);
  }
}
