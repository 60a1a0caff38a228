package org.doppel.ingest.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks a page's headline. Candidates, best first: the JSON-LD headline, {@code og:title},
 * {@code twitter:title}, the page's only {@code <h1>} (or the first inside the article), and
 * {@code <title>}. Each loses a " | Site" or " - Site" part when that part is the site's name (or
 * the host name), and a candidate that the visible {@code <h1>} confirms wins outright: the
 * headline people see is the one they quote.
 */
final class HtmlTitles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—»·:/\\\\-]|::|-{2})\\s+|\\s*\\|\\s*");
  static final int MAX_LENGTH = 400;

  private HtmlTitles() {}

  record Found(String title, String where) {}

  static Found find(Document page, JsonLd.Facts ld, MetaTags meta, String site, String host) {
    String h1 = h1(page);
    List<Found> candidates = new ArrayList<>();
    add(candidates, ld.headline(), "json-ld");
    add(candidates, meta.first("og:title"), "og:title");
    add(candidates, meta.first("twitter:title"), "twitter:title");
    add(candidates, meta.first("dc.title", "title", "headline"), "meta:title");
    add(candidates, page.title(), "html-title");
    List<Found> cleaned = new ArrayList<>();
    for (Found candidate : candidates) {
      cleaned.add(new Found(stripSite(candidate.title(), site, host, h1), candidate.where()));
    }
    if (h1 != null) {
      String key = key(h1);
      for (Found candidate : cleaned) {
        if (key(candidate.title()).equals(key)) {
          return new Found(h1, candidate.where() + "+h1");
        }
      }
      for (Found candidate : cleaned) {
        String other = key(candidate.title());
        if (other.startsWith(key) || key.startsWith(other) && other.length() > 10) {
          return new Found(h1, "h1");
        }
      }
    }
    if (!cleaned.isEmpty()) {
      return cleaned.get(0);
    }
    return h1 == null ? null : new Found(h1, "h1");
  }

  /** The one h1 of the page, or the first inside an article or main element. */
  private static String h1(Document page) {
    List<Element> h1s = page.select("h1").stream().filter(h -> !h.text().isBlank()).toList();
    Element chosen = null;
    if (h1s.size() == 1) {
      chosen = h1s.get(0);
    } else {
      chosen = page.selectFirst("article h1, main h1, [class~=(?i)entry-title|post-title|article-title|headline] h1, h1[class~=(?i)title|headline]");
    }
    if (chosen == null) {
      chosen = page.selectFirst("h1[itemprop=headline], h2[itemprop=headline], [class~=(?i)^(entry-title|post-title|article-title)$]");
    }
    if (chosen == null) {
      return null;
    }
    String text = chosen.text().strip();
    return text.isEmpty() || text.length() > MAX_LENGTH ? null : text;
  }

  private static void add(List<Found> candidates, String title, String where) {
    if (title != null && !title.isBlank() && title.strip().length() <= MAX_LENGTH) {
      candidates.add(new Found(title.strip().replaceAll("\\s+", " "), where));
    }
  }

  /** {@code title} without the parts that name the site, when what is left is a title. */
  static String stripSite(String title, String site, String host, String h1) {
    String[] parts = SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    if (h1 != null) {
      for (String part : parts) {
        if (key(part).equals(key(h1))) {
          return part.strip();
        }
      }
    }
    String siteKey = site == null ? null : key(site);
    String hostKey = host == null ? null : host.replaceFirst("^www\\.", "").toLowerCase(Locale.ROOT);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      boolean edge = i == 0 || i == parts.length - 1;
      String partKey = key(part);
      boolean isSite = siteKey != null && (partKey.equals(siteKey) || partKey.contains(siteKey) && partKey.length() < siteKey.length() + 12
          || siteKey.contains(partKey) && partKey.length() > 3)
          || hostKey != null && (hostKey.startsWith(partKey.replace(" ", "")) && partKey.length() > 3
              || partKey.replace(" ", "").equals(hostKey) || hostKey.contains(partKey.replace(" ", "").replace(".", "")) && partKey.length() > 4);
      if (!(edge && isSite)) {
        kept.add(part);
      }
    }
    if (kept.isEmpty() || kept.size() == parts.length) {
      return title;
    }
    // put the kept parts back with the separators they had
    int start = title.indexOf(kept.get(0));
    String last = kept.get(kept.size() - 1);
    int end = title.lastIndexOf(last) + last.length();
    return start >= 0 && end > start ? title.substring(start, end).strip() : String.join(" - ", kept);
  }

  static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
