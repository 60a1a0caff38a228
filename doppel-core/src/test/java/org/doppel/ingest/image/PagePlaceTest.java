package org.doppel.ingest.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PagePlaceTest {
  @Test
  void aPagesSiteIsItsUrlsHostWithoutWww() {
    assertThat(PagePlace.siteOf("https://www.Bay.example/news/1", "Bay Times", "/saved/a.html")).isEqualTo("host:bay.example");
    assertThat(PagePlace.siteOf("https://bay.example/2", null, null)).isEqualTo("host:bay.example");
  }

  @Test
  void withoutAUrlTheDeclaredSiteNameThenTheFolder() {
    assertThat(PagePlace.siteOf(null, " Bay Times ", "/saved/a.html")).isEqualTo("name:bay times");
    assertThat(PagePlace.siteOf("not a url", "", "/saved/bay/a.html")).isEqualTo("folder:" + Path.of("/saved/bay").toAbsolutePath());
  }

  @Test
  void pagesSavedEachInAFolderOfTheirOwnAreNotOneSiteWithoutAUrlOrName() {
    // north/index.html and south/index.html may be two sites: nothing on them says
    assertThat(PagePlace.siteOf(null, null, "/saved/north/index.html")).isNotEqualTo(PagePlace.siteOf(null, null, "/saved/south/index.html"));
    assertThat(PagePlace.siteOf(null, null, "/saved/bay/one.html")).isEqualTo(PagePlace.siteOf(null, null, "/saved/bay/two.html"));
  }

  @Test
  void aLoosePictureHasNoSiteAndSharesNone() {
    assertThat(PagePlace.loose("x.jpg").site()).isNull();
    assertThat(PagePlace.loose("x.jpg").sameSite(PagePlace.loose("y.jpg"))).isFalse();
    assertThat(new PagePlace("a", "host:x").sameSite(new PagePlace("b", "host:x"))).isTrue();
    assertThat(new PagePlace("a", "host:x").sameSite(new PagePlace("b", "host:y"))).isFalse();
  }
}
