package org.doppel.ingest.meta;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doppel.ingest.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a web page says about its article: title, author, publication date and time, site name,
 * canonical URL, language, images with captions and credits, and attribution statements, each
 * with where it was found in {@link ArticleMetadata#evidence()}.
 *
 * <p>Sources, best first: JSON-LD ("json-ld"), Open Graph and other meta tags ("og:title",
 * "meta:author", "meta:article:published_time"), the markup ("h1", "time", "byline", "canonical",
 * "html-lang"), the URL ("url") and the visible text ("text"). The heuristics follow trafilatura's
 * metadata module and htmldate; see {@link HtmlTitles}, {@link HtmlAuthors} and {@link HtmlDates}.
 *
 * <p>The page is only read, never changed. Stateless and thread-safe.
 */
public final class HtmlMetadata {
  private HtmlMetadata() {}

  /** The metadata of {@code page}, dated no later than today. */
  public static ArticleMetadata extract(Document page, @Nullable String pageUrl) {
    return extract(page, pageUrl, latestPublicationDay());
  }

  /**
   * The latest day a page read now may be dated: tomorrow in UTC, which is today somewhere (UTC+14 at the latest).
   * Taken in UTC, not the machine's zone: a scan run under {@code TZ=America/Los_Angeles} in the evening, or on a
   * Spark executor in another zone, refused a page of the far east dated its own today, so one page's date, and
   * the direction it decides, hung on where and when the scan ran.
   */
  public static LocalDate latestPublicationDay() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(1);
  }

  /**
   * The metadata of {@code page}.
   *
   * @param pageUrl where the page was fetched from, or null; used for dates in the path and as the
   *     URL when the page names no canonical one
   * @param latest the latest plausible publication date (a crawl date, or tomorrow)
   */
  public static ArticleMetadata extract(Document page, @Nullable String pageUrl, LocalDate latest) {
    MetadataBuilder meta = new MetadataBuilder();
    JsonLd.Facts ld = JsonLd.read(page);
    MetaTags tags = new MetaTags(page);

    Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
    String canonicalUrl = canonical == null ? null : absolute(canonical, pageUrl);
    if (canonicalUrl != null && canonicalUrl.startsWith("http")) {
      meta.url(canonicalUrl, "canonical"); // a relative one, with no page URL to resolve it, says less than og:url
    }
    meta.url(tags.first("og:url"), "og:url").url(ld.url(), "json-ld").url(pageUrl, "page");
    String url = meta.build().url();
    String host = host(url != null ? url : pageUrl);

    meta.site(tags.first("og:site_name"), "og:site_name")
        .site(ld.siteName(), "json-ld")
        .site(ld.publisher(), "json-ld")
        .site(tags.first("application-name", "apple-mobile-web-app-title", "twitter:site:name"), "meta:application-name");

    List<ShortBlocks.Block> blocks = ShortBlocks.of(page.body());
    HtmlTitles.Found title = HtmlTitles.find(page, ld, tags, meta.site(), host);
    if (title != null) {
      meta.title(title.title(), title.where());
    }
    HtmlAuthors.find(page, ld, tags, meta.site(), host, blocks).ifPresent(author -> meta.author(author.author(), author.where()));
    Element html = page.selectFirst("html");
    String lang = html == null ? null : html.attr("lang");
    meta.language(language(lang), "html-lang")
        .language(language(tags.first("content-language", "language", "dc.language", "og:locale")), "meta:language");
    if (!meta.hasLanguage()) {
      StringBuilder sample = new StringBuilder();
      for (int i = 0; i < blocks.size() && sample.length() < 4000; i++) {
        sample.append(blocks.get(i).text()).append(' ');
      }
      meta.language(LanguageGuess.guess(sample.toString()), "text");
    }

    String dateUrl = pageUrl != null ? pageUrl : url;
    PageZone zone = PageZone.of(host, meta.build().language());
    // an archived copy was published before its capture (a day's margin for zones east of UTC)
    LocalDateTime captured = ArchiveCapture.of(pageUrl).orElse(null);
    LocalDate bound = captured != null && captured.toLocalDate().plusDays(1).isBefore(latest) ? captured.toLocalDate().plusDays(1) : latest;
    HtmlDates.find(page, dateUrl, ld, tags, bound, zone, blocks, captured).ifPresent(date -> meta.date(date.value(), date.where()));
    if (!meta.hasSite() && host != null) {
      meta.site(host.replaceFirst("^www\\.", ""), "url");
    }

    HtmlImages.find(page, tags).forEach(image -> meta.image(image, "figure"));
    for (ShortBlocks.Block block : blocks) {
      AttributionLines.read(block.text()).ifPresent(attribution -> meta.attribution(attribution, "text"));
    }
    return meta.build();
  }

  private static String absolute(Element link, @Nullable String pageUrl) {
    String href = link.attr("href").strip();
    if (pageUrl == null || href.startsWith("http")) {
      return href;
    }
    try {
      return URI.create(pageUrl).resolve(href).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }

  /** The lower-case host of {@code url} (spaces in it tolerated, as pages write them), or null when it has none or is malformed. */
  public static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      return Optional.ofNullable(URI.create(url.strip().replace(" ", "%20")).getHost()).map(h -> h.toLowerCase(Locale.ROOT)).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** "de-DE", "de_DE" or "German" → "de"; null when it is no language code. */
  private static @Nullable String language(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String code = value.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }
}
