package org.doppel.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.html.ExtractedArticle;
import org.doppel.ingest.meta.DateText;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * One item of a feed ({@link FeedReader}) as a document, filled as an HTML page's is: its text is the title, a blank
 * line and the article the page reader's extractor reads from the item's body ({@link FeedBody}), and what the item
 * declares (title, link, author, date: evidence {@code feed}) wins over what that article says, as a JSON Lines
 * record's fields do. The id is the item's {@code guid} (Atom: {@code id}), else its link, else the file's id and the
 * item's position ({@code feed#3}), which is unique within the file as a JSON Lines record's {@code file#line} is.
 */
final class FeedItem {
  /**
   * Where an item's publication date is, first found first: Dublin Core terms' {@code issued} (published) before its
   * {@code created} (written); {@code updated} and {@code dcterms:modified}, which date an edit, only when none of the
   * others is there.
   */
  private static final List<FeedName> DATES = List.of(FeedName.own("pubDate"), FeedName.DC_DATE, FeedName.DCTERMS_ISSUED, FeedName.DCTERMS_CREATED,
      FeedName.own("published"), FeedName.own("updated"), FeedName.DCTERMS_MODIFIED);

  private FeedItem() {}

  /** The file whose items are read, and the notes given once for it. */
  static final class Reading {
    final String fileId;
    final String location;
    final Consumer<IngestProblem> problems;
    private boolean positionNoted;

    Reading(String fileId, String location, Consumer<IngestProblem> problems) {
      this.fileId = fileId;
      this.location = location;
      this.problems = problems;
    }

    String location() {
      return location;
    }
  }

  /**
   * The article of {@code item}, the {@code position}th of its file, starting on {@code line}, as {@code extract} shows
   * a page's ({@link ExtractedPage#toSourceText()} is the document a scan reads); empty (and said) when it has no text.
   */
  static Optional<ExtractedPage> read(Element item, FeedRoot.Kind kind, int position, int line, Reading reading) {
    String location = reading.location + ":" + line;
    String url = url(item, kind);
    Optional<ExtractedArticle> article = FeedBody.article(item, kind, url);
    if (article.isEmpty()) {
      reading.problems.accept(new IngestProblem(location, kind.itemTag + " has no text (" + FeedBody.describe(kind) + " missing or empty)", true));
      return Optional.empty();
    }
    ArticleMetadata metadata = declared(item, kind, url, location, reading.problems).orElse(withoutTitle(article.get().metadata()));
    ExtractedArticle declared = new ExtractedArticle(article.get().body(), article.get().paragraphs(), metadata);
    return Optional.of(new ExtractedPage(id(item, kind, url, position, location, reading), location, url, declared));
  }

  /**
   * What the body's article says, but a title: a body has no {@code <title>}, so the extractor's is a line of the body,
   * which the text would then start with twice; an item's title is the one it declares, or none.
   */
  private static ArticleMetadata withoutTitle(ArticleMetadata read) {
    Map<String, String> evidence = new LinkedHashMap<>(read.evidence());
    evidence.remove("title");
    return new ArticleMetadata(null, read.author(), read.date(), read.time(), read.site(), read.url(), read.language(), read.images(),
        read.attributions(), evidence);
  }

  private static String id(Element item, FeedRoot.Kind kind, @Nullable String url, int position, String location, Reading reading) {
    String own = textOf(child(item, FeedName.own(kind == FeedRoot.Kind.ATOM ? "id" : "guid"), kind));
    if (own != null) {
      return own;
    }
    if (url != null) {
      return url;
    }
    String id = reading.fileId + "#" + position;
    if (!reading.positionNoted) {
      reading.positionNoted = true;
      reading.problems.accept(new IngestProblem(location, kind.itemTag + " has no " + (kind == FeedRoot.Kind.ATOM ? "id" : "guid")
          + " nor link; using " + id + " (every " + kind.itemTag + " of this file without one is named by its position so; this note is given once)", false));
    }
    return id;
  }

  /** The title, link, author and date the item declares, each with evidence {@code feed}. */
  private static ArticleMetadata declared(Element item, FeedRoot.Kind kind, @Nullable String url, String location, Consumer<IngestProblem> problems) {
    String title = FeedBody.plainText(child(item, FeedName.own("title"), kind));
    String author = FeedAuthors.of(item, kind);
    DateText.DateTime date = date(item, kind, location, problems);
    Map<String, String> evidence = new LinkedHashMap<>();
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("url", url);
    fields.put("author", author);
    fields.put("date", date);
    fields.forEach((field, value) -> {
      if (value != null) {
        evidence.put(field, "feed");
      }
    });
    if (date != null && date.offset() != null) {
      evidence.put(ArticleMetadata.ZONE, date.offset().getId());
    }
    return new ArticleMetadata(title, author, date == null ? null : date.date(), date == null ? null : date.time(), null, url, null,
        List.of(), List.of(), evidence);
  }

  /** The first of {@link #DATES} the item gives that Doppel reads; one it gives but cannot read is said, as a record's is. */
  private static DateText.@Nullable DateTime date(Element item, FeedRoot.Kind kind, String location, Consumer<IngestProblem> problems) {
    for (FeedName field : DATES) {
      Element element = child(item, field, kind);
      String value = textOf(element);
      if (element == null || value == null) {
        continue;
      }
      DateText.DateTime read = FeedDates.read(value);
      if (read != null) {
        return read;
      }
      problems.accept(new IngestProblem(location, "<" + element.tagName() + "> \"" + value + "\" is not a date Doppel reads (Tue, 12 Mar 2024 "
          + "09:00:00 GMT, 2024-03-12T09:00:00Z or 12 March 2024); the item is read without it", false));
    }
    return null;
  }

  /** The item's link: RSS's {@code <link>} text, Atom's {@code <link href>} of no {@code rel} or {@code rel="alternate"}. */
  private static @Nullable String url(Element item, FeedRoot.Kind kind) {
    for (Element link : children(item, FeedName.own("link"), kind)) {
      String rel = link.attr("rel");
      String href = link.hasAttr("href") ? link.attr("href").strip() : kind == FeedRoot.Kind.ATOM ? "" : link.wholeText().strip();
      if (!href.isEmpty() && (rel.isEmpty() || rel.equals("alternate"))) {
        return href;
      }
    }
    return null;
  }

  /** The item's first child element that is {@code name} in a feed of {@code kind}, or null. */
  static @Nullable Element child(Element item, FeedName name, FeedRoot.Kind kind) {
    List<Element> found = children(item, name, kind);
    return found.isEmpty() ? null : found.get(0);
  }

  static List<Element> children(Element item, FeedName name, FeedRoot.Kind kind) {
    List<Element> found = new ArrayList<>(1);
    for (Element child : item.children()) {
      if (name.matches(child, kind)) {
        found.add(child);
      }
    }
    return found;
  }

  /** An element's text with white space collapsed, or null when it is missing or blank. */
  static @Nullable String textOf(@Nullable Element element) {
    if (element == null) {
      return null;
    }
    String text = element.wholeText().strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? null : text;
  }
}
