package org.doppel.ingest.meta;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a site's name from the lines a site puts around its articles:
 *
 * <ul>
 *   <li>breadcrumbs ending in the site: "Home / Region / Article | Estuary Chronicle";
 *   <li>"Posted in Sport by Riverbend Herald staff";
 *   <li>a section trail: "Opinion > The Sunrise Review" (the site comes last);
 *   <li>site and section: "Urban Bulletin | Tech" (the site comes first), "The Upland Observer · 9 min read";
 *   <li>a copyright footer: "© 2019 The Lamplit Ledger. All rights reserved. | Privacy Policy";
 *   <li>a follow prompt: "Follow Estuary Chronicle for more Region coverage."
 * </ul>
 *
 * A site name is one to seven words starting with a capital letter or a digit.
 */
public final class SiteLines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NAME = "(\\p{Lu}[^|/›»>·\\n]{0,60}?)";
  private static final Pattern BREADCRUMB = Pattern.compile("^(?:home|start|startseite)\\s*(?:/|›|»|>)[^|]*\\|\\s*" + NAME + "\\s*$", FLAGS);
  private static final Pattern POSTED_IN = Pattern.compile("^posted in [^\\n]{1,60}? by " + NAME + " staff$", FLAGS);
  private static final Pattern TRAIL = Pattern.compile("^[\\p{Lu}][^|>›»]{0,40}\\s(?:>|›|»)\\s" + NAME + "$", Pattern.UNICODE_CASE);
  private static final Pattern SITE_SECTION = Pattern.compile("^" + NAME + "\\s(?:\\||·)\\s(?:\\p{Lu}[\\p{L}&' -]{0,30}|\\d{1,3} min(?:ute)?s? read)$", Pattern.UNICODE_CASE);
  private static final Pattern COPYRIGHT = Pattern.compile(
      "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*)?" + NAME
          + "[.,]?\\s*(?:all rights reserved|alle rechte vorbehalten)[^\\n]*$", FLAGS);
  private static final Pattern FOLLOW = Pattern.compile("(?:^|[.!]\\s+)follow " + NAME + " for more\\b[^\\n]*$", FLAGS);
  private static final Pattern NAME_SHAPE = Pattern.compile("^[\\p{Lu}\\d][\\p{L}\\p{M}\\d.'&-]*(?: [\\p{L}\\p{M}\\d.'&-]+){0,6}$");

  /** The separators and the copyright sign one of the patterns above needs, unless a keyword stands in for it. */
  private static final LineShape.Chars SEPARATORS = LineShape.Chars.of("|>›»·©");

  private SiteLines() {}

  /** How a site line names the site: from its header or from its footer. */
  public enum Where { HEADER, FOOTER, FOLLOW_PROMPT }

  /** A site name read from a line, and what kind of line it was. */
  public record SiteName(String name, Where where) {}

  /** The site named by {@code line}, when it is one of the site lines above. */
  public static Optional<SiteName> read(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || !maySiteLine(trimmed.toCharArray(), 0, trimmed.length())) {
      return Optional.empty();
    }
    for (Pattern header : new Pattern[] {BREADCRUMB, POSTED_IN, TRAIL, SITE_SECTION}) {
      Matcher m = header.matcher(trimmed);
      if (m.matches()) {
        return named(m.group(1), Where.HEADER);
      }
    }
    Matcher copyright = COPYRIGHT.matcher(trimmed);
    if (copyright.matches()) {
      return named(copyright.group(1), Where.FOOTER);
    }
    Matcher follow = FOLLOW.matcher(trimmed);
    if (follow.find() && !follow.group(1).toLowerCase(Locale.ROOT).startsWith("us")) {
      return named(follow.group(1), Where.FOLLOW_PROMPT);
    }
    return Optional.empty();
  }

  /**
   * Whether the stripped line {@code text[start, end)} may be read by {@link #read}: a necessary condition of the
   * patterns above (at most 300 chars, and a separator of breadcrumbs, trails and site-section lines, "posted in", a
   * copyright opener, or "follow"), tested on the array, so that a line none of the readers take is never made a string.
   */
  static boolean maySiteLine(char[] text, int start, int end) {
    if (end - start > 300) {
      return false;
    }
    if (LineShape.hasAny(text, start, end, SEPARATORS)) {
      return true;
    }
    return LineShape.foldedStartsWith(text, start, end, "posted in ") || LineShape.foldedStartsWith(text, start, end, "(c)")
        || LineShape.foldedStartsWith(text, start, end, "copyright") || LineShape.foldedContains(text, start, end, "follow ");
  }

  private static Optional<SiteName> named(String raw, Where where) {
    String name = raw.strip().replaceAll("[.,;:]+$", "");
    return NAME_SHAPE.matcher(name).matches() ? Optional.of(new SiteName(name, where)) : Optional.empty();
  }
}
