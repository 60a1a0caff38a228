package org.doppel.ingest.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.HtmlTitles.Found;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The headline of a page that heads itself with its section's name: a CMS's news, press or parish page shows
 * "Aktuelles" or "Pressemitteilungen" as its {@code <h1>} and the article's headline as the first {@code <h2>} below
 * it. Two readings, asked by {@link HtmlTitles} before it trusts the {@code <h1>}.
 */
final class HeadlinesUnderSection {
  private HeadlinesUnderSection() {}

  /**
   * The headline of a page whose {@code <h1>} is its section's name: a CMS's news or press page shows "Aktuelles" or
   * "Pressemitteilungen" as its {@code <h1>} and the article's headline as the first {@code <h2>} below it, and declares
   * no title but "Section - Site". Taken when the {@code <h1>} has at most {@value TitleSiteNames#MAX_SECTION_WORDS} words and no class
   * of an entry's title, every title the page declares is that name, and the next {@code <h2>} (not the site's, not
   * hidden) has three words or more and stands in an entry: a box below the {@code <h1>} that shows a date. A page's
   * own subheading ("Angaben gemäß § 5 TMG" under "Impressum") has no date of its own.
   */
  static @Nullable Found underSectionName(Document page, @Nullable String h1, List<Found> cleaned) {
    if (h1 == null || HtmlTitles.words(h1) > TitleSiteNames.MAX_SECTION_WORDS || cleaned.isEmpty()
        || cleaned.stream().anyMatch(candidate -> !HtmlTitles.key(candidate.title()).equals(HtmlTitles.key(h1)))) {
      return null;
    }
    Element sectionH1 = null;
    for (Element h : page.select("h1, h2")) {
      if (h.normalName().equals("h1")) {
        if (sectionH1 == null && HtmlTitles.key(h.text()).equals(HtmlTitles.key(h1))) {
          sectionH1 = h;
        }
      } else if (sectionH1 != null && shownHeading(h)) {
        String text = h.text().strip();
        return HtmlTitles.words(text) >= 3 && text.length() <= HtmlTitles.MAX_LENGTH
            && !ENTRY_TITLE_CLASS.matcher(sectionH1.className()).find() && inDatedEntry(h, sectionH1)
            ? new Found(text, "h2-under-section") : null;
      }
    }
    return null;
  }

  /**
   * The most trusted declared title when the page shows it whole (or after a kicker that only the title carries) as the
   * first {@code <h2>} after its {@code <h1>}, and the
   * {@code <h1>} says something else: a university's, authority's or parish's CMS heads every page with its section ("Pressemitteilungen",
   * "Aktuelles aus der Gemeinde") and shows the article's headline, which the JSON-LD or the {@code <title>} declares, right
   * below it. Only when the {@code <h1>} shares less than half its words with that title: a section's name does not repeat
   * the headline's words, while an {@code <h1>} worded otherwise ("Artist<br>Album" over an {@code <h2>} "Artist presents
   * the album Album") is still the headline, and an {@code <h2>} that repeats the title is then the lead of the text.
   */
  static @Nullable Found declaredUnderH1(Document page, @Nullable String h1, List<Found> cleaned) {
    if (h1 == null || cleaned.isEmpty() || HtmlTitles.overlap(h1, cleaned.get(0).title()) >= 0.5) {
      return null; // an <h1> that shares half its words with the title is the headline, worded otherwise ("Artist / Album")
    }
    Found declared = cleaned.get(0);
    boolean afterH1 = false;
    for (Element h : page.select("h1, h2")) {
      if (h.normalName().equals("h1")) {
        afterH1 |= HtmlTitles.key(h.text()).equals(HtmlTitles.key(h1));
      } else if (afterH1 && shownHeading(h)) {
        String text = h.text().strip();
        String shown = HtmlTitles.key(text);
        String title = HtmlTitles.key(declared.title());
        // the title as the <h2> shows it, or after a kicker that only the title carries ("Fußball: Derby gedreht")
        return HtmlTitles.words(text) >= 3 && (shown.equals(title) || HtmlTitles.endsWithAfterKicker(title, shown))
            ? new Found(text, declared.where() + "+h2-under-h1") : null;
      }
    }
    return null;
  }

  /** A heading with text that neither names the site nor is hidden from readers. */
  private static boolean shownHeading(Element h) {
    return !h.text().isBlank() && !SiteHeadings.isSite(h) && h.closest(PageHeadings.HIDDEN) == null;
  }

  private static final Pattern ENTRY_TITLE_CLASS = Pattern.compile("(?i)entry|post|article|headline|page-title");

  /** Whether {@code heading} stands in a box that does not hold {@code h1} and whose text shows a date near its top. */
  private static boolean inDatedEntry(Element heading, Element h1) {
    Element entry = heading.parent();
    if (entry == null || entry.closest("body") == null || h1.closest("*") == null || entry.select("h1").contains(h1)) {
      return false;
    }
    // an entry's dateline stands at its top, above or below the heading
    return datedHead(entry.text()) || datedHead(textFrom(heading, h1));
  }

  /**
   * The text of the outermost box around {@code heading} that does not hold {@code h1}, and of the boxes after it, up to
   * {@value #ENTRY_HEAD} characters: older CMS templates set an entry's heading in a table of its own and its dateline in
   * the next one ("<table><tr><td><h2>Headline</h2></td></tr></table><table><tr><td>Saturday, 12 March 2011</td>…").
   */
  private static String textFrom(Element heading, Element h1) {
    Element box = heading;
    while (box.parent() != null && !box.parent().select("h1").contains(h1)) {
      box = box.parent();
    }
    StringBuilder text = new StringBuilder(box.text());
    for (Element next = box.nextElementSibling(); next != null && text.length() < ENTRY_HEAD; next = next.nextElementSibling()) {
      text.append(' ').append(next.text());
    }
    return text.toString();
  }

  private static boolean datedHead(String text) {
    return DateText.locate(text.length() > ENTRY_HEAD ? text.substring(0, ENTRY_HEAD) : text, false).isPresent();
  }

  /** How far into an entry's text its dateline may stand. */
  private static final int ENTRY_HEAD = 400;
}
