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
 * page, the crawl date standing in for a publication date the text does not give.
 */
final class WarcTexts {
  private WarcTexts() {}

  static SourceText toSourceText(WarcText record, Consumer<IngestProblem> problems) throws IngestException {
    if (record.text().length == 0) {
      throw new IngestException("conversion record has no text");
    }
    String text = TextDecoder.decode(record.text(), record.location(), problems);
    if (text.isBlank()) {
      throw new IngestException("conversion record has no text");
    }
    ArticleMetadata read = TextMetadata.extract(text);
    Map<String, String> evidence = new LinkedHashMap<>(read.evidence());
    String url = read.url();
    if (record.url() != null) {
      url = record.url();
      evidence.put("url", "warc-target");
    }
    LocalDate date = read.date();
    LocalTime time = read.time();
    if (date == null && record.fetched() != null) {
      date = record.fetched().atZone(ZoneOffset.UTC).toLocalDate();
      time = null;
      evidence.put("date", "warc-date");
    }
    ArticleMetadata metadata = new ArticleMetadata(read.title(), read.author(), date, time, read.site(), url, read.language(),
        read.images(), read.attributions(), evidence);
    return new SourceText(record.id(), text, record.location(), metadata);
  }
}
