package org.doppel.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Who a page's copyright notice names: the {@code copyright} or {@code dc.rights} meta tag, else
 * the first short block with a notice ("© 2020 Jane Voe", "Copyright (c) 2012- Jane Voe. All
 * rights reserved.", "Impressum | © Example Verlag | Kontakt"). Notices inside figures and captions
 * credit a photographer, not the page, and are passed over.
 *
 * <p>The holder tells a publisher that signs as author ("Demo Tidings" as meta author and as
 * copyright holder) from a writer, and on a one-person site it is the only place the writer's name
 * stands.
 */
final class CopyrightHolder {
  private static final Pattern NOTICE = Pattern.compile(
      "(?:^|[|·•]\\s*)(?:©|\\(c\\)|copyright\\b)(?:\\s*(?:©|\\(c\\)))?\\s*"
          + "(?:(?:19|20)\\d{2}(?:\\s*[-–/]\\s*(?:(?:19|20)\\d{2})?)?\\s*)?(?:by\\s+)?"
          + "(\\p{L}[^|©•·.,:;()\\[\\]]*?)\\s*(?:[|©•·.,:;()\\[\\]]|\\ball rights\\b|\\balle rechte\\b|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Evaluator PICTURE = QueryParser.parse(
      "figure, figcaption, [class~=(?i)caption|credit|photo|image|bild|foto]");
  private static final int MAX_WORDS = 8;

  private CopyrightHolder() {}

  /** The holder's name as written, or null when the page states no copyright notice. */
  static @Nullable String of(MetaTags meta, List<ShortBlocks.Block> blocks) {
    String declared = meta.first("copyright", "dc.rights", "dcterms.rights");
    if (declared != null) {
      // a meta tag may give the bare name, without the sign
      String named = holder(declared);
      String bare = declared.strip().replaceAll("[.,;:]+$", "");
      return named != null ? named : bare.isEmpty() || bare.split("\\s+").length > MAX_WORDS ? null : bare;
    }
    for (ShortBlocks.Block block : blocks) {
      String text = block.text();
      if ((text.indexOf('©') >= 0 || text.regionMatches(true, 0, "copyright", 0, 9) || text.contains("(c)") || text.contains("(C)")
          || text.toLowerCase(Locale.ROOT).contains("| copyright")) && block.element().closest(PICTURE) == null) {
        String holder = holder(text);
        if (holder != null) {
          return holder;
        }
      }
    }
    return null;
  }

  /** The name a notice gives, or null when {@code notice} holds none. */
  static @Nullable String holder(String notice) {
    if (notice == null) {
      return null;
    }
    Matcher m = NOTICE.matcher(notice.strip());
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).strip();
    if (notice.strip().substring(m.end(1)).stripLeading().startsWith(":")) {
      return null; // "© Foto: Jane Voe" credits a picture
    }
    return name.isEmpty() || name.split("\\s+").length > MAX_WORDS ? null : name;
  }
}
