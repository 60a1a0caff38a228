package org.doppel.ingest.meta;

import java.util.List;
import java.util.Optional;
import org.doppel.ingest.meta.HtmlAuthors.Found;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The page's own byline marks ({@code itemprop=author}, {@code rel=author}, elements classed "author" or "byline", links
 * to a writer's page, the article's {@code address}) and the name each gives: its text, its first line, or the alt text of
 * the writer's portrait in it.
 */
final class BylineMarks {
  private static final String BYLINE_MARKS = String.join(", ", "byline",
      "[itemprop~=(?i)^author$] [itemprop=name]", "[itemprop~=(?i)^author$]", "a[rel~=(?i)^author$]", "[rel~=(?i)^author$]",
      "[class~=(?i)(^|\\s)(author|authors|byline|by-line|author-name|authorname|post-author|entry-author|article-author|autor|author-link|"
          + "fn|vcard|meta-author|story-byline|c-byline|byline__name|author__name|td-post-author-name)(\\s|$)]",
      "[class~=(?i)[-_](author|autor|auteur|autore|byline)([-_]name|[-_]link)?(\\s|$)]",
      // a writer's name in a BEM-named box: "article-author__name", "author-info__name", "c-byline__link", "verfasser"
      "[class~=(?i)(^|\\s)[\\w-]*(author|autor|auteur|autore|byline|verfasser)[\\w-]*(name|link)(\\s|$)]",
      "[class~=(?i)(^|\\s)(verfasser|verfasserin)(\\s|$)]", "[class~=(?i)^(auteurs?|autore|autori|autoren|autorin)$]", "[id~=(?i)^(author|byline|autor)$]",
      // a link to the writer's page ("/author/jane-voe/", "/autor/max-muster") and the HTML5 contact block of an article
      // (plain substring tests: a regex would run on every link of every page)
      "a[href*=/author/]", "a[href*=/autor/]", "a[href*=/auteur/]", "article address");
  private static final Evaluator MARKS = QueryParser.parse(BYLINE_MARKS);

  private BylineMarks() {}

  /**
   * The first person named by an element marked as byline or author (outside the article's other parts, or beside its
   * headline); the organisations, holders and agencies such marks name go to {@code publishers}, since a later mark may
   * name the writer.
   */
  static Optional<Found> author(Document page, @Nullable String site, @Nullable String host,
      @Nullable String holder, List<Found> publishers) {
    Element headline = BylinePlaces.headline(page);
    for (Element mark : page.select(MARKS)) {
      if (BylinePlaces.elsewhere(mark) && !BylinePlaces.besideHeadline(mark, headline) || BylinePlaces.inCaption(mark)) {
        continue;
      }
      String text = mark.hasAttr("content") ? mark.attr("content") : MarkText.of(mark);
      if (text.isBlank()) {
        text = portraitName(mark); // a link to the writer's page around their photo: the name is the photo's alt text
      }
      String value = firstLineName(mark, site).orElse(AuthorNames.clean(text, site));
      if (value != null && (PublisherNames.isOrganisation(value, site, host) || PublisherNames.isHolder(value, holder)
          || PublisherNames.isAgency(value) || PublisherNames.isNewsroom(value))) {
        publishers.add(new Found(value, "byline")); // a later mark may name the writer
      } else if (value != null) {
        return Optional.of(new Found(value, "byline"));
      }
    }
    return Optional.empty();
  }

  /**
   * The text of the page's byline marks that stand where the article's own byline does. A mark that is a link to one writer
   * stands for the line around it: "Von <a rel=author>Jane Voe</a> und Sam Quist" links the first writer's page only, and
   * the second, with no page of their own, is named in plain text beside it.
   */
  static String text(Document page) {
    Element headline = BylinePlaces.headline(page);
    StringBuilder text = new StringBuilder();
    for (Element mark : page.select(MARKS)) {
      if (!BylinePlaces.elsewhere(mark) || BylinePlaces.besideHeadline(mark, headline)) {
        Element line = linkLine(mark);
        text.append(line != mark ? MarkText.of(line) : mark.hasAttr("content") ? mark.attr("content") : MarkText.of(mark)).append('\n');
      }
    }
    return text.toString();
  }

  /** The longest line around a writer's link that is read as its byline: a sentence of names, not a paragraph. */
  private static final int LINK_LINE = 120;

  /** The element a link mark stands in, when that is a short line of text ({@value #LINK_LINE} characters at most); else the mark. */
  private static Element linkLine(Element mark) {
    Element parent = mark.parent();
    return mark.normalName().equals("a") && parent != null && parent.text().length() <= LINK_LINE ? parent : mark;
  }

  /**
   * The name on the first line of a byline mark whose next line gives the writer's job ("By Jane Voe<br>Staff Writer"):
   * the line break separates them as a comma would. Empty when the mark has no line break or its first line is no name
   * of two words or more.
   */
  private static Optional<String> firstLineName(Element mark, @Nullable String site) {
    Element lineBreak = mark.selectFirst("br");
    if (lineBreak == null || lineBreak.parent() != mark) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder();
    for (Node node : mark.childNodes()) {
      if (node == lineBreak) {
        break;
      }
      line.append(node instanceof Element element ? element.text() : node instanceof TextNode textNode ? textNode.text() : "");
    }
    String name = AuthorNames.clean(line.toString(), site);
    return name != null && name.split("\\s+").length >= 2 ? Optional.of(name) : Optional.empty();
  }

  /** The alt text of a portrait inside a byline mark that shows no text, when it reads as a name of two to four words. */
  private static String portraitName(Element mark) {
    Element portrait = mark.selectFirst("img[alt]");
    if (portrait == null) {
      return "";
    }
    String alt = portrait.attr("alt").strip();
    int words = alt.isEmpty() ? 0 : alt.split("\\s+").length;
    return words >= 2 && words <= 4 && Bylines.cleanNames(alt).filter(alt::equals).isPresent() ? alt : "";
  }
}
