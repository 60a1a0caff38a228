package org.doppel.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page around an HTML report's data: markup, style and script, read once from the classpath
 * resource {@code report-template.html}. The template holds placeholders of the form
 * {@code <!--doppel:name-->} that {@link #write} fills, each exactly once, in template order.
 * The {@code csp} placeholder is filled here with a Content-Security-Policy that allows no network
 * access and only the template's own style and script (by hash).
 */
final class HtmlReportTemplate {
  /** What the report fills in; placeholders must appear in the template in this order. */
  enum Slot { CSP, SUMMARY, DATA }

  private static final String RESOURCE = "report-template.html";
  private static final Pattern PLACEHOLDER = Pattern.compile("<!--doppel:([a-z]+)-->");
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
  private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
  private static final HtmlReportTemplate INSTANCE = load();

  /** Writes the content of one slot. */
  @FunctionalInterface
  interface SlotWriter {
    void write(Slot slot, Writer out) throws IOException;
  }

  private final List<String> parts;
  private final String csp;

  private HtmlReportTemplate(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    List<String> parts = new ArrayList<>();
    int from = 0;
    int slot = 0;
    while (matcher.find()) {
      Slot expected = slot < Slot.values().length ? Slot.values()[slot] : null;
      if (expected == null || !expected.name().equalsIgnoreCase(matcher.group(1))) {
        throw new IllegalStateException("report template: unexpected placeholder " + matcher.group());
      }
      parts.add(template.substring(from, matcher.start()));
      from = matcher.end();
      slot++;
    }
    if (slot != Slot.values().length) {
      throw new IllegalStateException("report template: expected placeholders " + List.of(Slot.values()) + ", found " + slot);
    }
    parts.add(template.substring(from));
    this.parts = List.copyOf(parts);
    this.csp = "default-src 'none'; img-src data:; style-src " + hashes(INLINE_STYLE, template) + "; script-src "
        + hashes(INLINE_SCRIPT, template) + "; base-uri 'none'; form-action 'none'";
  }

  static HtmlReportTemplate get() {
    return INSTANCE;
  }

  void write(Writer out, SlotWriter slots) throws IOException {
    Slot[] all = Slot.values();
    for (int i = 0; i < all.length; i++) {
      out.write(parts.get(i));
      if (all[i] == Slot.CSP) {
        out.write(HtmlEscaper.escape(csp));
      } else {
        slots.write(all[i], out);
      }
    }
    out.write(parts.get(all.length));
  }

  private static HtmlReportTemplate load() {
    try (InputStream in = HtmlReportTemplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("report template " + RESOURCE + " is missing from the classpath");
      }
      // Browsers hash script text after turning CR LF into LF; do the same so the hashes match.
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return new HtmlReportTemplate(template);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report template " + RESOURCE, e);
    }
  }

  private static String hashes(Pattern element, String template) {
    Matcher matcher = element.matcher(template);
    StringBuilder sources = new StringBuilder();
    while (matcher.find()) {
      if (!sources.isEmpty()) {
        sources.append(' ');
      }
      sources.append("'sha256-").append(sha256(matcher.group(1))).append('\'');
    }
    return sources.isEmpty() ? "'none'" : sources.toString();
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
