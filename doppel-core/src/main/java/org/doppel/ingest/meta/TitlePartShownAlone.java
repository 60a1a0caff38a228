package org.doppel.ingest.meta;

import static org.doppel.ingest.meta.HtmlTitles.SEPARATOR;
import static org.doppel.ingest.meta.HtmlTitles.key;
import static org.doppel.ingest.meta.HtmlTitles.words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.HtmlTitles.Found;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@code <title>} that the page shows as a text of its own, outside links: older templates without
 * headings title a page "Site - Section - Headline" and print the headline as a line of large bold text
 * ({@code <font size="5"><b>Headline</b></font>}); the section before it is a label. Parts of three words or more
 * only, so that a section's or a site's name shown in the navigation is not taken. A part that opens with the
 * section's name and a colon ("Site - Sport: Headline", {@link #SECTION_LABEL}) counts with the name cut off, also when
 * it is the title's only part: the page shows the headline without it.
 */
final class TitlePartShownAlone {
  /**
   * The boxes in which a page shows its own name: its header or banner and its logo. A {@code <title>} part shown alone
   * there is the site's name ("Club - Section"), not the headline.
   */
  private static final Evaluator SITE_SHOWN = QueryParser.parse(
      "header, [role=banner], [id~=(?i)^(header|kopf|kopfzeile|masthead|site-header|branding)$], [id~=(?i)logo], [class~=(?i)logo]");

  /**
   * A section's name before the headline in a title part, one word glued to a colon ("Lokales: Headline", "Fußball:
   * Headline"): table-layout sites put their section before every article's title and show the headline alone. A topic
   * of two words or more before a colon ("Altes Hallenbad: …") is more often part of the headline, so it is not cut.
   */
  private static final Pattern SECTION_LABEL = Pattern.compile("([\\p{L}-]+):\\s+(.+)");

  private TitlePartShownAlone() {}

  /** The part of {@code title} that {@code page} shows alone, as the page shows it; null when no part is shown alone. */
  static @Nullable Found find(Document page, Found title) {
    String[] parts = SEPARATOR.split(title.title());
    if (page.body() == null) {
      return null;
    }
    Set<String> keys = new HashSet<>();
    Set<String> afterLabel = new HashSet<>();
    for (String part : parts) {
      if (parts.length >= 2 && words(part) >= 3) {
        keys.add(key(part));
      }
      Matcher labelled = SECTION_LABEL.matcher(part.strip());
      if (labelled.matches() && words(labelled.group(2)) >= 3) {
        afterLabel.add(key(labelled.group(2)));
      }
    }
    if (keys.isEmpty() && afterLabel.isEmpty()) {
      return null;
    }
    for (TextNode node : allTextNodes(page.body())) {
      String text = node.text().strip();
      if (text.length() > 10 && (keys.contains(key(text)) || afterLabel.contains(key(text))) && node.parent() instanceof Element parent
          && parent.closest("a") == null && parent.closest(SITE_SHOWN) == null) {
        return new Found(text, keys.contains(key(text)) ? "html-title+shown" : "html-title+shown-after-label");
      }
    }
    return null;
  }

  private static List<TextNode> allTextNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text && !text.isBlank()) {
        out.add(text);
      }
    }, root);
    return out;
  }
}
