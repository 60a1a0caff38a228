package org.doppel.ingest.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a declared title that name the site rather than the article: the site's name or host after a separator
 * ("Headline | Site"), the sections a title that names its site names too, a name glued to the headline or shown twice.
 * {@link HtmlTitles} asks it of every declared title before matching titles against the page's headings.
 */
final class TitleSiteNames {
  private TitleSiteNames() {}

  /** The title with the site's name, section and separators cut off; null when nothing but the site is left. */
  static @Nullable String withoutSite(String declared, @Nullable String site, @Nullable String host, @Nullable String h1,
      List<String> headings) {
    if (DANGLING_SEPARATOR.matcher(declared).find()
        && isSitePart(declared.replaceAll("[\\s|–—»·•›‹:/\\\\-]+$", ""), site, host)) {
      return null; // "Demo Tidings -" on demotidings.example: the site's name with the headline left out
    }
    String title = stripHanSite(stripGluedSite(stripSite(stripRepeatedName(declared), site, host, h1, headings), site))
        .replaceAll("[\\s|–—»«·•›‹:/\\\\-]+$", "");
    // the site's name alone ("Valley Post", or "Valley Post - " once a section was cut) is no headline
    return title.isEmpty() || (site != null && HtmlTitles.key(title).equals(HtmlTitles.key(site))) ? null : title;
  }

  /** {@code title} without the parts that name the site, when what is left is a title. */
  static String stripSite(String title, @Nullable String site, @Nullable String host, @Nullable String h1, List<String> headings) {
    String[] parts = HtmlTitles.SEPARATOR.split(title);
    if (parts.length < 2) {
      return title;
    }
    if (h1 != null) {
      for (String part : parts) {
        if (HtmlTitles.key(part).equals(HtmlTitles.key(h1))) {
          return part.strip();
        }
      }
    }
    String byHeading = null;
    for (String part : parts) {
      if (headings.contains(HtmlTitles.key(part)) && !isSitePart(part, site, host)) {
        if (byHeading != null) {
          byHeading = null; // two parts that headings repeat: neither is told apart
          break;
        }
        byHeading = part.strip();
      }
    }
    if (byHeading != null) {
      return byHeading;
    }
    int siteEdge = siteEdge(parts, site, host);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (i != siteEdge) {
        kept.add(parts[i].strip());
      }
    }
    if (kept.isEmpty() || kept.size() == parts.length) {
      return title;
    }
    // a title that names its site names the sections too: "Headline - Lokales - Site", "Site - Headline - Lokales - News";
    // a part with a number ("Kapitel 12") is the headline's own
    while (kept.size() >= 2 && HtmlTitles.words(kept.get(kept.size() - 1)) <= MAX_SECTION_WORDS && !LineShape.hasDigit(kept.get(kept.size() - 1))
        && kept.subList(0, kept.size() - 1).stream().anyMatch(part -> HtmlTitles.words(part) > MAX_SECTION_WORDS)) {
      kept.remove(kept.size() - 1);
    }
    // put the kept parts back with the separators they had
    int start = title.indexOf(kept.get(0));
    String last = kept.get(kept.size() - 1);
    int end = title.lastIndexOf(last) + last.length();
    return start >= 0 && end > start ? title.substring(start, end).strip() : String.join(" - ", kept);
  }

  /**
   * The index of the edge part of {@code parts} that names the site, or -1 when neither does. When both edges read as the
   * site, one is the headline that names the site's place ("Gemeente Beekveld :: Nieuws :: Nieuw dorpshuis in Beekveld
   * geopend" on beekveld.example, whose host names the place): a title names its site once, and the edge of fewer words is
   * the site's name.
   */
  private static int siteEdge(String[] parts, @Nullable String site, @Nullable String host) {
    int last = parts.length - 1;
    boolean first = isSitePart(parts[0].strip(), site, host);
    boolean end = isSitePart(parts[last].strip(), site, host);
    if (first && end) {
      return HtmlTitles.words(parts[last]) < HtmlTitles.words(parts[0]) ? last : 0;
    }
    return first ? 0 : end ? last : -1;
  }

  /** A section's name in a title ("Lokales", "Sport", "Eintracht News") is one or two words; a headline is longer. */
  static final int MAX_SECTION_WORDS = 2;

  /** Whether a part of a title names the site: its name, or its host name. */
  static boolean isSitePart(String part, @Nullable String site, @Nullable String host) {
    String siteKey = site == null ? null : HtmlTitles.key(site);
    String hostKey = host == null ? null : host.replaceFirst("^www\\.", "").toLowerCase(Locale.ROOT);
    String hostLabel = hostLabel(host);
    String partKey = HtmlTitles.key(part.strip());
    return siteKey != null && (partKey.equals(siteKey) || partKey.contains(siteKey) && partKey.length() < siteKey.length() + 12
        || siteKey.contains(partKey) && partKey.length() > 3)
        || hostKey != null && (hostKey.startsWith(partKey.replace(" ", "")) && partKey.length() > 3
            || partKey.replace(" ", "").equals(hostKey) || hostKey.contains(partKey.replace(" ", "").replace(".", "")) && partKey.length() > 4)
        // a site's own name is a few words; a headline that mentions the site is longer
        || hostLabel != null && spelledForHosts(letters(partKey)).contains(hostLabel) && partKey.split(" ").length <= 5
        // a short name that is the whole part: "FAZ" on faz.net
        || partKey.split(" ").length == 1 && letters(partKey).length() >= 2 && letters(partKey).equals(registeredLabel(host));
  }

  /**
   * Letters as host names spell them: German umlauts and ß written out ("süddeutsche" → "sueddeutsche"),
   * other accents dropped ("société" → "societe"), so that a site's name matches its host.
   */
  static String spelledForHosts(String letters) {
    String spelled = letters.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    return Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /**
   * The name a site registered, in letters and digits only: "myblog" for forum.my-blog.de, null when
   * shorter than 5 letters (too likely to stand inside an ordinary word).
   */
  static @Nullable String hostLabel(@Nullable String host) {
    String label = registeredLabel(host);
    return label != null && label.length() >= 5 ? label : null;
  }

  /** The name a site registered, in letters and digits only, however short; null without a host. */
  static @Nullable String registeredLabel(@Nullable String host) {
    if (host == null) {
      return null;
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int at = labels.length - 2;
    // "news.example.co.uk": skip the second-level public suffix
    if (at > 0 && labels[at].length() <= 3 && labels[labels.length - 1].length() == 2) {
      at--;
    }
    if (at < 0) {
      return null;
    }
    return letters(labels[at]);
  }

  private static String letters(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * {@code title} without a name that it shows twice: "HeadlineSite Name | Site Name", where a
   * template glued the site's name to the headline and then added it again after a separator. The
   * name after the separator, repeated, is the site's; the headline is what stands before it.
   */
  static String stripRepeatedName(String title) {
    String[] parts = HtmlTitles.SEPARATOR.split(title);
    if (parts.length != 2) {
      return title;
    }
    String head = parts[0].strip();
    String name = parts[1].strip();
    if (HtmlTitles.words(name) >= 2 && head.length() > name.length() + 2 && head.endsWith(name)) {
      return head.substring(0, head.length() - name.length()).strip();
    }
    return title;
  }

  /** {@code title} without the site's name glued to its end by a dash or underscore: "Headline-Demo Tidings". */
  static String stripGluedSite(String title, @Nullable String site) {
    if (site == null || site.length() < 2 || title.length() <= site.length() + 1) {
      return title;
    }
    String head = title.substring(0, title.length() - site.length());
    if (HtmlTitles.key(title.substring(head.length())).equals(HtmlTitles.key(site)) && head.matches("(?s).*\\S[-_|–—]\\s*")) {
      return head.replaceFirst("\\s*[-_|–—]\\s*$", "");
    }
    return title;
  }

  /** A title that ends in a separator: "Demo Tidings -", "Demo Tidings |". */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("\\S\\s+[|–—»·:/\\\\-]{1,2}\\s*$");
  /** A Han-script site name glued to the end of a headline: "标题-新华网", "标题_某某网". */
  private static final Pattern HAN_SITE_SUFFIX = Pattern.compile("^(.*\\p{IsHan}.{3,}?)\\s*[-_|｜—]\\s*[\\p{IsHan}\\p{Alnum}]{2,8}\\s*$");

  /**
   * A headline in Han script without the short site name that Chinese and Japanese pages glue to it
   * with a dash or an underscore and no spaces; there is no capital letter or host name to go by.
   */
  static String stripHanSite(String title) {
    Matcher m = HAN_SITE_SUFFIX.matcher(title);
    return m.matches() && title.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 6
        ? m.group(1).strip() : title;
  }
}
