package org.doppel.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.PageEncoding;
import org.doppel.ingest.WebPage;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * What {@link WarcPageReader} reads of a record it has read whole: the page of a response or resource record of HTML
 * (a 2xx response's payload, decoded when the server compressed it), the plain text of a conversion record, and, when
 * texts are read, the Markdown post of a response, resource or conversion record of {@code text/markdown} (or
 * {@code text/x-markdown}), each within the page limit; any other record is named by what it is ("request", "HTTP 404 response", "image/jpeg response") for
 * the file's summary of what it skipped. A page's or text's id is the crawl's id prefix and the record's target URI.
 */
final class WarcRecordPages {
  private final Consumer<IngestProblem> problems;
  private final int maxPageBytes;

  WarcRecordPages(Consumer<IngestProblem> problems, int maxPageBytes) {
    this.problems = problems;
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Hands the record's page to the sink, or its Markdown post to {@code texts} when they are read (else null), or says
   * why it is neither.
   */
  Optional<String> page(WarcRecord record, String idPrefix, String location, Consumer<WebPage> sink, @Nullable Consumer<WarcText> texts)
      throws IOException {
    if (record instanceof WarcResource resource) {
      return resourcePage(resource, idPrefix, location, sink, texts);
    }
    if (!(record instanceof WarcResponse response)) {
      return Optional.of(record.type());
    }
    Optional<WarcPayload> payload = response.payload();
    if (payload.isEmpty()) {
      return Optional.of("response without payload");
    }
    boolean http = response.contentType().base().equals(MediaType.HTTP) || response.contentType().base().equals(MediaType.HTTP_RESPONSE);
    if (http) {
      int status = response.http().status();
      if (status < 200 || status >= 300) {
        return Optional.of("HTTP " + status + " response");
      }
    }
    MediaType type = payload.get().type();
    if (texts != null && isMarkdown(type.base())) {
      return textOf(body(response, payload.get(), http), response, idPrefix, location, texts, true);
    }
    if (!isHtml(type.base())) {
      return Optional.of(type.base().toString().isEmpty() ? "response of unknown type" : type.base() + " response");
    }
    return pageOf(body(response, payload.get(), http), type, response, idPrefix, location, sink);
  }

  /**
   * A response's payload as the server meant it: a body it compressed (Content-Encoding: gzip, deflate, br) is the page
   * once decoded; read raw, it was a page of noise. jwarc decodes it, as a stream (Brotli with org.brotli:dec): the page
   * limit bounds what a bomb can cost.
   */
  private static MessageBody body(WarcResponse response, WarcPayload payload, boolean http) throws IOException {
    Optional<String> encoding = http ? response.http().headers().first("Content-Encoding").map(String::strip)
        .filter(e -> !e.isEmpty() && !e.equalsIgnoreCase("identity")) : Optional.empty();
    return encoding.isPresent() ? response.http().bodyDecoded() : payload.body();
  }

  /**
   * A resource record holding a page (archivers write pages saved from a browser so, without HTTP headers): read as a
   * response is.
   */
  private Optional<String> resourcePage(WarcResource resource, String idPrefix, String location, Consumer<WebPage> sink,
      @Nullable Consumer<WarcText> texts) throws IOException {
    MediaType type = resource.contentType();
    if (texts != null && isMarkdown(type.base())) {
      return textOf(resource.body(), resource, idPrefix, location, texts, true);
    }
    if (!isHtml(type.base())) {
      return Optional.of("resource");
    }
    return pageOf(resource.body(), type, resource, idPrefix, location, sink);
  }

  /**
   * The record's target URI, or, for a record that names none (the standard requires one, some tools leave it out),
   * its record id: such records were all "prefix/null", one document id for many pages.
   */
  private static String targetOf(WarcTargetRecord record) {
    String target = record.target();
    return target != null ? target : record.id().toString();
  }

  /** Hands a conversion record's plain text (or Markdown) to {@code texts}, or says why it is neither. */
  Optional<String> text(WarcConversion conversion, String idPrefix, String location, Consumer<WarcText> texts) throws IOException {
    MediaType type = conversion.contentType();
    boolean markdown = isMarkdown(type.base());
    if (!markdown && (!type.type().equalsIgnoreCase("text") || !type.subtype().equalsIgnoreCase("plain"))) {
      return Optional.of("conversion of " + type.base());
    }
    return textOf(conversion.body(), conversion, idPrefix, location, texts, markdown);
  }

  /** Reads a text's bytes, within the page limit, and hands them to {@code texts} unless they are too many. */
  private Optional<String> textOf(MessageBody body, WarcTargetRecord record, String idPrefix, String location, Consumer<WarcText> texts,
      boolean markdown) throws IOException {
    byte[] text;
    try (InputStream in = body.stream()) {
      text = in.readNBytes(maxPageBytes + 1);
    }
    if (text.length > maxPageBytes) {
      problems.accept(new IngestProblem(location, "text is over " + maxPageBytes + " bytes", true));
      return Optional.of("oversized text");
    }
    texts.accept(new WarcText(idPrefix + "/" + targetOf(record), location, record.target(), record.date(), text, markdown));
    return Optional.empty();
  }

  /** Reads a page's bytes, within the page limit, and hands them to the sink unless they are too many or binary. */
  private Optional<String> pageOf(MessageBody body, MediaType type, WarcTargetRecord record,
      String idPrefix, String location, Consumer<WebPage> sink) throws IOException {
    byte[] html;
    try (InputStream in = body.stream()) {
      html = in.readNBytes(maxPageBytes + 1);
    }
    if (html.length > maxPageBytes) {
      problems.accept(new IngestProblem(location, "page is over " + maxPageBytes + " bytes", true));
      return Optional.of("oversized page");
    }
    if (PageEncoding.looksBinary(html)) {
      // the test a saved page gets: a picture or an archive served as text/html is no page
      problems.accept(new IngestProblem(location, "an HTML response that looks like binary data, not a page", true));
      return Optional.of("binary page");
    }
    // the server's charset, which the HTML standard puts before the page's own meta tag
    String declared = type.parameters().entrySet().stream().filter(p -> p.getKey().equalsIgnoreCase("charset"))
        .map(Map.Entry::getValue).findFirst().orElse(null);
    sink.accept(new WebPage(idPrefix + "/" + targetOf(record), location, record.target(), record.date(), html,
        PageEncoding.of(html, declared, location, problems)));
    return Optional.empty();
  }

  /** Markdown, as a server or a converter names it: {@code text/markdown} (RFC 7763), or the older {@code text/x-markdown}. */
  private static boolean isMarkdown(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equalsIgnoreCase("text") && (subtype.equals("markdown") || subtype.equals("x-markdown"));
  }

  private static boolean isHtml(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equalsIgnoreCase("text") && subtype.equals("html") || subtype.equals("xhtml+xml");
  }
}
