package org.doppel.ingest.meta;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names a page gives as author that are not a writer's: the publisher itself (the site's name or host, the holder of
 * the copyright), the newsroom or an office, a news agency. {@link HtmlAuthors} keeps them aside, as a later byline may
 * name the person, and takes them only when no person is named at all.
 */
final class PublisherNames {
  /** The fewest words of a writer's name that {@link #withoutOrganisation} keeps beside the publisher's: given name and surname. */
  private static final int MIN_NAME_WORDS = 2;

  private PublisherNames() {}

  /**
   * {@code value} without the parts that name the publisher ("Diario Ejemplo - Ana Pérez"), or null when nothing else is left.
   * What is left must be a person's name of {@value #MIN_NAME_WORDS} to four words: a single word beside the publisher's
   * name is its desk or section ("University of X, Communications", "Zeitung – Meinung"), not a writer.
   */
  static @Nullable String withoutOrganisation(@Nullable String value, @Nullable String site, @Nullable String host) {
    if (value == null) {
      return null;
    }
    if (!isOrganisation(value, site, host)) {
      return value;
    }
    for (String part : value.split("\\s+[-–|·]\\s+|,\\s+")) {
      int words = part.strip().split("\\s+").length;
      if (!part.isBlank() && !isOrganisation(part, site, host) && words >= MIN_NAME_WORDS && words <= 4 && Bylines.cleanNames(part).isPresent()) {
        return part.strip();
      }
    }
    return null;
  }

  /** A meta or JSON-LD "author" that is the publisher itself: the site's name or host in it. */
  static boolean isOrganisation(String name, @Nullable String site, @Nullable String host) {
    String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    if (site != null) {
      String siteLetters = site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (siteLetters.length() > 3 && (letters.contains(siteLetters) || siteLetters.contains(letters))) {
        return true;
      }
    }
    if (host != null) {
      String[] labels = host.replaceFirst("^www\\.", "").split("\\.");
      String domain = labels[0].replaceAll("[^\\p{L}\\p{N}]", "");
      // a person's own site is named after them: "Jane Voe" on jane.example
      boolean ownSite = letters.startsWith(domain) && !letters.equals(domain) && Bylines.cleanNames(name).isPresent()
          && name.split("\\s+").length <= 3;
      return domain.length() > 3 && letters.contains(domain) && !ownSite;
    }
    return false;
  }

  /** Whether {@code name} is the holder of the page's copyright: the publisher, when a writer is named elsewhere. */
  static boolean isHolder(String name, @Nullable String holder) {
    return holder != null && HtmlTitles.key(name).equals(HtmlTitles.key(holder));
  }

  /**
   * The newsroom as a whole, which a CMS names where no writer signs: "Redaktion", "Die Redaktion", "Online-Redaktion"; and an
   * office that signs for its organisation ("Pfarrbüro", "Pressestelle", "Press Office": {@link AuthorNames#OFFICE}).
   */
  private static final Pattern NEWSROOM = Pattern.compile(
      "(?iu:(?:die\\s+)?\\p{L}*-?redaktion|newsroom|editorial\\s+(?:team|staff))|" + AuthorNames.OFFICE);

  /** Whether {@code name} names the newsroom or an office, not a writer: a later byline may name the person. */
  static boolean isNewsroom(String name) {
    return NEWSROOM.matcher(name.strip()).matches();
  }

  /** The news agencies whose name a page gives as author when it runs their copy: "dpa", "Reuters", "AFP/AP". */
  private static final Pattern AGENCY_NAME = Pattern.compile(
      "(?i)(?:dpa|afp|ap|apa|reuters|kna|epd|sid|dts|ddp|ots|ansa|efe|sda|keystone-sda|europa press|associated press|"
          + "agence france-presse|press association|pa media|aap|upi)");
  private static final Pattern AGENCY_JOINER = Pattern.compile("\\s*(?:[/,&+]|\\bund\\b|\\band\\b)\\s*");

  /** Whether {@code name} names news agencies only ("Reuters", "dpa/AFP"), which wire their copy, not a writer. */
  static boolean isAgency(String name) {
    for (String part : AGENCY_JOINER.split(name.strip())) {
      if (!AGENCY_NAME.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }
}
