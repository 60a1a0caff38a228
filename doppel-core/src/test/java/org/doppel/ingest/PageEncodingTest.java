package org.doppel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.html.ArticleExtractor;
import org.junit.jupiter.api.Test;

class PageEncodingTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String PAGE = "<html><head>%s<title>Crème brûlée à la gare</title></head><body><p>Le café « Zoé » ferme.</p></body></html>";

  private final List<IngestProblem> warnings = new ArrayList<>();

  private static byte[] page(String meta, Charset charset) {
    return PAGE.formatted(meta).getBytes(charset);
  }

  private Charset chosen(byte[] html, String declared) {
    return PageEncoding.of(html, declared, "p.html", warnings::add);
  }

  private String titleRead(byte[] html, String declared) {
    return ArticleExtractor.parse(html, chosen(html, declared), null).title();
  }

  @Test
  void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
    byte[] html = page("", WINDOWS_1252);
    assertThat(ArticleExtractor.parse(html, null).title()).contains("\uFFFD"); // what jsoup alone reads
    assertThat(titleRead(html, null)).isEqualTo("Crème brûlée à la gare");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.location()).isEqualTo("p.html");
      assertThat(w.skipped()).isFalse();
      assertThat(w.message()).isEqualTo("page declares no charset and is not valid UTF-8; decoded as Windows-1252");
    });
  }

  @Test
  void anUndeclaredUtf8PageAndAPageWithAMetaCharsetAreLeftToTheParser() {
    assertThat(chosen(page("", StandardCharsets.UTF_8), null)).isNull();
    byte[] latin = page("<META http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", StandardCharsets.ISO_8859_1);
    assertThat(chosen(latin, null)).isNull();
    assertThat(titleRead(latin, null)).isEqualTo("Crème brûlée à la gare");
    assertThat(warnings).isEmpty();
  }

  @Test
  void theServersCharsetWinsOverTheMetaTagAndAByteOrderMarkOverBoth() {
    byte[] saysUtf8 = page("<meta charset=\"utf-8\">", WINDOWS_1252);
    assertThat(titleRead(saysUtf8, "windows-1252")).isEqualTo("Crème brûlée à la gare");
    byte[] saysLatin = page("<meta charset=\"iso-8859-1\">", StandardCharsets.UTF_8);
    assertThat(titleRead(saysLatin, "\"UTF-8\"")).isEqualTo("Crème brûlée à la gare");
    byte[] bom = ("\uFEFF" + PAGE.formatted("<meta charset=\"iso-8859-1\">")).getBytes(StandardCharsets.UTF_8);
    assertThat(chosen(bom, "windows-1252")).isNull();
    assertThat(titleRead(bom, "windows-1252")).isEqualTo("Crème brûlée à la gare");
    assertThat(warnings).isEmpty();
  }

  @Test
  void anUnknownOrMalformedServerCharsetIsIgnored() {
    assertThat(PageEncoding.supported("no-such-charset")).isNull();
    assertThat(PageEncoding.supported("bad name!")).isNull();
    assertThat(PageEncoding.supported(" ")).isNull();
    assertThat(PageEncoding.supported("Shift_JIS")).isEqualTo(Charset.forName("Shift_JIS"));
    assertThat(titleRead(page("", StandardCharsets.UTF_8), "no-such-charset")).isEqualTo("Crème brûlée à la gare");
  }
}
