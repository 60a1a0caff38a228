package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The day a page is viewed, as a site's header shows it, for {@link DatesElsewhere} and the date readers: a box named
 * as today's date ({@link #isTodaysDate}) and a date the text itself introduces as today's ({@link #withoutTodayCued}).
 * Neither is a publication's date, and either, standing first, would be read as the page's.
 */
final class TodaysDate {
  private TodaysDate() {}

  private static final Evaluator TODAY_BOX = QueryParser.parse("[class~=(?i)today|heute|current-?date|tagesdatum], [id~=(?i)today|heute|current-?date]");

  /**
   * {@code text} without the first box named as today's date ({@link #isTodaysDate}) and without the dates the text itself
   * introduces as today's ({@link #withoutTodayCued}), either of which would be read as the page's first.
   */
  static String withoutTodaysDate(Element body, String text) {
    for (Element box : body.select(TODAY_BOX)) {
      if (!isTodaysDate(box)) {
        continue;
      }
      String shown = box.text();
      int at = shown.isEmpty() ? -1 : text.indexOf(shown);
      return withoutTodayCued(at < 0 ? text : text.substring(0, at) + " " + text.substring(at + shown.length()));
    }
    return withoutTodayCued(text);
  }

  /**
   * The words with which a site's header line shows the day of viewing, whatever box holds it: "Heute ist Freitag, 13.03.2009",
   * "Heute ist Montag, der 14. Dezember 2009", "Heute: Dienstag, 15. März 2011", "Today is Monday, 4 March 2024".
   */
  private static final Pattern TODAY_CUE = Pattern.compile(
      "(?iu)\\b(?:heute\\s+ist|heute\\s*:|today\\s+is)\\s*(?:(?:" + DateText.WEEKDAY + ")\\s*)?(?:der\\s+|the\\s+)?");
  /** How far after its cue today's date may start: a space or two left by the weekday's comma. */
  private static final int TODAY_GAP = 2;

  /** {@code text} with each date that {@link #TODAY_CUE} introduces blanked, with its cue. */
  static String withoutTodayCued(String text) {
    Matcher cue = TODAY_CUE.matcher(text);
    if (!cue.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int kept = 0;
    do {
      String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + DateReader.CUE_REACH));
      Optional<DateText.Found> date = DateText.locate(after, false);
      if (date.isPresent() && date.get().start() <= TODAY_GAP) {
        out.append(text, kept, cue.start()).append(' ');
        kept = cue.end() + date.get().end();
      }
    } while (cue.find(Math.max(cue.end(), kept)));
    return out.append(text, kept, text.length()).toString();
  }

  /** Names of the header box that shows the day the page was viewed ("current-date", "heute"), which is no publication's. */
  private static final Pattern TODAY = Pattern.compile("(?i)(?:^|[\\s_-])(?:today|heute|current-?date|tagesdatum)(?:$|[\\s_-])");

  /** Whether {@code element} or its parent is named as today's date: only their own names, a container may be "today-news". */
  static boolean isTodaysDate(Element element) {
    Element parent = element.parent();
    return TODAY.matcher(element.className() + " " + element.id()).find()
        || parent != null && TODAY.matcher(parent.className() + " " + parent.id()).find() && parent.childrenSize() <= 2;
  }
}
