package org.doppel.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The template markup a static site's generator replaces in a post's body before it makes the page, which is therefore
 * no word of the article: Liquid's tags and outputs (Jekyll, Eleventy: {@code {% include ad.html %}}, {@code {{
 * page.title }}}) and Hugo's shortcodes ({@code {{< figure src="a.jpg" >}}}, {@code {{% note %}}…{{% /note %}}}). A tag
 * is removed, not what lies between a pair of them, so a paired shortcode's words are kept; what a Liquid
 * {@code comment} block holds is removed with it (the generator shows none of it), and what a {@code raw} block holds
 * is kept as written (the generator shows it so, which is how a post shows Liquid in its text). The generator replaces
 * tags in code blocks too, so they go from those as well. A tag is at most {@value #LONGEST_TAG} chars and holds no
 * brace, so a stray <code>{{</code> never takes the text up to a distant <code>}}</code> with it; a block whose end tag
 * never comes loses its opening tag only. One pass over the text, whatever it holds: each end tag is looked for past the
 * last one found, and no more once one is missing.
 */
final class TemplateTags {
  static final int LONGEST_TAG = 2000;
  private static final Pattern TAG = Pattern.compile("\\{\\{[^{}]{0," + LONGEST_TAG + "}?\\}\\}|\\{%[^{}]{0," + LONGEST_TAG + "}?%\\}");
  /** A Liquid block whose content is not Liquid: shown as written ({@code raw}), or not shown ({@code comment}). */
  private static final Pattern BLOCK = Pattern.compile("\\{%-?\\s*(raw|comment)\\s*-?%\\}");
  private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
  private static final Pattern END_COMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%\\}");

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
    Ends raw = new Ends(END_RAW.matcher(markdown));
    Ends comment = new Ends(END_COMMENT.matcher(markdown));
    StringBuilder out = new StringBuilder(markdown.length());
    int copied = 0;
    do {
      out.append(markdown, copied, tag.start());
      copied = tag.end();
      Matcher block = BLOCK.matcher(markdown).region(tag.start(), tag.end());
      if (block.matches()) {
        boolean isRaw = block.group(1).equals("raw");
        Matcher end = (isRaw ? raw : comment).after(tag.end());
        if (end != null) {
          if (isRaw) {
            out.append(markdown, tag.end(), end.start());
          }
          copied = end.end();
        }
      }
    } while (copied < markdown.length() && tag.find(copied));
    return out.append(markdown, copied, markdown.length()).toString();
  }

  /** The end tags of one kind of block, looked for in order; none once one is missing, so no search is made twice. */
  private static final class Ends {
    private final Matcher matcher;
    private boolean noneLeft;

    Ends(Matcher matcher) {
      this.matcher = matcher;
    }

    /** The first end tag at or after {@code from}, or null. */
    @Nullable Matcher after(int from) {
      if (noneLeft || !matcher.find(from)) {
        noneLeft = true;
        return null;
      }
      return matcher;
    }
  }
}
