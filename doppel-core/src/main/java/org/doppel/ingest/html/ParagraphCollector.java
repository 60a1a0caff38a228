package org.doppel.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the text blocks that lie inside the article's containers and reads as article text: not in a
 * nested container that looks like boilerplate (Readability's "clean conditionally"), not mostly link
 * text, not a stock line such as "Advertisement" or "Share this article", not the headline again.
 */
final class ParagraphCollector {
  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|bildunterschrift|legende");
  private static final int MIN_PROSE_CHARS = 100;
  private static final int PROSE_CHARS_PER_PARAGRAPH = 300;
  private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form", "figure",
      "aside", "header", "footer", "dl", "nav", "center");

  private final ContentRootFinder.Result found;
  private final PageStats pageStats;
  private final boolean weighClasses;
  private final boolean cleanConditionally;
  private final Map<Element, Boolean> junk = new IdentityHashMap<>();
  private final Map<Element, Element> rootOf = new IdentityHashMap<>();
  /** Per container, the characters of running prose below it ({@link #isProse}), counted once per walk. */
  private final Map<Element, Integer> proseChars = new IdentityHashMap<>();

  private ParagraphCollector(ContentRootFinder.Result found, PageStats pageStats, boolean weighClasses, boolean cleanConditionally) {
    this.found = found;
    this.pageStats = pageStats;
    this.weighClasses = weighClasses;
    this.cleanConditionally = cleanConditionally;
    found.roots().forEach(r -> rootOf.put(r, r));
  }

  /** The paragraphs of the article: text of the blocks under the roots found, in order, boilerplate left out. */
  static List<TextBlock> collect(List<TextBlock> blocks, ContentRootFinder.Result found, PageStats pageStats, @Nullable String title,
      boolean weighClasses, boolean cleanConditionally) {
    return new ParagraphCollector(found, pageStats, weighClasses, cleanConditionally).run(blocks, title);
  }

  private List<TextBlock> run(List<TextBlock> blocks, @Nullable String title) {
    if (cleanConditionally) {
      countProse(blocks);
    }
    String normalisedTitle = title == null ? "" : normalise(title);
    List<TextBlock> kept = new ArrayList<>();
    boolean titleSeen = false;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (!keptContainer(block.owner())) {
        continue;
      }
      String text = block.text();
      if (inCaption(block.owner()) || CaptionLines.isCaption(text)) {
        continue; // captions and credits belong to the image (metadata), not the article's prose
      }
      if (inFormOrAuthorBox(block.owner())) {
        continue;
      }
      if (block.linkDensity() > 0.5 && block.chars() < 400) {
        continue;
      }
      if (BoilerplateText.isBoilerplate(text)) {
        continue;
      }
      if (block.isHeading() && !titleSeen && !normalisedTitle.isEmpty() && similarTitle(normalise(text), normalisedTitle)) {
        titleSeen = true;
        continue;
      }
      if (block.isHeading() && weighClasses && ClassWeight.isNegative(block.owner())) {
        continue;
      }
      if (block.isHeading() && headsLinks(blocks, i)) {
        continue;
      }
      kept.add(block);
    }
    return withoutOrphanHeadings(kept);
  }

  /**
   * Whether the block right after the heading at {@code index} is links without a sentence ("More on this
   * topic" over teaser links, "Related videos" over a linked headline): the heading names that list, which
   * is left out, not a section of the article, whatever text comes after the list. A paragraph of prose
   * with many links under a crosshead is no such list.
   */
  private static boolean headsLinks(List<TextBlock> blocks, int index) {
    if (index + 1 >= blocks.size()) {
      return false;
    }
    TextBlock next = blocks.get(index + 1);
    return next.linkDensity() > 0.5 && next.chars() < 400 && !TextBlock.hasSentenceEnd(next.text());
  }

  /**
   * Drops headings that head nothing: one followed by a heading of the same or a higher level, or by
   * nothing at all, introduced a list or teaser that was taken out ("More on this topic").
   */
  private static List<TextBlock> withoutOrphanHeadings(List<TextBlock> kept) {
    List<TextBlock> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      TextBlock block = kept.get(i);
      if (block.isHeading()) {
        TextBlock next = i + 1 < kept.size() ? kept.get(i + 1) : null;
        if (next == null || next.isHeading() && level(next) <= level(block)) {
          continue;
        }
      }
      out.add(block);
    }
    return out;
  }

  private static int level(TextBlock heading) {
    return heading.owner().normalName().charAt(1) - '0';
  }

  /**
   * Inside a figure or caption element, or in a block that names itself a caption ("media__caption",
   * "bildunterschrift"): templates often caption pictures with a plain paragraph.
   */
  static boolean inCaption(Element owner) {
    if (CAPTION_CLASS.matcher(owner.className()).find()) {
      return true;
    }
    for (Element e = owner; e != null && !e.nameIs("body"); e = e.parent()) {
      if (e.nameIs("figcaption") || e.nameIs("figure") || e.nameIs("caption")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inside a form's labelled fields (a newsletter's consent text, a captcha's instruction: {@code label},
   * {@code fieldset}, {@code legend}) or a box about the writer (WordPress and other CMS themes call it
   * "author-bio", "author-box", "author-info", "about-the-author"): text of the page, not of the article.
   * Only the containers below the article's root are looked at, so a page wrapped whole in a form is read.
   */
  private boolean inFormOrAuthorBox(Element owner) {
    for (Element e = owner; e != null && !rootOf.containsKey(e); e = e.parent()) {
      if (e.nameIs("label") || e.nameIs("fieldset") || e.nameIs("legend") || ClassWeight.isAuthorBox(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean similarTitle(String heading, String title) {
    return heading.equals(title) || title.startsWith(heading) && heading.length() > 0.6 * title.length()
        || heading.startsWith(title) && title.length() > 0.6 * heading.length();
  }

  /** True when the block's owner lies under a root and no container between them is boilerplate. */
  private boolean keptContainer(Element owner) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (rootOf.containsKey(e)) {
        return true;
      }
      if (cleanConditionally && CONDITIONAL.contains(e.normalName())) {
        Boolean isJunk = junk.get(e);
        if (isJunk == null) {
          isJunk = looksLikeBoilerplate(e);
          junk.put(e, isJunk);
        }
        if (isJunk) {
          return false;
        }
      }
    }
    return false;
  }

  /** Adds each prose block's length to every container above it, up to the article's roots. */
  private void countProse(List<TextBlock> blocks) {
    for (TextBlock block : blocks) {
      if (!isProse(block)) {
        continue;
      }
      for (Element e = block.owner(); e != null && !rootOf.containsKey(e); e = e.parent()) {
        proseChars.merge(e, block.chars(), Integer::sum);
      }
    }
  }

  /**
   * Running text: a block of at least {@value #MIN_PROSE_CHARS} characters, few of them links, in which a
   * sentence ends. Captions of a gallery's slides and the data strings of a carousel are short or have
   * no full stop.
   */
  static boolean isProse(TextBlock block) {
    return block.chars() >= MIN_PROSE_CHARS && block.linkDensity() < 0.3 && TextBlock.hasSentenceEnd(block.text());
  }

  /** Readability's conditional cleaning of a container inside the article. */
  private boolean looksLikeBoilerplate(Element e) {
    PageStats.Counts stats = pageStats.of(e);
    int weight = weighClasses ? ClassWeight.of(e) : 0;
    if (weight < 0 && weight + found.score(e) < 0) {
      return true;
    }
    if (stats.commas >= 10) {
      return false;
    }
    boolean isList = e.nameIs("ul") || e.nameIs("ol");
    boolean isFigure = e.nameIs("figure");
    int paragraphs = stats.paragraphs;
    int images = stats.images;
    int items = stats.listItems - 100;
    int inputs = stats.inputs;
    double linkDensity = stats.linkDensity();
    // a step-by-step list pictures each step and writes it in a div; a teaser list links its pictures
    int prose = stats.linkedImages * 2 < images ? paragraphs + stats.textDivs : paragraphs;
    // a long paragraph between pictures is more than one picture's worth of text: the page is prose with
    // illustrations, not a gallery; every PROSE_CHARS_PER_PARAGRAPH characters of sentences count as one
    prose = Math.max(prose, proseChars.getOrDefault(e, 0) / PROSE_CHARS_PER_PARAGRAPH);
    if (images > 1 && (double) prose / images < 0.5 && !isFigure) {
      return true;
    }
    if (!isList && items > paragraphs) {
      return true;
    }
    if (inputs > paragraphs / 3) {
      return true;
    }
    if (!isList && !isFigure && stats.chars < 25 && (images == 0 || images > 2)) {
      return true;
    }
    if (!isList && weight < 25 && linkDensity > 0.2 && stats.chars < 1000) {
      return true;
    }
    if (isList && linkDensity > 0.5) {
      return true;
    }
    return weight >= 25 && linkDensity > 0.5;
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
