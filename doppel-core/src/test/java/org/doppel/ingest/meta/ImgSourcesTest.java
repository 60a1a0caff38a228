package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImgSourcesTest {
  private static Element firstImg(String body, String base) {
    Document page = Jsoup.parse("<html><body>" + body + "</body></html>", base);
    return page.selectFirst("img");
  }

  @Test
  void aLazyLoadersPictureComesBeforeItsStandIn() {
    assertThat(ImgSources.of(firstImg("<img src=\"/static/spacer.gif\" data-src=\"/photos/market.jpg\">", "")))
        .containsExactly("/photos/market.jpg", "/static/spacer.gif");
    assertThat(ImgSources.of(firstImg("<img src=\"grey.png\" data-lazy-src=\"a.jpg\" data-original=\"b.jpg\">", "")))
        .containsExactly("a.jpg", "b.jpg", "grey.png");
    assertThat(ImgSources.of(firstImg("<img src=\"grey.png\" srcset=\"grey-2x.png 2x\" data-srcset=\"quay-480.jpg 480w, quay-960.jpg 960w\">", "")))
        .containsExactly("quay-480.jpg", "quay-960.jpg", "grey.png", "grey-2x.png");
  }

  @Test
  void aDataUriOrAnEmptySourceNeverCounts() {
    assertThat(ImgSources.of(firstImg("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-srcset=\"small.jpg 480w, big.jpg 1200w\">", "")))
        .containsExactly("small.jpg", "big.jpg");
    assertThat(ImgSources.of(firstImg("<img src=\" \" data-src=\"\" srcset=\"DATA:image/png;base64,AA 1x, river.jpg 2x\">", "")))
        .containsExactly("river.jpg");
    assertThat(ImgSources.of(firstImg("<img src=\"\" alt=\"nothing\">", ""))).isEmpty();
  }

  @Test
  void aNoscriptTwinsPictureComesBeforeTheScriptedImagesSource() {
    Element img = firstImg("<figure><img src=\"blank.gif\" class=\"lazyload\" loading=\"lazy\">"
        + "<noscript><img src=\"harbour-1200.jpg\"></noscript></figure>", "");
    assertThat(ImgSources.of(img)).containsExactly("harbour-1200.jpg", "blank.gif");
  }

  @Test
  void aPlainImageKeepsItsSourceThenItsSourceSet() {
    assertThat(ImgSources.of(firstImg("<img src=\"a.jpg\" srcset=\"a.jpg 1x, a-2x.jpg 2x\">", "")))
        .containsExactly("a.jpg", "a-2x.jpg");
  }

  @Test
  void aPictureIsResolvedAgainstThePage() {
    Element img = firstImg("<img src=\"blank.gif\" data-src=\"../img/fire.jpg\">", "https://news.example/world/story.html");
    assertThat(ImgSources.absolute(img, ImgSources.of(img).get(0))).isEqualTo("https://news.example/img/fire.jpg");
    Element saved = firstImg("<img src=\"img/fire.jpg\">", "");
    assertThat(ImgSources.absolute(saved, "img/fire.jpg")).isEqualTo("img/fire.jpg");
  }

  @Test
  void aSourceSetIsSplitAtTheCommaAfterEachCandidatesDescriptors() {
    assertThat(ImgSources.sourceSet(" a.jpg 480w,b.jpg  2x , c.jpg,, data:image/png;base64,AAAA 3x")).containsExactly("a.jpg", "b.jpg", "c.jpg", "data:image/png;base64,AAAA");
    // a comma inside a URL (an image service's "w_400,h_300") is part of it, as a browser reads it
    assertThat(ImgSources.sourceSet("/img/w_400,h_300/boat.jpg 400w, /img/w_800,h_600/boat.jpg 800w"))
        .containsExactly("/img/w_400,h_300/boat.jpg", "/img/w_800,h_600/boat.jpg");
    assertThat(ImgSources.sourceSet("")).isEmpty();
  }
}
