package org.doppel.ingest.html;

import java.util.List;
import java.util.Optional;

/**
 * Finds the article's lead (standfirst) when it sits outside the container that holds the body, as on
 * many news sites where it is part of the article header. The page's own description
 * ({@code og:description} or {@code description}) is almost always that lead, whole or cut short, so a
 * block before the body whose text matches the description is taken as the lead.
 */
final class LeadFinder {
  private static final int MIN_LEAD_CHARS = 40;

  private LeadFinder() {}

  /**
   * The block to put before {@code body}, if any.
   *
   * @param allBlocks every text block of the page in document order
   * @param body the blocks chosen as the article body, in order
   * @param description the page's declared description, or null
   */
  static Optional<TextBlock> lead(List<TextBlock> allBlocks, List<TextBlock> body, String description) {
    if (body.isEmpty() || description == null) {
      return Optional.empty();
    }
    String wanted = ParagraphCollector.normalise(description).replaceAll("(\\.\\.\\.|…)$", "").strip();
    if (wanted.length() < MIN_LEAD_CHARS) {
      return Optional.empty();
    }
    TextBlock first = body.get(0);
    if (matches(ParagraphCollector.normalise(first.text()), wanted)) {
      return Optional.empty();
    }
    for (TextBlock block : allBlocks) {
      if (block.owner() == first.owner()) {
        return Optional.empty(); // reached the body: the lead is not before it
      }
      if (block.chars() >= MIN_LEAD_CHARS && block.linkDensity() < 0.3
          && matches(ParagraphCollector.normalise(block.text()), wanted)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String text, String description) {
    return text.equals(description) || text.startsWith(description)
        || description.startsWith(text) && text.length() >= MIN_LEAD_CHARS;
  }
}
