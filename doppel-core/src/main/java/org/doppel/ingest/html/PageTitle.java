package org.doppel.ingest.html;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's headline from its own markup: the Open Graph title, else the one {@code h1}, else the
 * {@code <title>} without a trailing " | Site name". Used to keep the headline out of the body.
 */
final class PageTitle {
  private PageTitle() {}

  static Optional<String> of(Document page) {
    Element og = page.selectFirst("meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return Optional.of(og.attr("content").strip());
    }
    var headings = page.getElementsByTag("h1");
    if (headings.size() == 1 && !headings.get(0).text().isBlank()) {
      return Optional.of(headings.get(0).text().strip());
    }
    String title = page.title().strip();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int at = title.lastIndexOf(separator);
      if (at > title.length() / 2) {
        return Optional.of(title.substring(0, at).strip());
      }
    }
    return Optional.of(title);
  }
}
