package org.doppel.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template markup a static site's generator replaces in a post's body before it makes the page, which is therefore
 * no word of the article: Liquid's tags and outputs (Jekyll, Eleventy: {@code {% include ad.html %}}, {@code {{
 * page.title }}}) and Hugo's shortcodes ({@code {{< figure src="a.jpg" >}}}, {@code {{% note %}}…{{% /note %}}}). A tag
 * is removed, not what lies between a pair of them, so a paired shortcode's words are kept; what a Liquid
 * {@code comment} block holds is removed with it (the generator shows none of it), and what a {@code raw} block holds
 * is kept as written (the generator shows it so, which is how a post shows Liquid in its text). The generator replaces
 * tags in code blocks too, so they go from those as well. A tag is at most {@value #LONGEST_TAG} chars and holds no
 * brace, so a stray <code>{{</code> never takes the text up to a distant <code>}}</code> with it.
 */
final class TemplateTags {
  static final int LONGEST_TAG = 2000;
  private static final String LIQUID_OPEN = "\\{%-?\\s*";
  private static final String LIQUID_CLOSE = "\\s*-?%\\}";
  private static final Pattern TAG = Pattern.compile(
      LIQUID_OPEN + "raw" + LIQUID_CLOSE + "(?<raw>.*?)" + LIQUID_OPEN + "endraw" + LIQUID_CLOSE
          + "|" + LIQUID_OPEN + "comment" + LIQUID_CLOSE + ".*?" + LIQUID_OPEN + "endcomment" + LIQUID_CLOSE
          + "|\\{\\{[^{}]{0," + LONGEST_TAG + "}?\\}\\}"
          + "|\\{%[^{}]{0," + LONGEST_TAG + "}?%\\}",
      Pattern.DOTALL);

  private TemplateTags() {}

  /** {@code markdown} without its template tags; the same string when it has none. */
  static String strip(String markdown) {
    if (markdown.indexOf('{') < 0) {
      return markdown;
    }
    Matcher tag = TAG.matcher(markdown);
    if (!tag.find()) {
      return markdown;
    }
    StringBuilder out = new StringBuilder(markdown.length());
    int copied = 0;
    do {
      out.append(markdown, copied, tag.start());
      String raw = tag.group("raw");
      if (raw != null) {
        out.append(raw);
      }
      copied = tag.end();
    } while (tag.find());
    return out.append(markdown, copied, markdown.length()).toString();
  }
}
