package org.doppel.ingest;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.meta.DateText;
import org.doppel.ingest.meta.TextMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Makes a Markdown article (a static site's post: Jekyll, Hugo, Eleventy, Astro) a document: its front matter
 * ({@link FrontMatter}) gives the title, publication date, authors, URL and language, evidence {@value #EVIDENCE}, and
 * never the text; its body's markup is turned into the text a reader sees ({@link MarkdownBody}). What the front matter
 * does not give is read from the body's lines as a plain text's is ({@link TextMetadata}: a first-line title, a byline),
 * but a date the file name starts with comes first, as Jekyll takes it ({@link #dateOfName}).
 * The file's bytes are decoded and checked as a plain text's are ({@link PlainTextDocuments}) first.
 */
final class MarkdownDocuments {
  /** Where a field came from: a post's front matter; {@code front-matter:canonical} for the URL it names as canonical. */
  static final String EVIDENCE = "front-matter";

  /** Where a picture came from: the body's {@code ![alt](path)}. */
  static final String EVIDENCE_BODY = "markdown:image";

  /** Where a date came from: the post's file name ({@link #dateOfName}). */
  static final String EVIDENCE_NAME = "file-name";

  /**
   * A post named by its publication day and its slug, as Jekyll names a post ({@code _posts/2024-03-14-harbour-dues.md})
   * and Eleventy reads a dated file name: the day is the post's date when its front matter gives none, as they take it.
   */
  private static final Pattern DATED_NAME = Pattern.compile("(\\d{4})-(\\d\\d?)-(\\d\\d?)-.+");

  /** The publication date's keys, best first; never {@code lastmod}/{@code updated}, which date a later edit. */
  private static final String[] DATE_KEYS = {"date", "publishdate", "published", "pubdate", "publish_date"};
  /** A Jekyll date, "2024-03-14 09:30:00 +0100", which ISO 8601 reads once the space and the offset's colon are put right. */
  private static final Pattern JEKYLL_DATE = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)[ T](\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)\\s*([+-]\\d\\d):?(\\d\\d)");

  private final Consumer<IngestProblem> problems;
  private final PlainTextDocuments plainTexts;

  MarkdownDocuments(Consumer<IngestProblem> problems, PlainTextDocuments plainTexts) {
    this.problems = problems;
    this.plainTexts = plainTexts;
  }

  /**
   * The document of a Markdown file's bytes; {@code mdx} for a {@code .mdx} file ({@link MarkdownBody#text}). A front
   * matter that does not close, or a value in it that does not parse, is a warning naming the file; the rest is read.
   *
   * @throws IngestException when the bytes are a Doppel report, binary or empty, as for a plain text
   */
  SourceText document(byte[] read, String id, String location, boolean mdx) throws IngestException {
    return post(plainTexts.document(read, id, location).text(), id, location, mdx, dateOfName(id), problems);
  }

  /**
   * The document of a Markdown post's text, decoded: a file's, or a crawl's record of {@code text/markdown}
   * ({@link WarcTexts}); {@code named} is the day its file name gives ({@link #dateOfName}), taken when the front
   * matter gives no date, or null. Problems of its front matter are said under {@code location}.
   */
  static SourceText post(String source, String id, String location, boolean mdx, @Nullable LocalDate named, Consumer<IngestProblem> problems) {
    FrontMatter front = FrontMatter.of(source);
    for (String problem : front.problems()) {
      problems.accept(new IngestProblem(location, problem, false));
    }
    ArticleMetadata declared = metadata(front);
    String declaredDate = front.first(DATE_KEYS);
    if (declaredDate != null && !declaredDate.isBlank() && declared.date() == null) {
      problems.accept(new IngestProblem(location, "the front matter's date \"" + declaredDate + "\" is no date Doppel reads: left out"
          + (named == null ? "" : " (the file name's " + named + " is taken)"), false));
    }
    if (named != null) {
      declared = declared.withDateIfAbsent(named, EVIDENCE_NAME);
    }
    MarkdownBody.Read body = MarkdownBody.read(source.substring(front.bodyStart()), mdx);
    ArticleMetadata pictures = body.images().isEmpty() ? ArticleMetadata.EMPTY
        : new ArticleMetadata(null, null, null, null, null, null, null, body.images(), List.of(), Map.of("images", EVIDENCE_BODY));
    return new SourceText(id, body.text(), location, declared.orElse(pictures).orElse(TextMetadata.extract(body.text())));
  }

  /** What the front matter says of the post, by the keys Jekyll, Hugo, Eleventy and Astro write. */
  static ArticleMetadata metadata(FrontMatter front) {
    Map<String, String> evidence = new LinkedHashMap<>();
    String title = noted(front.first("title"), "title", EVIDENCE, evidence);
    List<String> authors = front.all("authors", "author");
    String author = noted(authors.isEmpty() ? null : String.join("; ", authors), "author", EVIDENCE, evidence);
    String canonical = absoluteUrl(front.first("canonical_url", "canonicalurl", "canonical"));
    String url = canonical != null ? noted(canonical, "url", EVIDENCE + ":canonical", evidence)
        : noted(absoluteUrl(front.first("url", "permalink")), "url", EVIDENCE, evidence);
    String language = noted(front.first("lang", "language"), "language", EVIDENCE, evidence);
    DateText.DateTime date = date(front.first(DATE_KEYS));
    if (date != null) {
      evidence.put("date", EVIDENCE);
      if (date.offset() != null) {
        evidence.put(ArticleMetadata.ZONE, date.offset().getId());
      }
    }
    return new ArticleMetadata(title, author, date == null ? null : date.date(), date == null ? null : date.time(), null,
        url, language, List.of(), List.of(), evidence);
  }

  /** {@code value}, blank as null, with {@code where} noted as the evidence of {@code field} when there is one. */
  private static @Nullable String noted(@Nullable String value, String field, String where, Map<String, String> evidence) {
    if (value == null || value.isBlank()) {
      return null;
    }
    evidence.put(field, where);
    return value.strip();
  }

  /**
   * A URL that names its site: a permalink is often a path ("/2024/03/post/"), which names none and is left out (the
   * site's address is in its configuration, not the post).
   */
  private static @Nullable String absoluteUrl(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? value.strip() : null;
  }

  /**
   * The day a post's id names ({@link #DATED_NAME}), its file name without the extension and the folders above it; null
   * when the name does not start with a day, or starts with one that is no day of the calendar (2024-02-30).
   */
  static @Nullable LocalDate dateOfName(String id) {
    Matcher name = DATED_NAME.matcher(id.substring(id.lastIndexOf('/') + 1));
    if (!name.matches()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(name.group(1)), Integer.parseInt(name.group(2)), Integer.parseInt(name.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The date and time {@code value} declares, read as a JSON record's {@code date} is ({@link DeclaredDate}). */
  private static DateText.@Nullable DateTime date(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher jekyll = JEKYLL_DATE.matcher(value.strip());
    String iso = jekyll.matches() ? jekyll.group(1) + "T" + jekyll.group(2) + jekyll.group(3) + ":" + jekyll.group(4) : value.strip();
    return DeclaredDate.readWithTime(TextNode.valueOf(iso));
  }
}
