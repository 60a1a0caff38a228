package org.doppel.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's lead (standfirst) when it sits outside the container that holds the body, as on
 * many news sites where it is part of the article header. The page's own description
 * ({@code og:description} or {@code description}) is almost always that lead, whole or cut short, so a
 * block before the body whose text matches the description is taken as the lead; else the blocks before the body
 * that the page's classes call a lead; else the prose between the headline and the body
 * ({@link HeadlineStandfirst}).
 */
final class LeadFinder {
  private static final int MIN_LEAD_CHARS = 40;
  private static final int LOOK_BACK_BLOCKS = 4;
  private static final Pattern LEAD_CLASS = Pattern.compile(
      "(?i)intro|lead|abstract|summary|standfirst|chapo|teaser|vorspann|excerpt|\\bdeck\\b|\\bdek\\b|sub-?title|"
          + "subline|subhead|kicker|description|header__text");

  private LeadFinder() {}

  /**
   * The block to put before {@code body}, if any.
   *
   * @param allBlocks every text block of the page in document order
   * @param body the blocks chosen as the article body, in order
   * @param description the page's declared description, or null
   */
  static List<TextBlock> leads(List<TextBlock> allBlocks, List<TextBlock> body, @Nullable String description) {
    Optional<TextBlock> described = lead(allBlocks, body, description);
    if (described.isPresent()) {
      return List.of(described.get());
    }
    List<TextBlock> marked = markedLeads(allBlocks, body);
    return marked.isEmpty() ? HeadlineStandfirst.find(allBlocks, body) : marked;
  }

  /** Where the body's first block stands among all the page's blocks; -1 when the body is empty or not among them. */
  static int bodyStart(List<TextBlock> allBlocks, List<TextBlock> body) {
    if (body.isEmpty()) {
      return -1;
    }
    Element first = body.get(0).owner();
    for (int i = 0; i < allBlocks.size(); i++) {
      if (allBlocks.get(i).owner() == first) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The prose blocks just before the body that the page's classes call a lead ("intro", "lead",
   * "standfirst", "chapo", "teaser-text", "Vorspann" …). The look-back counts {@value #LOOK_BACK_BLOCKS}
   * blocks of text; the share links, breadcrumbs and byline or date lines that templates put between the
   * lead and the body are passed over without counting. It ends at the first heading above the body.
   */
  static List<TextBlock> markedLeads(List<TextBlock> allBlocks, List<TextBlock> body) {
    int start = bodyStart(allBlocks, body);
    if (start < 0) {
      return List.of();
    }
    List<TextBlock> found = new ArrayList<>();
    int counted = 0;
    for (int i = start - 1; i >= 0 && counted < LOOK_BACK_BLOCKS; i--) {
      TextBlock block = allBlocks.get(i);
      if (block.isHeading()) {
        break; // the headline or a kicker: the lead cannot be above it
      }
      boolean metaLine = BylineLines.isBylineOrDate(block.text());
      if (block.linkDensity() > 0.5 || metaLine) {
        continue; // links and byline or date lines between the lead and the body
      }
      counted++;
      if (block.chars() >= MIN_LEAD_CHARS && block.linkDensity() < 0.3 && markedAsLead(block.owner())
          && readsLikeALead(block.text()) && !BoilerplateText.isBoilerplate(block.text()) && !repeatsBody(block, body)) {
        found.add(0, block);
      }
    }
    return found;
  }

  /** A standfirst that the body repeats as its abstract (a header's "dek" and the body's first block) is there already. */
  static boolean repeatsBody(TextBlock lead, List<TextBlock> body) {
    for (int i = 0; i < Math.min(LOOK_BACK_BLOCKS, body.size()); i++) {
      if (body.get(i).text().equals(lead.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text reads as a standfirst: at least one sentence ends in it (a full stop, question or
   * exclamation mark before a space or the end), and it is not cut short. A teaser of another page is
   * cut short ("…", "...") and a teaser's headline is no sentence; both can carry a lead's class names.
   */
  static boolean readsLikeALead(String text) {
    String trimmed = text.strip();
    if (trimmed.endsWith("...") || trimmed.endsWith("…")) {
      return false;
    }
    return TextBlock.hasSentenceEnd(trimmed);
  }

  private static boolean markedAsLead(Element owner) {
    Element e = owner;
    for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
      String names = e.className() + " " + e.id();
      if (names.length() > 1 && LEAD_CLASS.matcher(names).find()) {
        return true;
      }
    }
    return false;
  }

  static Optional<TextBlock> lead(List<TextBlock> allBlocks, List<TextBlock> body, @Nullable String description) {
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
          && matches(ParagraphCollector.normalise(block.text()), wanted) && !BoilerplateText.isBoilerplate(block.text())) {
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
