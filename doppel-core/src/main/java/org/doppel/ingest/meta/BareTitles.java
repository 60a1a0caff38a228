package org.doppel.ingest.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Whether a page's {@code <title>} says nothing about its article: every part of it is a label of two words at most
 * (the CMS's "Artikel anzeigen", a section's "Aktuelles", "E-Paper") or the site's name — by its host (or a name that
 * opens with the host's), by an organisation's legal form at its end ("e.V.", "GmbH"), or by the page's own naming of itself: its logo's or banner's {@code alt} text and its copyright notice ("© 2013 Landesverband
 * des Musterhandwerks Nordmark" beside "LV Musterhandwerk Nordmark - Pressemitteilungen"). Older and
 * plainer sites give every page such a title.
 */
final class BareTitles {
  private static final int MAX_LABEL_WORDS = 2;
  private static final int MAX_NAMINGS = 40;

  /** An organisation's legal form at the end of a name: "TSV Musterdorf 1921 e.V.", "Muster GmbH", "Beispiel AG". */
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "(?:\\s|^)(?:e\\.\\s?V\\.|GmbH(?:\\s*&\\s*Co\\.\\s*KG)?|AG|KG|eG|Ltd\\.?|Inc\\.?|S\\.A\\.)$");

  private BareTitles() {}

  /** Whether the part opens with the name the site registered as its host ("ACME Verband für …" on acme.example). */
  private static boolean startsWithHostName(String part, @Nullable String host) {
    String label = TitleSiteNames.registeredLabel(host);
    String first = HtmlTitles.key(part.strip()).split("[^\\p{L}\\p{N}]+")[0];
    return label != null && label.length() >= 4 && first.equals(label);
  }

  static boolean saysNothing(String title, Document page, @Nullable String site, @Nullable String host) {
    List<Set<String>> namings = null;
    for (String part : HtmlTitles.SEPARATOR.split(title)) {
      if (part.isBlank() || HtmlTitles.words(part) <= MAX_LABEL_WORDS || TitleSiteNames.isSitePart(part, site, host)
          || LEGAL_FORM.matcher(part.strip()).find() || startsWithHostName(part, host)) {
        continue;
      }
      if (namings == null) {
        namings = namings(page);
      }
      if (!namedSo(words(part), namings)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the page names itself with at least half of {@code part}'s words in one of its logos' texts or copyright notices. */
  private static boolean namedSo(Set<String> part, List<Set<String>> namings) {
    for (Set<String> naming : namings) {
      long shared = part.stream().filter(naming::contains).count();
      if (!part.isEmpty() && shared * 2 >= part.size()) {
        return true;
      }
    }
    return false;
  }

  /** The words of the texts by which the page names its site: pictures' alt texts and copyright notices. */
  private static List<Set<String>> namings(Document page) {
    List<Set<String>> namings = new ArrayList<>();
    for (Element image : page.select("img[alt]")) {
      if (namings.size() == MAX_NAMINGS / 2) {
        break;
      }
      namings.add(words(image.attr("alt")));
    }
    for (Element notice : page.select(":containsOwn(©), :containsOwn(copyright)")) {
      if (namings.size() == MAX_NAMINGS) {
        break;
      }
      namings.add(words(notice.ownText()));
    }
    return namings;
  }

  /** Lower-case words of three letters or more. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : HtmlTitles.key(text).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3) {
        words.add(word);
      }
    }
    return words;
  }
}
