package org.doppel.provenance;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Site and source names compared the way people write them: "The Lamplit Ledger", "Lamplit Ledger." and
 * "lamplit-ledger" are one site. Case, accents, punctuation, spacing and a leading "the" are ignored.
 */
final class SiteName {
  private SiteName() {}

  /** The comparable form of {@code name}, or "" for null or a name without letters or digits. */
  static String normalise(@Nullable String name) {
    return withoutThe(words(name)).replace(" ", "");
  }

  /** Whether both names are present and name the same site. */
  static boolean same(@Nullable String a, @Nullable String b) {
    String x = normalise(a);
    return !x.isEmpty() && x.equals(normalise(b));
  }

  /**
   * Whether {@code statement} (an attribution's or credit's free text, e.g. "Photo: Jane Voe / Kiwi Report")
   * names {@code site}: the site's name, without a leading "the", occurs in it as whole words.
   */
  static boolean mentions(@Nullable String statement, String site) {
    String name = withoutThe(words(site));
    return statement != null && !name.isEmpty() && (" " + words(statement) + " ").contains(" " + name + " ");
  }

  /** Lower-case words without accents, separated by single spaces. */
  private static String words(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String withoutThe(String words) {
    return words.startsWith("the ") ? words.substring(4) : words;
  }
}
