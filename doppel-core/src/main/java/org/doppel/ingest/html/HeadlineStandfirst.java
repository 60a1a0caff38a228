package org.doppel.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The standfirst that a page sets between its headline and the article's body without naming it by a class or
 * repeating it as its description: the running prose after the last {@code <h1>} above the body and before the
 * body's first block. What templates put in that place besides the standfirst is left out by its structure, not its
 * words: picture captions and the text of a box that holds a picture or a video, quotations, byline and date lines,
 * link lists, stock lines, and text inside a container that is named like a sidebar, a widget or comments.
 */
final class HeadlineStandfirst {
  /** How far up from a block a picture still belongs to its box (the block, its parent, their parent). */
  private static final int PICTURE_BOX_LEVELS = 2;

  private HeadlineStandfirst() {}

  /**
   * The prose blocks between the headline and the body, in order; none when no {@code <h1>} stands above the body.
   *
   * @param allBlocks every text block of the page in document order
   * @param body the blocks chosen as the article body, in order
   */
  static List<TextBlock> find(List<TextBlock> allBlocks, List<TextBlock> body) {
    int start = LeadFinder.bodyStart(allBlocks, body);
    int headline = -1;
    for (int i = start - 1; i >= 0; i--) {
      if (allBlocks.get(i).owner().nameIs("h1")) {
        headline = i;
        break;
      }
    }
    if (headline < 0) {
      return List.of();
    }
    List<TextBlock> found = new ArrayList<>();
    for (int i = headline + 1; i < start; i++) {
      TextBlock block = allBlocks.get(i);
      if (readsAsStandfirst(block) && !LeadFinder.repeatsBody(block, body) && !inOtherBox(block.owner())) {
        found.add(block);
      }
    }
    return found;
  }

  /** Running prose that is not cut short, not a caption, not a stock line and not a byline or date line. */
  private static boolean readsAsStandfirst(TextBlock block) {
    String text = block.text();
    return ParagraphCollector.isProse(block) && LeadFinder.readsLikeALead(text) && !CaptionLines.isCaption(text)
        && !BoilerplateText.isBoilerplate(text) && !BylineLines.isBylineOrDate(text);
  }

  /**
   * Whether the block belongs to something else than the article's header: a caption or a box with a picture, a
   * video or a frame in it (within {@value #PICTURE_BOX_LEVELS} levels up), a quotation, or a container whose names
   * mark it as a sidebar, widget, newsletter box (unlikely) or as comments (negative).
   */
  private static boolean inOtherBox(Element owner) {
    if (ParagraphCollector.inCaption(owner)) {
      return true;
    }
    int level = 0;
    for (Element e = owner; e != null && !e.nameIs("body"); e = e.parent(), level++) {
      if (e.nameIs("blockquote") || ClassWeight.isUnlikelyContainer(e) || ClassWeight.isNegative(e)) {
        return true;
      }
      if (level <= PICTURE_BOX_LEVELS && e.selectFirst("img, picture, video, iframe") != null) {
        return true;
      }
    }
    return false;
  }
}
