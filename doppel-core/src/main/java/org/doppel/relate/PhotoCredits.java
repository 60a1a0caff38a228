package org.doppel.relate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether two credit lines of one photo name different people or agencies: "PEDRO PARDO/AFP via
 * Getty Images" and "Photo: Pedro Pardo / AFP" agree (they share a name), "Photo: J. Voe / Reuters"
 * disagrees with both. A credit's names are its words of three letters or more, case and accents
 * folded, less the words that introduce a credit in any of them ("photo", "via", "courtesy", …); two
 * credits conflict when both name someone and no name is shared. Missing credits never conflict:
 * silence is not a claim.
 */
public final class PhotoCredits {
  private static final Set<String> NOT_NAMES = Set.of("photo", "photos", "photograph", "photographer", "picture", "image", "images",
      "credit", "credits", "courtesy", "via", "and", "the", "for", "from", "with", "foto", "fotos", "bild", "quelle", "copyright",
      "all", "rights", "reserved", "file", "handout", "staff");

  private PhotoCredits() {}

  /** True when both credits name someone and they share no name. */
  public static boolean conflict(@Nullable String creditA, @Nullable String creditB) {
    Set<String> a = names(creditA);
    Set<String> b = names(creditB);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String name : a) {
      if (b.contains(name)) {
        return false;
      }
    }
    return true;
  }

  static Set<String> names(@Nullable String credit) {
    Set<String> out = new HashSet<>();
    if (credit == null) {
      return out;
    }
    String folded = Normalizer.normalize(credit, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3 && !NOT_NAMES.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
