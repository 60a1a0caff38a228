package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylinePlacesTest {
  @Test
  void theHeadlineIsTheFirstHeadingThatDoesNotNameTheSite() {
    var page = Jsoup.parse("""
        <body><div id="header"><h1>Harbour Rowing Club</h1></div>
        <h2> </h2><h2>Regatta won in the rain</h2><p>By Jane Voe</p></body>""");

    assertThat(BylinePlaces.headline(page).text()).isEqualTo("Regatta won in the rain");
    assertThat(BylinePlaces.besideHeadline(page.selectFirst("p"), BylinePlaces.headline(page))).isTrue();
    assertThat(BylinePlaces.besideHeadline(page.selectFirst("p"), null)).isFalse();
  }

  @Test
  void aSideBoxIsElsewhereUnlessItHoldsTheMarkedPost() {
    var page = Jsoup.parse("""
        <body><div class="widget Blog"><article class="hentry"><span class="byline">Jane Voe</span></article></div>
        <aside class="sidebar"><span class="byline">Sam Quist</span></aside></body>""");

    assertThat(BylinePlaces.elsewhere(page.select(".byline").get(0))).isFalse();
    assertThat(BylinePlaces.elsewhere(page.select(".byline").get(1))).isTrue();
  }

  @Test
  void aCaptionIsThePhotographersUnlessThePictureIsAPortraitInAnAuthorsBox() {
    var page = Jsoup.parse("""
        <body><figure><figcaption><span>Erik Beispiel</span></figcaption></figure>
        <div class="author-box"><figure><figcaption><span>Anna Muster</span></figcaption></figure></div></body>""");

    assertThat(BylinePlaces.inCaption(page.select("span").get(0))).isTrue();
    assertThat(BylinePlaces.inCaption(page.select("span").get(1))).isFalse();
  }
}
