package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a page names as its webmaster ("Webmaster: Anna Muster" in the footer of a club's or a parish's site).
 * Older sites' templates put the webmaster's name into {@code <meta name="author">} of every page; the article's writer
 * signs elsewhere.
 */
final class Webmasters {
  private static final Pattern WEBMASTER = Pattern.compile(
      "(?iu)\\bwebmaster(?:in)?\\s*:?\\s*(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})");

  private Webmasters() {}

  /** The names after "Webmaster" in the page's short text blocks (a footer's line), in page order. */
  static List<String> of(List<ShortBlocks.Block> blocks) {
    List<String> names = new ArrayList<>();
    for (ShortBlocks.Block block : blocks) {
      String text = block.text();
      if (text.indexOf("ebmaster") < 0) {
        continue;
      }
      Matcher m = WEBMASTER.matcher(text);
      while (m.find()) {
        names.add(HtmlTitles.key(m.group(1)));
      }
    }
    return names;
  }

  /** Whether {@code name} is a webmaster's, or calls itself the webmaster ("Webmaster SV Musterdorf"). */
  static boolean isOne(String name, List<String> webmasters) {
    String key = HtmlTitles.key(name);
    return key.startsWith("webmaster") || webmasters.contains(key);
  }
}
