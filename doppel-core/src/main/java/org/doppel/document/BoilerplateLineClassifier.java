package org.doppel.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.doppel.ingest.AsciiFirst;
import org.doppel.ingest.meta.AttributionLines;
import org.doppel.ingest.meta.DateLines;
import org.doppel.ingest.meta.LineShape;
import org.doppel.ingest.meta.ThreadCharBuffer;

/**
 * Recognises the lines a scraped copy adds around an article: advertisement markers, share prompts,
 * related-post lists, bylines, datelines, site headers and footers, attribution lines and tag lists.
 * They are set aside so that two pages of one site do not look alike because of them, and a copy
 * does not look different from its source because it carries its own.
 *
 * <p>Only short lines are candidates (at most {@value #MAX_WORDS} words): a sentence of article
 * text that happens to start with "By" or "Source" is long and stays in.
 */
public final class BoilerplateLineClassifier {
  static final int MAX_WORDS = 24;
  private static final int MAX_LENGTH = 300;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ADVERT = Pattern.compile(
      "^(?:advert|advertisement|advertising|ad|sponsored|sponsored content|story continues below(?: advertisement)?|continue reading below)$", FLAGS);
  private static final Pattern RELATED = Pattern.compile(
      "^(?:related|related posts?|related articles?|related stories|related content|read more|read next|see also|more stories|recommended(?: for you)?|you may also like|you might also like|most popular|trending now|more from [^.]{1,60})\\s*[:.…]*$", FLAGS);
  private static final Pattern SHARE = Pattern.compile(
      "^(?:share (?:this|on|via)\\b[^\\n]*|follow (?:us|[\\p{Lu}][^\\n]{0,60}) (?:on|for more)\\b[^\\n]*|"
          + "share(?: this)?(?: article| story| post| page)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?|tweet|pin it|email|print|share via email|"
          + "follow us(?: on [^.]{1,60})?|like us on facebook|subscribe(?: to [^.]{1,60})?|sign up (?:for|to) [^.]{1,60}|click here to [^.]{1,60}|"
          + "(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email)(?:\\s*[|/,·]?\\s*(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|copy link))+)\\s*[:.!]*$", FLAGS);
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:(?i:by|written by|reporting by|words by|story by|text by|posted by|author)\\s*:?\\s+[\\p{Lu}][^.!?]{0,120}"
          + "|(?i:staff reporter|staff writer|by staff)|[\\p{Lu}][\\p{L}'-]+(?: [\\p{Lu}][\\p{L}'-]+){0,3},? (?:staff|senior|chief|political|business|sports?) (?:reporter|writer|correspondent|editor))$", 0);
  private static final Pattern SITE_HEADER = Pattern.compile(
      "^(?:home\\s*(?:/|›|»|>)[^\\n]{0,200}|[^\\n]{0,80}\\b\\d{1,3}\\s*min(?:ute)?s?\\.? read|"
          + "(?-i:\\p{Lu}[\\p{L}'&.-]*(?: \\p{Lu}[\\p{L}'&.-]*| of| the| and| &){0,5}) (?:\\||>|›|»|·) (?-i:\\p{Lu}[\\p{L}'&.-]*(?: \\p{Lu}[\\p{L}'&.-]*| of| the| and| &){0,5})|posted in [^\\n]{1,80} by [^\\n]{1,80}|[^\\n]{1,80}\\s(?:/|›|»)\\s[^\\n]{1,80}\\s\\|\\s[^\\n]{1,80})$", FLAGS);
  private static final Pattern FOOTER = Pattern.compile(
      "^(?:©|\\(c\\)|copyright\\b)[^\\n]*$|^[^\\n]*(?:all rights reserved|privacy policy|terms of (?:use|service)|cookie policy)[^\\n]*$", FLAGS);
  private static final Pattern NOTICE = Pattern.compile(
      "^(?:this (?:article|story|post|content) (?:has been|was|is) (?:adapted|republished|reproduced|syndicated|edited|updated|shared)\\b[^\\n]*|disclaimer\\s*:?)$", FLAGS);
  private static final Pattern TAGS = Pattern.compile("^(?:topics|tags|filed under|categories|category)\\s*:\\s*[^\\n]*$", FLAGS);

  /** The text read from an array, not through {@code charAt} ({@link ThreadCharBuffer}). */
  private static final ThreadCharBuffer BUFFER = new ThreadCharBuffer();

  /** The metadata lines of {@code text}, in order. */
  public List<MetadataLine> classify(String text) {
    return classify(BUFFER.copyOf(text), text.length());
  }

  /**
   * As {@link #classify(String)}, for the text {@code chars[0, length)}: the lines are found and their words counted
   * in the array, and only the short ones become strings.
   */
  public List<MetadataLine> classify(char[] chars, int length) {
    List<MetadataLine> lines = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= length) {
      int lineEnd = lineStart;
      while (lineEnd < length && chars[lineEnd] != '\n') {
        lineEnd++;
      }
      int start = LineShape.strippedStart(chars, lineStart, lineEnd);
      int end = LineShape.strippedEnd(chars, start, lineEnd);
      // classifyLine refuses long lines: tested here on the range, an article paragraph is not copied first
      if (end > start && end - start <= MAX_LENGTH && !moreWordsThan(chars, start, end, MAX_WORDS)) {
        classifyLine(new String(chars, start, end - start)).ifPresent(kind -> lines.add(new MetadataLine(kind, new Span(start, end))));
      }
      lineStart = lineEnd + 1;
    }
    return lines;
  }

  /** The kind of metadata this single trimmed line is, or empty when it is article text. */
  public Optional<LineKind> classifyLine(String line) {
    if (line.length() > MAX_LENGTH || LineShape.wordCount(line) > MAX_WORDS) {
      return Optional.empty();
    }
    // Each pattern runs only when the line passes its cheap necessary condition (Openers): most short
    // lines of an article (titles, subheadings) pass none, and reach no regex at all.
    String folded = LineShape.fold(line);
    String first = LineShape.firstWord(folded);
    if (Openers.ADVERT.contains(first) && ADVERT.matcher(line).matches()) return Optional.of(LineKind.ADVERT);
    // datelines and attributions are read by ingest.meta, which also parses them into metadata
    if (DateLines.read(line).isPresent()) return Optional.of(LineKind.DATELINE);
    if (Openers.mayBeFooter(line, folded) && FOOTER.matcher(line).matches()) return Optional.of(LineKind.FOOTER);
    if (AttributionLines.read(line).isPresent() || isNotice(line, first)) return Optional.of(LineKind.ATTRIBUTION);
    if (Openers.mayBeSiteHeader(line, folded) && SITE_HEADER.matcher(line).matches()) return Optional.of(LineKind.SITE_HEADER);
    if (Openers.mayBeByline(folded, first) && BYLINE.matcher(line).matches() && LineShape.wordCount(line) <= 16) return Optional.of(LineKind.BYLINE);
    if (isRelated(line, first)) return Optional.of(LineKind.RELATED);
    if (isSharePrompt(line, first)) return Optional.of(LineKind.SHARE_PROMPT);
    if (Openers.TAGS.contains(first) && TAGS.matcher(line).matches()) return Optional.of(LineKind.TAGS);
    return Optional.empty();
  }

  /**
   * Whether a sentence inside running text has the form of an advertisement marker, footer, notice,
   * related-links line or share prompt: the kinds that are furniture wherever they stand. Datelines,
   * bylines, site headers, tags and attribution credits are left out (a sentence "By March, the
   * club …" has a byline's form), and so are sentences over {@value #MAX_WORDS} words.
   */
  public boolean isFurnitureSentence(String sentence) {
    if (sentence.length() > MAX_LENGTH || LineShape.wordCount(sentence) > MAX_WORDS) {
      return false;
    }
    String folded = LineShape.fold(sentence);
    String first = LineShape.firstWord(folded);
    return Openers.ADVERT.contains(first) && ADVERT.matcher(sentence).matches()
        || Openers.mayBeFooter(sentence, folded) && FOOTER.matcher(sentence).matches()
        || isNotice(sentence, first) || isRelated(sentence, first) || isSharePrompt(sentence, first);
  }

  /**
   * Every sentence {@link #isFurnitureSentence} takes, but one with a "©", holds one of these words (its first
   * word, or a footer's keyword); a run of social-network names glued into one word ("facebooktwitter") is
   * the exception, left to the line classifier.
   */
  static Set<String> furnitureTriggers() {
    return SegmentWords.union(List.of("this", "disclaimer", "c", "copyright", "rights", "privacy", "terms", "cookie"),
        Openers.ADVERT, Openers.RELATED, Openers.SHARE);
  }

  private static boolean isNotice(String line, String first) {
    return (first.equals("this") || first.equals("disclaimer")) && NOTICE.matcher(line).matches();
  }

  private static boolean isRelated(String line, String first) {
    return Openers.RELATED.contains(first) && RELATED.matcher(line).matches();
  }

  private static boolean isSharePrompt(String line, String first) {
    return Openers.mayBeSharePrompt(first) && SHARE.matcher(line).matches();
  }

  /**
   * Necessary conditions of the patterns above, on the line folded as the case-insensitive patterns
   * compare it ({@link LineShape#fold}) and its first word: the word each alternative opens with, or
   * the keyword or separator it cannot do without.
   */
  static final class Openers {
    static final Set<String> ADVERT = Set.of("advert", "advertisement", "advertising", "ad", "sponsored", "story", "continue");
    static final Set<String> RELATED = Set.of("related", "read", "see", "more", "recommended", "you", "most", "trending");
    static final Set<String> SHARE = Set.of("share", "follow", "tweet", "pin", "email", "print", "like", "subscribe", "sign", "click",
        "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit");
    static final Set<String> TAGS = Set.of("topics", "tags", "filed", "categories", "category");
    private static final LineShape.Chars SITE_SEPARATORS = LineShape.Chars.of("/|>›»·");
    private static final Set<String> BYLINE = Set.of("by", "written", "reporting", "words", "story", "text", "posted", "author", "staff");

    private Openers() {}

    static boolean mayBeFooter(String line, String folded) {
      return line.indexOf('©') >= 0 || folded.startsWith("(c)") || folded.startsWith("copyright") || folded.contains("all rights reserved")
          || folded.contains("privacy policy") || folded.contains("terms of ") || folded.contains("cookie policy");
    }

    /** A prefix test: the social-network list may run its names together ("facebooktwitter"). */
    static boolean mayBeSharePrompt(String first) {
      for (String opener : SHARE) {
        if (first.startsWith(opener)) {
          return true;
        }
      }
      return false;
    }

    static boolean mayBeSiteHeader(String line, String folded) {
      return LineShape.hasAny(line, SITE_SEPARATORS) || folded.contains("min") || folded.startsWith("posted in ");
    }

    static boolean mayBeByline(String folded, String first) {
      return BYLINE.contains(first) || folded.contains("reporter") || folded.contains("writer") || folded.contains("correspondent")
          || folded.contains("editor");
    }
  }

  /** {@code LineShape.wordCount(new String(text, start, end - start)) > max}, stopping at the first word past {@code max}. */
  private static boolean moreWordsThan(char[] text, int start, int end, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean space = AsciiFirst.isWhitespace(text[i]);
      if (!space && !inWord && ++words > max) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }
}
