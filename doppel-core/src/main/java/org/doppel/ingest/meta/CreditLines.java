package org.doppel.ingest.meta;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.ArticleMetadata.Image;

/**
 * Splits a photo caption from the credit line that ends it, or reads a credit that stands alone:
 * "Views of North Korean homes PEDRO PARDO/AFP via Getty Images", "Kim Jong-un (Image credit:
 * Reuters)", "The harbour at dawn. Photo: Jane Voe", "Foto: dpa", "AP Photo/Evan Vucci",
 * "© Regan". The caption may be empty: an {@link Image} then has only its credit.
 */
public final class CreditLines {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String UPPER_NAME = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]*\\p{Lu}";
  private static final List<Pattern> CREDITS = List.of(
      // "(Image credit: Reuters)", "(Photo: AP)", "[Credit: NASA]"
      Pattern.compile("^(.*?)\\s*[(\\[]\\s*((?:image |photo |picture |bild)?(?:credit|credits|photo|foto|bild|quelle|source)\\s*:\\s*[^)\\]]{1,80})[)\\]]\\s*$", FLAGS),
      // "… Photo: Jane Voe", "Foto: dpa", "Photograph: X/Y", "Credit: NASA"
      Pattern.compile("^(.*?)[\\s.,;|–—-]*\\b((?:photo|photograph|photos|image|picture|credit|credits|foto|fotos|bild|bildquelle|photo credit|image credit)\\s*:\\s*[^:]{1,80})$", FLAGS),
      // "AP Photo/Evan Vucci", "REUTERS/Jane Voe"
      Pattern.compile("^(.*?)\\s*(\\b(?:AP|AFP|Reuters|REUTERS|EPA|dpa) (?:Photo|Foto|Images)\\s*/\\s*[\\p{L}. '’-]{2,60})$", 0),
      // "PEDRO PARDO/AFP via Getty Images", "MANAN VATSYAYANA/POOL/AFP via Getty Images"
      Pattern.compile("^(.*?)\\s*(" + UPPER_NAME + "(?:\\s*/\\s*[\\p{Lu}][\\p{L}\\p{M}.'’ -]*)+?(?:\\s+(?:via|for)\\s+[\\p{Lu}][\\p{L} ]{1,40})?)$", 0),
      // "Jane Voe/Getty Images", "Getty Images", "Shutterstock", "picture alliance / dpa"
      Pattern.compile("^(.*?)\\s*((?:[\\p{Lu}][\\p{L}.'’ -]{1,40}\\s*(?:/|via|for)\\s*)?(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy|picture alliance[^\\n]{0,40}|imago images[^\\n]{0,40}))$", 0),
      // "© Regan", "© Jane Voe / Agency"
      Pattern.compile("^(.*?)\\s*((?:©|\\(c\\))\\s*\\p{Lu}[^\\n]{1,60})$", FLAGS));
  static final int MAX_WORDS = 40;
  private static final int MAX_LENGTH = 400;
  /**
   * Every credit form above contains one of these (case-folded); a line without any is read no
   * further. Searched with indexOf in the folded line: a regex alternation cost a quarter of a scan.
   */
  static final List<String> TRIGGERS = List.of(
      "/", "©", "(c)", "credit", "photo", "foto", "bild", "image", "picture", "getty", "shutterstock", "istock", "alamy", "alliance", "imago");

  private CreditLines() {}

  /** The caption and credit {@code line} holds, or empty when it carries no credit. */
  public static Optional<Image> read(String line) {
    String trimmed = line.strip();
    // the word count first: it stops after MAX_WORDS words, and most lines of an article are longer
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || LineShape.moreWordsThan(trimmed, MAX_WORDS)) {
      return Optional.empty();
    }
    return readShort(trimmed);
  }

  /**
   * As {@link #read}, for a non-empty stripped line already known to be within its length and word limits
   * ({@link #mayHoldCredit}), which are not tested again.
   */
  static Optional<Image> readShort(String trimmed) {
    if (!hasTrigger(trimmed.toCharArray(), 0, trimmed.length())) {
      return Optional.empty();
    }
    for (Pattern credit : CREDITS) {
      Matcher m = credit.matcher(trimmed);
      if (m.matches()) {
        String caption = m.group(1).strip().replaceAll("[\\s|–—-]+$", "");
        String text = m.group(2).strip();
        if (text.length() < 2 || rightsFooter(text)) {
          continue;
        }
        return Optional.of(new Image(null, caption.isEmpty() ? null : caption, text));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a stripped line of {@code length} chars and {@code words} words ({@link LineShape#moreWordsThan}'s) is
   * short enough to hold a credit: the length and word limits of {@link #read}.
   */
  public static boolean mayHoldCredit(int length, int words) {
    return length <= MAX_LENGTH && words <= MAX_WORDS;
  }

  /**
   * Whether the line {@code text[start, end)}, folded ({@link LineShape#fold}), contains one of {@link #TRIGGERS}: one
   * pass over the line, looking up each char among the triggers' first chars, where a {@code contains} per trigger
   * read a line that holds none fifteen times. Folded char by char on the array: a line without a trigger, nearly
   * every line of an article, is then never copied into a string and folded into another.
   */
  static boolean hasTrigger(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = LineShape.fold(text[i]);
      String[] starting = c < TRIGGERS_BY_FIRST.length ? TRIGGERS_BY_FIRST[c] : null;
      if (starting != null) {
        for (String trigger : starting) {
          if (trigger.length() == 1
              || i + 1 < end && LineShape.fold(text[i + 1]) == trigger.charAt(1) && LineShape.foldedStartsWith(text, i, end, trigger)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@link #TRIGGERS} by their first char (every one below U+0100), null for a char that starts none. */
  private static final String[][] TRIGGERS_BY_FIRST = byFirstChar(TRIGGERS);

  private static String[][] byFirstChar(List<String> triggers) {
    String[][] byFirst = new String[256][];
    for (String trigger : triggers) {
      char first = trigger.charAt(0);
      String[] before = byFirst[first] == null ? new String[0] : byFirst[first];
      byFirst[first] = Arrays.copyOf(before, before.length + 1);
      byFirst[first][before.length] = trigger;
    }
    return byFirst;
  }

  private static boolean rightsFooter(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("all rights reserved") || lower.contains("privacy policy") || lower.contains("rechte vorbehalten");
  }
}
