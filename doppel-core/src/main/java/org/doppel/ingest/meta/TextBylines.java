package org.doppel.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.HtmlAuthors.Found;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Bylines in the page's plain text, where no element marks them: a short paragraph that is only a byline ("von Max Muster",
 * "Autoren Anna Muster und Erik Beispiel"), a name beside a date in the article's header, an agency's writer signing on a
 * line of their own, the byline item of a meta line, the signature on a paragraph's last line, a byline in Han script.
 */
final class TextBylines {
  /**
   * A Chinese or Japanese byline label and the name after it: "作者：", "记者", "责任编辑：", "编辑：",
   * "文："; names in Han script have no capital letter to go by. Only "记者" (reporter) goes without a
   * colon: the other labels begin ordinary words too. The label ends the block ("【纠错】 责任编辑： 王小明").
   */
  private static final Pattern HAN_BYLINE = Pattern.compile(
      "(?:^|[\\s【】\\[\\]（）()])(?:(?:责任编辑|編集|编辑|作者|撰文|文)\\s*[：:]|记者|記者)\\s*(\\p{IsHan}{2,4}(?:\\s+\\p{IsHan}{2,4}){0,2})\\s*[】\\]）)]?$");
  /** A short line that dates a report before its signature: "Bericht vom 14.01.2014 ", "14.01.2014 ". */
  private static final String DATE_LINE = "(?:\\p{L}+\\s+vom\\s+)?\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}\\s+";
  private static final Pattern TEXT_BYLINE = Pattern.compile(
      "^[\\s|·•–-]*(?i:(?:(?:geschrieben|verfasst|erstellt|eingestellt|eingetragen|gepostet|written|posted|report(?:ed)?|publié|escrito|publicado|" + AuthorNames.PIECE + "|"
          + AuthorNames.GUEST.replace(" ", "\\s+") + ")\\s+)?"
          + "(?:von|by|par|por)\\s*:?|"
          + "autor(?:in|en)?\\s*:?|author\\s*:|auteur\\s*:|(?:" + AuthorNames.TEXT_WORD + ")\\s*:|redaktion\\s*:|interview\\s*:|door)\\s+\\p{Lu}"
          // a credit line that opens with the writer: "Anna Muster (Text), Erik Beispiel (Fotos)"
          + "|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*\\((?i:" + AuthorNames.TEXT_WORD + ")\\)"
          // a posting line that dates before it names: "Posted on March 12, 2012 by Jane Voe", "Eingestellt am 19.3.2012 von …", "eingetragen am …"
          + "|^(?i:eingestellt|eingetragen|geschrieben|veröffentlicht|erstellt|gepostet|posted|written|published)\\s+(?i:am|on)\\s+[^|·•]{4,30}?\\s+"
          + "(?i:von|by)\\s+\\p{Lu}"
          // a writer's name after a dash, alone on the last line of a report ("– Anna Muster"), after its date line at most
          + "|^(?:" + DATE_LINE + ")?[–—]\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");
  /**
   * An agency's writer on a line of their own, as agency copy is signed under or over the text: "Erika Muster, dpa",
   * "Erika Muster (AFP)"; not "NAME/dpa", a photo credit's form. Matched whole, on short lines only.
   */
  private static final Pattern AGENCY_SIGNED = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s*(?:,\\s*|\\(\\s*)" + AuthorNames.AGENCIES + "(?:/\\p{L}{2,4})?\\)?");
  private static final int AGENCY_SIGNED_MAX = 60;

  private TextBylines() {}

  /** A short paragraph that is only a byline: "von Max Muster", "Autoren Anna Muster und Erik Beispiel", or in Han script. */
  static Optional<Found> author(List<ShortBlocks.Block> blocks, @Nullable String site, @Nullable String host,
      List<Found> publishers, @Nullable Element headline) {
    for (ShortBlocks.Block block : blocks) {
      String text = bylinePart(block);
      Optional<String> dated = DatedNameLine.name(text);
      if (dated.isEmpty() && LineShape.hasDigit(text)) {
        dated = DatedNameLine.nameOfItems(items(block.element()));
      }
      if (dated.isPresent() && BylinePlaces.besideHeadline(block.element(), headline) && !BylinePlaces.elsewhere(block.element())) {
        String value = AuthorNames.clean(dated.get(), site);
        if (value != null && !PublisherNames.isNewsroom(value) && !PublisherNames.isAgency(value)
            && !PublisherNames.isOrganisation(value, site, host)) {
          return Optional.of(new Found(value, "text"));
        }
      }
      boolean signed = text.length() < AGENCY_SIGNED_MAX && AGENCY_SIGNED.matcher(text).matches() && !BylinePlaces.inCaption(block.element());
      if (text.length() < 120 && (signed || TEXT_BYLINE.matcher(text).find()) && !BylinePlaces.elsewhere(block.element())
          && !BylinePlaces.inCaption(block.element())) {
        String value = AuthorNames.clean(text, site);
        if (value != null && PublisherNames.isNewsroom(value)) {
          publishers.add(new Found(value, "text")); // "Geschrieben von Redaktion": a writer may sign below
        } else if (value != null && value.split("\\s+").length <= 6 && Character.isUpperCase(value.codePointAt(0))) {
          return Optional.of(new Found(value, "text"));
        }
      }
      Matcher han = HAN_BYLINE.matcher(text);
      if (text.length() < 60 && han.find()) {
        return Optional.of(new Found(han.group(1).replaceAll("\\s+", " "), "text"));
      }
    }
    return Optional.empty();
  }

  /**
   * The texts of {@code element}'s two or three child elements when it holds nothing else but blank text, else none; none
   * either when an item is a link or is classed as a category, a tag or a sender: a line of a section and a date ("Local
   * news" · "14 Mar 2022"), or of the office that sent a release, is no byline, and a writer's link is a byline mark.
   */
  private static List<String> items(Element element) {
    if (element.childrenSize() < 2 || element.childrenSize() > 3
        || element.textNodes().stream().anyMatch(node -> !node.isBlank())) {
      return List.of();
    }
    for (Element item : element.children()) {
      if (item.normalName().equals("a") || item.selectFirst("a") != null || NOT_A_WRITER_ITEM.matcher(item.className()).find()) {
        return List.of();
      }
    }
    return element.children().stream().map(Element::text).toList();
  }

  private static final Pattern NOT_A_WRITER_ITEM = Pattern.compile("(?i)tag|categor|section|rubri|ressort|kicker|topic|sender|source|quelle");

  /** The separators of a meta line's items: "Published 4 March 2024 · Guest post by Jane Voe · 5 min read". */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s[·|•]\\s");

  /** A block's byline part ({@link #bylinePart(String)}), or else its closing line when that is a signature. */
  private static String bylinePart(ShortBlocks.Block block) {
    String text = bylinePart(block.text());
    return TEXT_BYLINE.matcher(text).find() ? text : lastLineByline(block.element()).orElse(text);
  }

  /**
   * The last line of a paragraph, after its last line break, when it is a byline: a club's or a school's report signs off
   * in its closing paragraph ("Go team!<br>– Report by Jane Voe, Club Secretary"). A line that opens with a date is an
   * item of a list of events ("22.06.2024 – Event"), not a signature.
   */
  private static Optional<String> lastLineByline(Element element) {
    Element lastBreak = element.select("br").last();
    if (lastBreak == null) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder();
    for (Node node = lastBreak.nextSibling(); node != null; node = node.nextSibling()) {
      line.append(node instanceof Element e ? e.text() : node instanceof TextNode t ? t.text() : "");
    }
    String text = line.toString().strip();
    boolean signature = !text.isEmpty() && !Character.isDigit(text.codePointAt(0)) && text.length() < 120;
    return signature && TEXT_BYLINE.matcher(text).find() ? Optional.of(text) : Optional.empty();
  }

  /**
   * The item of a meta line that is a byline, when the line opens with another item (its date): "Published 4 March 2024 ·
   * Guest post by Jane Voe · 5 min read" → "Guest post by Jane Voe"; else the whole line.
   */
  private static String bylinePart(String text) {
    if (text.length() >= 120 || TEXT_BYLINE.matcher(text).find()) {
      return text;
    }
    Matcher separator = ITEM_SEPARATOR.matcher(text);
    while (separator.find()) {
      String rest = text.substring(separator.end());
      if (TEXT_BYLINE.matcher(rest).find()) {
        Matcher next = ITEM_SEPARATOR.matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest; // the items after it ("5 min read") are not the name
      }
    }
    // a date line that goes on with the byline, separated by a dash or a line break: "Mo., 24.08.2009 - Text: Anna Muster"
    return DatedNameLine.afterOpeningDate(text).filter(rest -> TEXT_BYLINE.matcher(rest).find()).orElse(text);
  }
}
