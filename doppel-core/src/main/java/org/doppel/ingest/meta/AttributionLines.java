package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.jspecify.annotations.Nullable;

/**
 * Reads statements that credit another source: "Source: X", "Sources: X", "(via X)", "Via: X",
 * "Copied from X", "Originally published by X.", "This article first appeared on X.",
 * "This article was originally published by X.", "Republished with permission from X.",
 * "Reprinted from X", "First published by X", German "Quelle: X" and "Zuerst erschienen bei X".
 *
 * <p>"Source" and "via" open ordinary sentences too ("Source code was …", "Via Appia …"), so they
 * count only with a colon or, for via, in brackets; the longer phrases count as they stand.
 */
public final class AttributionLines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern STATEMENT = Pattern.compile(
      "^(?:\\(\\s*via\\s+([^)\\n]{1,100})\\)"
          + "|(?:source|sources|via|quelle|quellen|fuente|source originale)\\s*:\\s*([^\\n]{1,120})"
          + "|(?:(?:this|the) (?:article|story|post|piece|report|content) (?:was |is |has been )?)?"
          + "(?:copied from|originally published|originally appeared|first appeared|first published|"
          + "republished with permission|republished|reprinted(?: with permission)?|reproduced with permission|"
          + "zuerst erschienen|ursprünglich erschienen|erstveröffentlichung)"
          + "(?:\\s+(?:by|on|in|at|from|of|bei|auf|im|in der|in dem))?\\s*:?\\s+([^\\n]{1,120}))$",
      FLAGS);
  /** Where a source name stops: a sentence end, a trailing "by …" (the seed's "Copied from Kiwi Report by ,"), a bracket. */
  private static final Pattern NAME_END = Pattern.compile("(?:\\.\\s|\\.$|\\s+by\\b|\\s+and is republished\\b|\\s+under\\b|\\s*[(\\[|]|,\\s|\\s+[–—-]\\s).*$", FLAGS);
  static final int MAX_WORDS = 30;
  /** The first word of every statement above (one that opens with a bracket aside). */
  private static final Set<String> OPENERS = Set.of("source", "sources", "via", "quelle", "quellen", "fuente",
      "this", "the", "copied", "originally", "first", "republished", "reprinted", "reproduced", "zuerst", "ursprünglich",
      "erstveröffentlichung");

  private AttributionLines() {}

  /** The attribution {@code line} states, or empty when it is not one. */
  public static Optional<Attribution> read(String line) {
    String trimmed = line.strip();
    // the opener first: the line is folded once for all the readers of a line, and most lines open otherwise
    if (trimmed.isEmpty() || !mayBeStatement(trimmed) || LineShape.moreWordsThan(trimmed, MAX_WORDS)) {
      return Optional.empty();
    }
    return statement(trimmed);
  }

  /**
   * As {@link #read}, for a non-empty stripped line already known to have at most {@link #MAX_WORDS} words, which are
   * not counted again: {@link TextMetadata} counts each line's words once for all its readers.
   */
  static Optional<Attribution> readShort(String trimmed) {
    return mayBeStatement(trimmed) ? statement(trimmed) : Optional.empty();
  }

  /**
   * {@link #mayBeStatement} of a non-empty stripped line, from its first char and its folded first word
   * ({@link LineShape#firstFoldedWord}), read from the array before the line is made a string.
   */
  static boolean mayBeStatement(char first, String foldedFirstWord) {
    return first == '(' || OPENERS.contains(foldedFirstWord);
  }

  private static Optional<Attribution> statement(String trimmed) {
    Matcher m = STATEMENT.matcher(trimmed);
    if (!m.matches()) {
      return Optional.empty();
    }
    String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return Optional.of(new Attribution(trimmed, sourceName(raw)));
  }

  /** A necessary condition of {@link #STATEMENT}: it opens with a bracket or one of its first words. */
  static boolean mayBeStatement(String trimmed) {
    return mayBeStatement(trimmed.charAt(0), LineShape.firstWord(LineShape.fold(trimmed)));
  }

  private static @Nullable String sourceName(String raw) {
    String name = NAME_END.matcher(raw.strip()).replaceFirst("").strip();
    name = name.replaceAll("^(?:the website|the site|website)\\s+", "").replaceAll("[\\s.,;:]+$", "");
    return name.isEmpty() || name.length() > 80 ? null : name;
  }
}
