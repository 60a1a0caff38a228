package org.doppel.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.doppel.ingest.meta.TextMetadata;
import org.doppel.ingest.warc.WarcText;

/**
 * Turns a crawl's extracted text (a WET conversion record) into a document: read as a plain-text file is (its first
 * line, the page's title in Common Crawl's files, is the title), with the record's URI as its URL and, as for a crawled
 * page, the crawl date standing in for a publication date the text does not give. A record of Markdown
 * ({@code text/markdown}) is read as a post file is ({@link MarkdownDocuments#post}): its front matter's URL and date
 * come first, then the record's.
 */
final class WarcTexts {
  private WarcTexts() {}

  static SourceText toSourceText(WarcText record, Consumer<IngestProblem> problems) throws IngestException {
    String kind = record.markdown() ? "Markdown record" : "conversion record";
    if (record.text().length == 0) {
      throw new IngestException(kind + " has no text");
    }
    String text = TextDecoder.decode(record.text(), record.location(), problems);
    ArticleMetadata found = null;
    if (record.markdown() && !text.isBlank()) {
      SourceText post = MarkdownDocuments.post(text, record.id(), record.location(), false, null, problems);
      text = post.text();
      found = post.metadata();
    }
    if (text.isBlank()) {
      throw new IngestException(kind + " has no text");
    }
    if (found == null) {
      found = TextMetadata.extract(text);
    }
    Map<String, String> evidence = new LinkedHashMap<>(found.evidence());
    String url = found.url();
    if (record.url() != null && (url == null || !record.markdown())) {
      url = record.url();
      evidence.put("url", "warc-target");
    }
    LocalDate date = found.date();
    LocalTime time = found.time();
    if (date == null && record.fetched() != null) {
      date = record.fetched().atZone(ZoneOffset.UTC).toLocalDate();
      time = null;
      evidence.put("date", "warc-date");
    }
    ArticleMetadata metadata = new ArticleMetadata(found.title(), found.author(), date, time, found.site(), url, found.language(),
        found.images(), found.attributions(), evidence);
    return new SourceText(record.id(), text, record.location(), metadata);
  }
}
