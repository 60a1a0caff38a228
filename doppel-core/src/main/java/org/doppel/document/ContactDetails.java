package org.doppel.document;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences whose point is a way to reach the site: an e-mail address, a phone number or a web address
 * given to the reader ("Email us at tips@example.com or call 800-555-0100", "For more, visit
 * example.org"). A tips-line appeal closes every article of some sites in a few wordings; its address is
 * the site's, not the article's.
 *
 * <p>An e-mail address makes a short sentence (at most {@value #SHORT_WORDS} words) such a sentence on
 * its own (a signature, "Written by … &lt;…@…&gt;"); a longer one, a phone number or a web address needs
 * a word that asks the reader to get in touch or to go there. The patterns run only after a cheap test
 * (an "@", seven digits, a dot inside a word).
 */
final class ContactDetails {
  static final int SHORT_WORDS = 15;
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  /** A phone number: seven or more digits in groups ("800-344-9598", "(866) 667-2327", "+49 30 1234567"). */
  private static final Pattern PHONE = Pattern.compile("(?:\\+|\\()?\\d[\\d()./ -]{5,}\\d");
  private static final Pattern WEB = Pattern.compile("(?i)https?://|www\\.|\\b[\\p{L}\\p{N}-]+\\.(?:com|org|net|de|at|ch|co\\.uk|info|io)\\b");
  private static final Set<String> CONTACT = Set.of("contact", "call", "email", "e-mail", "mail", "reach", "write", "send", "tips",
      "tip", "us", "phone", "text", "hotline", "dial", "kontakt", "kontaktieren", "schreiben", "anrufen", "rufen", "erreichen",
      "hinweise", "uns");
  private static final Set<String> VISIT = Set.of("visit", "visiting", "go", "head", "click", "log", "subscribe", "download",
      "besuchen", "infos", "informationen");

  /** Every sentence this class recognises, but one with an "@", holds one of these words. */
  static final Set<String> TRIGGERS = SegmentWords.union(List.of(), CONTACT, VISIT);

  private ContactDetails() {}

  static boolean matches(String fragment, SegmentWords s) {
    if (fragment.indexOf('@') >= 0 && EMAIL.matcher(fragment).find()) {
      return s.size() <= SHORT_WORDS || s.hasAny(CONTACT);
    }
    if (digits(fragment) >= 7 && PHONE.matcher(fragment).results().anyMatch(m -> digits(m.group()) >= 7)) {
      return s.hasAny(CONTACT);
    }
    return mayHoldAddress(fragment) && s.hasAny(VISIT) && WEB.matcher(fragment).find();
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  /** A dot or colon glued between two letters: what every web address has ("example.org", "https://"). */
  private static boolean mayHoldAddress(String fragment) {
    for (int i = 1; i + 1 < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if ((c == '.' || c == ':') && Character.isLetter(fragment.charAt(i - 1)) && !Character.isWhitespace(fragment.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
