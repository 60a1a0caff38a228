package org.doppel.provenance;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Site and source names compared the way people write them: "The Evening Ledger", "Evening Ledger." and
 * "evening-ledger" are one site. Case, accents, punctuation, spacing and a leading "the" are ignored.
 */
final class SiteName {
  private SiteName() {}

  /** The comparable form of {@code name}, or "" for null or a name without letters or digits. */
  static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String words = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (words.startsWith("the ")) {
      words = words.substring(4);
    }
    return words.replace(" ", "");
  }

  /** Whether both names are present and name the same site. */
  static boolean same(String a, String b) {
    String x = normalise(a);
    return !x.isEmpty() && x.equals(normalise(b));
  }

  /**
   * Whether {@code statement} (an attribution's or credit's free text, e.g. "Photo: Jane Doe / Kiwi Report")
   * names {@code site}: the site's normalised name occurs in it as whole words.
   */
  static boolean mentions(String statement, String site) {
    String name = normalise(site);
    if (statement == null || name.isEmpty()) {
      return false;
    }
    String folded = Normalizer.normalize(statement, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    String spaced = " " + folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    String siteWords = Normalizer.normalize(site, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (siteWords.startsWith("the ")) {
      siteWords = siteWords.substring(4);
    }
    return spaced.contains(" " + siteWords + " ");
  }
}
