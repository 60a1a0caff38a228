package org.doppel.ingest.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which order a page writes its all-digit slash dates in. "5/7/2024" is 5 July in Britain and Germany and 7 May in the
 * United States; a page that writes another date as "2/20/2024" (no month 20) writes month first, so its "5/7/2024" is
 * 7 May. Day first stays the reading unless the page shows month first and never day first ("20/2/2024").
 */
final class SlashDates {
  private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(?:19|20)\\d{2}(?![\\d/])");

  private SlashDates() {}

  /** Whether the short blocks' slash dates show month first (a second number over 12) and none shows day first. */
  static boolean monthFirst(List<ShortBlocks.Block> blocks) {
    boolean monthFirst = false;
    for (ShortBlocks.Block block : blocks) {
      String text = block.text();
      if (text.indexOf('/') < 0) {
        continue;
      }
      Matcher m = SLASH_DATE.matcher(text);
      while (m.find()) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) {
          return false;
        }
        monthFirst |= first <= 12 && second > 12 && second <= 31;
      }
    }
    return monthFirst;
  }
}
