package org.doppel.match.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.doppel.fingerprint.photo.Box;
import org.doppel.ingest.image.PagePlace;
import org.junit.jupiter.api.Test;

class SiteFurnitureTest {
  private static final Map<String, PagePlace> PLACES = Map.of(
      "bay/1#logo", new PagePlace("bay/1", "host:bay.example"),
      "bay/2#logo", new PagePlace("bay/2", "host:bay.example"),
      "bay/3#logo", new PagePlace("bay/3", "host:bay.example"),
      "bay/1#town-hall", new PagePlace("bay/1", "host:bay.example"),
      "bay/2#town-hall", new PagePlace("bay/2", "host:bay.example"),
      "hill/1#logo", new PagePlace("hill/1", "host:hill.example"),
      "hill/1#quay", new PagePlace("hill/1", "host:hill.example"));

  private static PhotoPair pair(String a, String b) {
    return new PhotoPair(a, b, new PhotoMatch(0, 1, 0, 1.0, PhotoEdit.NONE, Box.WHOLE, Box.WHOLE));
  }

  private static PagePlace placeOf(String id) {
    return PLACES.getOrDefault(id, PagePlace.loose(id));
  }

  @Test
  void aPictureOnThreePagesOfOneSiteIsFurnitureAndItsPairsWithinTheSiteAreSetAside() {
    List<PhotoPair> pairs = List.of(pair("bay/1#logo", "bay/2#logo"), pair("bay/1#logo", "bay/3#logo"), pair("bay/2#logo", "bay/3#logo"));
    SiteFurniture.Sorted sorted = SiteFurniture.sort(pairs, SiteFurnitureTest::placeOf);
    assertThat(sorted.kept()).isEmpty();
    assertThat(sorted.furniture()).containsExactlyInAnyOrder("bay/1#logo", "bay/2#logo", "bay/3#logo");
    assertThat(sorted.pairsSetAside()).isEqualTo(3);
  }

  @Test
  void aPictureTwoPagesOfOneSiteNameOnlyInTheirHeadsIsTheSitesCardWhileOneShownOnEitherPageOrAcrossSitesStaysReuse() {
    PagePlace bayHead1 = new PagePlace("bay/1", "host:bay.example", true);
    PagePlace bayHead2 = new PagePlace("bay/2", "host:bay.example", true);
    PagePlace hillHead = new PagePlace("hill/1", "host:hill.example", true);
    assertThat(SiteFurniture.areShareCards(bayHead1, bayHead2)).isTrue();
    assertThat(SiteFurniture.areShareCards(bayHead1, new PagePlace("bay/2", "host:bay.example"))).isFalse();
    assertThat(SiteFurniture.areShareCards(bayHead1, hillHead)).isFalse();
    Map<String, PagePlace> places = Map.of("bay/1#card", bayHead1, "bay/2#card", bayHead2, "hill/1#card", hillHead);
    SiteFurniture.Sorted sorted = SiteFurniture.sort(List.of(pair("bay/1#card", "bay/2#card"), pair("bay/1#card", "hill/1#card")), places::get);
    assertThat(sorted.kept()).extracting(PhotoPair::b).containsExactly("hill/1#card");
    assertThat(sorted.furniture()).containsExactlyInAnyOrder("bay/1#card", "bay/2#card");
    assertThat(sorted.pairsSetAside()).isEqualTo(1);
  }

  @Test
  void aPhotoOneSiteUsesInTwoArticlesStaysReuse() {
    SiteFurniture.Sorted sorted = SiteFurniture.sort(List.of(pair("bay/1#town-hall", "bay/2#town-hall")), SiteFurnitureTest::placeOf);
    assertThat(sorted.kept()).hasSize(1);
    assertThat(sorted.furniture()).isEmpty();
  }

  @Test
  void aSitesFurnitureSeenOnAnotherSiteStaysReuseAcrossTheSites() {
    List<PhotoPair> pairs = List.of(pair("bay/1#logo", "bay/2#logo"), pair("bay/1#logo", "bay/3#logo"), pair("bay/2#logo", "bay/3#logo"),
        pair("bay/1#logo", "hill/1#logo"));
    SiteFurniture.Sorted sorted = SiteFurniture.sort(pairs, SiteFurnitureTest::placeOf);
    assertThat(sorted.kept()).extracting(PhotoPair::b).containsExactly("hill/1#logo");
    assertThat(sorted.pairsSetAside()).isEqualTo(3);
  }

  @Test
  void pagesAreCountedOnceAndTwoPicturesOfOnePageCountOnePage() {
    // the logo in the header and the footer of one page, and on one other page: two pages
    Map<String, PagePlace> places = Map.of("a#head", new PagePlace("a", "host:x"), "a#foot", new PagePlace("a", "host:x"),
        "b#head", new PagePlace("b", "host:x"));
    List<PhotoPair> pairs = List.of(pair("a#head", "a#foot"), pair("a#head", "b#head"), pair("a#foot", "b#head"));
    assertThat(SiteFurniture.sort(pairs, places::get).kept()).hasSize(3);
  }

  @Test
  void loosePictureFilesAreOnNoSiteAndNeverFurniture() {
    List<PhotoPair> pairs = List.of(pair("one.jpg", "two.jpg"), pair("one.jpg", "three.jpg"), pair("two.jpg", "three.jpg"));
    SiteFurniture.Sorted sorted = SiteFurniture.sort(pairs, SiteFurnitureTest::placeOf);
    assertThat(sorted.kept()).hasSize(3);
    assertThat(SiteFurniture.setsAside(PagePlace.loose("a"), PagePlace.loose("b"), true, true)).isFalse();
  }
}
