package org.doppel.ingest.meta;

import java.util.Arrays;
import java.util.Optional;
import org.doppel.ingest.ArticleMetadata;
import org.jspecify.annotations.Nullable;

/**
 * What a plain-text article says about itself, read from its lines: the title on the first line,
 * then, in the lines right after it and in the last lines, a site line ("Home / World / Article |
 * Daily Solstice", "Posted in Sport by Riverbend Herald staff"), a byline ("By Jane Voe and Sam
 * Quinn", "By Johny in News On 2nd April 2025"), a dateline ("Published 3 March 2019", "Updated:
 * 13/03/2019 14:05"), attribution statements ("Copied from Kiwi Report", "(via Larkcrest Post)")
 * and a footer ("© 2019 The Lamplit Ledger. All rights reserved."). Photo credits ("Views of North
 * Korean homes PEDRO PARDO/AFP via Getty Images") are read from every line.
 *
 * <p>Only the head ({@value #HEAD_LINES} non-empty lines after the title) and the tail (the last
 * {@value #TAIL_LINES}) are searched for bylines, dates and sites: scraped copies put them there,
 * and a sentence deep in the article that starts with "By" or names a date is article text.
 *
 * <p>Evidence values: "text:first-line", "text:byline", "text:dateline", "text:site-line",
 * "text:footer", "text:follow-line", "text:attribution", "text:caption".
 */
public final class TextMetadata {
  static final int HEAD_LINES = 8;
  static final int TAIL_LINES = 6;
  private static final int MAX_TITLE_LENGTH = 250;
  /**
   * A line longer than this, with more than {@link #NO_READER_WORDS} words, is read by no line reader:
   * site lines are at most 300 characters, datelines 80, attributions 30 words, bylines 16, credits 40.
   */
  private static final int NO_READER_LENGTH = 300;
  private static final int NO_READER_WORDS = 40;
  /** Words counted in a line at most: one more than any reader takes. */
  static final int MAX_COUNTED_WORDS = NO_READER_WORDS + 1;

  /** The text read from an array, not through {@code charAt} ({@link ThreadCharBuffer}). */
  private static final ThreadCharBuffer BUFFER = new ThreadCharBuffer();

  private TextMetadata() {}

  /** The metadata {@code text} carries; {@link ArticleMetadata#EMPTY}'s fields where it carries none. */
  public static ArticleMetadata extract(String text) {
    return text == null ? ArticleMetadata.EMPTY : extract(BUFFER.copyOf(text), text.length());
  }

  /**
   * As {@link #extract(String)}, for the text {@code chars[0, length)}: a reader that decodes a file into an array
   * reads its metadata without making the whole text a string.
   */
  public static ArticleMetadata extract(char[] chars, int length) {
    // Lines as stripped ranges of the text: only the edge lines and the short ones a credit may be in
    // become strings, so a long article is not copied line by line.
    int[] lines = lines(chars, length);
    if (lines.length == 0) {
      return ArticleMetadata.EMPTY; // a blank text: no line but whitespace
    }
    MetadataBuilder meta = new MetadataBuilder();
    int firstBody = 0;
    int firstEnd = 0;
    while (firstEnd < length && chars[firstEnd] != '\n') {
      firstEnd++;
    }
    // the first line, stripped: the first line found when it lies before the first line break
    String first = lines[0] < firstEnd ? new String(chars, lines[0], lines[1] - lines[0]) : "";
    if (!first.isEmpty() && first.length() <= MAX_TITLE_LENGTH && !isMetadataLine(first, lines[2])) {
      meta.title(first, "text:first-line");
      firstBody = 1;
    }
    int from = firstBody; // a title is a non-empty first line: the first line found
    int count = lines.length / 3 - from;
    int headEnd = Math.min(HEAD_LINES, count);
    int tailStart = Math.max(headEnd, count - TAIL_LINES);
    TrailingSites trailingSites = new TrailingSites();
    for (int i = 0; i < count; i++) {
      int start = lines[3 * (i + from)];
      int end = lines[3 * (i + from) + 1];
      int words = lines[3 * (i + from) + 2];
      boolean edge = i < headEnd || i >= tailStart;
      boolean mayHoldCredit = CreditLines.mayHoldCredit(end - start, words);
      if (!edge) {
        if (mayHoldCredit && CreditLines.hasTrigger(chars, start, end)) {
          CreditLines.readShort(new String(chars, start, end - start)).ifPresent(image -> meta.image(image, "text:caption"));
        }
        continue;
      }
      if (end - start > NO_READER_LENGTH && words > NO_READER_WORDS) {
        continue; // an article paragraph: every reader below would refuse it, after copying and folding it
      }
      if (mayBeRead(chars, start, end, words, mayHoldCredit)) { // most edge lines of an article pass no reader's cheap test
        readEdgeLine(new String(chars, start, end - start), words, mayHoldCredit, meta, trailingSites);
      }
    }
    trailingSites.addTo(meta);
    return meta.build();
  }

  /** Reads one edge line, a head or tail line some reader may take: the first reader that takes it wins. */
  private static void readEdgeLine(String line, int words, boolean mayHoldCredit, MetadataBuilder meta, TrailingSites trailingSites) {
    Optional<SiteLines.SiteName> site = SiteLines.read(line);
    if (site.isPresent()) {
      trailingSites.offer(site.get(), meta);
      return;
    }
    Optional<DateText.DateTime> dateline = DateLines.read(line);
    if (dateline.isPresent()) {
      meta.date(dateline.get(), "text:dateline");
      return;
    }
    var attribution = attribution(line, words);
    if (attribution.isPresent()) {
      meta.attribution(attribution.get(), "text:attribution");
      return;
    }
    Optional<String> byline = bylineNames(line, words);
    if (byline.isPresent()) {
      meta.author(byline.get(), "text:byline");
      // "By Johny in News On 2nd April 2025" carries the date as well
      DateText.find(line).ifPresent(date -> meta.date(date, "text:byline"));
      return;
    }
    if (mayHoldCredit) {
      CreditLines.readShort(line).ifPresent(image -> meta.image(image, "text:caption"));
    }
  }

  /**
   * The site a text's footer or follow prompt names, the first of each: a header's site line outranks them wherever
   * it stands, so they are given to the metadata only once every line is read.
   */
  private static final class TrailingSites {
    private SiteLines.@Nullable SiteName footer;
    private SiteLines.@Nullable SiteName follow;

    void offer(SiteLines.SiteName site, MetadataBuilder meta) {
      switch (site.where()) {
        case HEADER -> meta.site(site.name(), "text:site-line");
        case FOOTER -> footer = footer == null ? site : footer;
        case FOLLOW_PROMPT -> follow = follow == null ? site : follow;
      }
    }

    void addTo(MetadataBuilder meta) {
      if (footer != null) {
        meta.site(footer.name(), "text:footer");
      }
      if (follow != null) {
        meta.site(follow.name(), "text:follow-line");
      }
    }
  }

  /**
   * Whether one of the readers of an edge line may take the stripped line {@code text[start, end)} of {@code words}
   * words: each reader's necessary condition (the length and word limits, then the cheap test it makes before any
   * pattern), tested on the array. A line that passes none is read by no reader, so it need not become a string.
   */
  private static boolean mayBeRead(char[] text, int start, int end, int words, boolean mayHoldCredit) {
    if (SiteLines.maySiteLine(text, start, end) || DateLines.mayBeDateline(text, start, end)
        || mayHoldCredit && CreditLines.hasTrigger(text, start, end)) {
      return true;
    }
    if (words > AttributionLines.MAX_WORDS) {
      return false; // and so more than a byline's
    }
    String first = LineShape.firstFoldedWord(text, start, end);
    return AttributionLines.mayBeStatement(text[start], first) || words <= Bylines.MAX_WORDS && Bylines.isOpener(first);
  }

  /**
   * Each non-empty line of {@code text[0, length)}, stripped of whitespace as {@link String#strip()} does, in order:
   * its start, its end and its words as {@link LineShape#moreWordsThan} counts them in the stripped line, counted up
   * to {@link #MAX_COUNTED_WORDS}: the readers' word limits are read from here, where each reader counted them again.
   */
  static int[] lines(char[] text, int length) {
    int[] lines = new int[3 * 32];
    int n = 0;
    for (int lineStart = 0; lineStart <= length; ) {
      // the words counted on the way to the line's end, as LineShape.words counts them, in the one pass that finds it
      int lineEnd = lineStart;
      int counted = 0;
      boolean inWord = false;
      for (; lineEnd < length; lineEnd++) {
        char c = text[lineEnd];
        if (c == '\n') {
          break;
        }
        boolean space = c <= ' ' && LineShape.separatesWords(c);
        if (!space && !inWord && ++counted == MAX_COUNTED_WORDS) {
          break;
        }
        inWord = !space;
      }
      while (lineEnd < length && text[lineEnd] != '\n') {
        lineEnd++;
      }
      int start = LineShape.strippedStart(text, lineStart, lineEnd);
      int end = LineShape.strippedEnd(text, start, lineEnd);
      if (end > start) {
        if (n + 3 > lines.length) {
          lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[n++] = start;
        lines[n++] = end;
        // separators around the stripped line count no word; other whitespace there (U+2003, U+001C) would have
        boolean sameWords = onlySeparators(text, lineStart, start) && onlySeparators(text, end, lineEnd);
        lines[n++] = sameWords ? counted : LineShape.words(text, start, end, MAX_COUNTED_WORDS);
      }
      lineStart = lineEnd + 1;
    }
    return Arrays.copyOf(lines, n);
  }

  private static boolean onlySeparators(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!LineShape.separatesWords(text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A first line that is a byline, dateline or attribution is no title; "Headline | Site" is one. {@code words}: the
   * stripped line's, as {@link #lines} counted them.
   */
  private static boolean isMetadataLine(String line, int words) {
    return DateLines.read(line).isPresent() || bylineNames(line, words).isPresent() || attribution(line, words).isPresent();
  }

  /** {@link AttributionLines#read} of a stripped line whose words {@link #lines} counted: they are not counted again. */
  private static Optional<ArticleMetadata.Attribution> attribution(String line, int words) {
    return words <= AttributionLines.MAX_WORDS ? AttributionLines.readShort(line) : Optional.empty();
  }

  /** {@link Bylines#names} of a stripped line whose words {@link #lines} counted: they are not counted again. */
  private static Optional<String> bylineNames(String line, int words) {
    return words <= Bylines.MAX_WORDS ? Bylines.namesInShortLine(line) : Optional.empty();
  }
}
