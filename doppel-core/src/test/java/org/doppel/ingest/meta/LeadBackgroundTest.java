package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LeadBackgroundTest {
  @Test
  void readsTheUrlOfABackgroundDeclarationQuotedOrNotAndNoDataUri() {
    assertThat(LeadBackground.url("background-image: url('a/b.jpg')")).contains("a/b.jpg");
    assertThat(LeadBackground.url("color:red; BACKGROUND: #111 url( \"c.webp?w=900\" ) center / cover")).contains("c.webp?w=900");
    assertThat(LeadBackground.url("background-image:url(d.png);height:400px")).contains("d.png");
    assertThat(LeadBackground.url("background-image: url(data:image/gif;base64,R0lGOD)")).isEmpty();
    assertThat(LeadBackground.url("border-image: url(e.png) 30")).isEmpty();
    assertThat(LeadBackground.url("background-color: #fff")).isEmpty();
  }

  @Test
  void takesTheFirstBackgroundInsideTheArticleOrInItsHeaderAndPassesOverTheSitesHeaderNavigationAndAsides() {
    String site = "<header><div style=\"background-image:url(banner.jpg)\"></div></header>"
        + "<nav><a style=\"background-image:url(logo.png)\"></a></nav>";
    assertThat(lead(site + "<article><header><div class=\"hero\" style=\"background-image:url(hero.jpg)\"></div></header>"
        + "<p>Text</p><div style=\"background-image:url(later.jpg)\"></div></article>")).isEqualTo("hero.jpg");
    assertThat(lead(site + "<main><aside><div style=\"background-image:url(promo.jpg)\"></div></aside>"
        + "<div style=\"background-image:url(lead.jpg)\"></div></main>")).isEqualTo("lead.jpg");
    assertThat(lead(site + "<article><nav><span style=\"background-image:url(share.png)\"></span></nav><p>Text</p></article>")).isEmpty();
  }

  @Test
  void takesAHeroElementRightBeforeTheArticleButNotABackgroundElsewhereOnThePage() {
    assertThat(lead("<div class=\"hero\"><div style=\"background-image:url(hero.jpg)\"></div></div><article><p>Text</p></article>"))
        .isEqualTo("hero.jpg");
    assertThat(lead("<div style=\"background-image:url(promo.jpg)\"></div><div><p>Related</p></div><article><p>Text</p></article>"))
        .isEmpty();
    assertThat(lead("<div style=\"background-image:url(promo.jpg)\"></div><p>No article element</p>")).isEmpty();
    assertThat(lead("<footer><div style=\"background-image:url(foot.jpg)\"></div></footer><article><p>Text</p></article>")).isEmpty();
  }

  @Test
  void theLeadIsThePagesFigureOnlyWhenTheArticleHasNoFigureOfItsOwnAndComesBeforeTheShareImage() {
    String head = "<head><meta property=\"og:image\" content=\"https://site.example/card.jpg\"></head>";
    String hero = "<article><div style=\"background-image:url(hero.jpg)\"></div><p>Text</p>";
    assertThat(HtmlMetadata.extract(Jsoup.parse("<html>" + head + "<body>" + hero + "</article></body></html>"), "").images())
        .extracting(image -> image.url()).containsExactly("hero.jpg");
    assertThat(HtmlMetadata.extract(Jsoup.parse("<html>" + head + "<body>" + hero + "<figure><img src=\"f.jpg\"></figure></article></body></html>"), "")
        .images()).extracting(image -> image.url()).containsExactly("f.jpg");
  }

  @Test
  void theLeadsCaptionAndCreditAreReadFromTheElementRightAfterItAsAFiguresAre() {
    String hero = "<article><div class=\"hero\" style=\"background-image:url(hero.jpg)\"></div>";
    assertThat(HtmlMetadata.extract(Jsoup.parse("<html><body>" + hero + "<p class=\"caption\">Waves over the wall. Photo: Gull Gazette</p>"
        + "<p>Text</p></article></body></html>"), "").images()).singleElement().satisfies(image -> {
          assertThat(image.caption()).isEqualTo("Waves over the wall");
          assertThat(image.credit()).isEqualTo("Photo: Gull Gazette");
        });
    assertThat(HtmlMetadata.extract(Jsoup.parse("<html><body>" + hero + "<p>Text</p></article></body></html>"), "").images())
        .singleElement().satisfies(image -> assertThat(image.caption()).isNull());
  }

  @Test
  void aLazyLoadersBackgroundIsTheLeadBeforeTheStandInItsStyleHolds() {
    // main: the lazy loader's picture was not read; the grey tile in the style was taken for the lead, or nothing
    Document page = Jsoup.parse("<html><body><article><div class=\"hero lazyload\" data-bg=\"img/lead.jpg\" "
        + "style=\"background-image:url(img/grey.png)\"></div><p>Text</p></article></body></html>", "https://site.example/news/story");
    assertThat(LeadBackground.of(page)).hasValueSatisfying(lead -> {
      assertThat(lead.url()).isEqualTo("https://site.example/news/img/lead.jpg");
      assertThat(lead.others()).containsExactly("https://site.example/news/img/grey.png");
    });
    assertThat(HtmlMetadata.extract(page, "https://site.example/news/story").images()).singleElement()
        .satisfies(image -> assertThat(image.urls()).containsExactly("https://site.example/news/img/lead.jpg", "https://site.example/news/img/grey.png"));
    assertThat(lead("<main><div data-background-image=\"url('/pics/hero.webp')\"></div></main>")).isEqualTo("/pics/hero.webp");
    assertThat(lead("<article><header><div data-bg=\" hero.jpg \" style=\"background-image:url(data:image/gif;base64,R0lGOD)\"></div></header></article>"))
        .isEqualTo("hero.jpg");
  }

  @Test
  void aResponsiveBackgroundSetsLargestCandidateIsTheLeadTheOthersBehindIt() {
    // main: lazysizes' data-bgset was not read; the style's stand-in, or nothing, was taken for the lead
    Document page = Jsoup.parse("<html><body><article><div class=\"hero lazyload\" data-bgset=\"img/lead-400.jpg 400w, "
        + "img/lead-1600.jpg 1600w,img/lead-800.jpg 800w\" style=\"background-image:url(img/grey.png)\"></div><p>Text</p></article>"
        + "</body></html>", "https://site.example/news/story");
    assertThat(LeadBackground.of(page)).hasValueSatisfying(lead -> {
      assertThat(lead.url()).isEqualTo("https://site.example/news/img/lead-1600.jpg");
      assertThat(lead.others()).containsExactly("https://site.example/news/img/lead-800.jpg",
          "https://site.example/news/img/lead-400.jpg", "https://site.example/news/img/grey.png");
    });
    // sets for media queries, parted by "|"; a set without descriptors; densities
    assertThat(lead("<article><div data-bgset=\"m-768.jpg 768w [(max-width: 768px)] | d-1920.jpg 1920w, d-960.jpg 960w\"></div></article>"))
        .isEqualTo("d-1920.jpg");
    assertThat(lead("<article><div data-bgset=\"hero.jpg\"></div></article>")).isEqualTo("hero.jpg");
    assertThat(lead("<article><div data-bgset=\"hero.jpg 1x, hero@2x.jpg 2x\"></div></article>")).isEqualTo("hero@2x.jpg");
    assertThat(lead("<header><div data-bgset=\"banner-800.jpg 800w\"></div></header><article><p>Text</p></article>")).isEmpty();
    assertThat(lead("<article><div data-bgset=\"data:image/gif;base64,R0lGOD\"></div><p>Text</p></article>")).isEmpty();
  }

  @Test
  void aLazyBackgroundOfTheSitesFurnitureOrAnInlineStandInIsNoLead() {
    assertThat(lead("<header><div data-bg=\"banner.jpg\"></div></header><nav><a data-background-image=\"logo.png\"></a></nav>"
        + "<article><p>Text</p></article>")).isEmpty();
    assertThat(lead("<article><div data-bg=\"data:image/gif;base64,R0lGOD\"></div><p>Text</p></article>")).isEmpty();
    assertThat(lead("<article><div data-bg=\"  \"></div><p>Text</p></article>")).isEmpty();
  }

  private static String lead(String body) {
    return LeadBackground.of(Jsoup.parse("<html><body>" + body + "</body></html>")).map(LeadBackground.Lead::url).orElse("");
  }
}
