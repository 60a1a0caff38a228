package org.doppel.ingest.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PicturePathsTest {
  @Test
  void aRelativeUrlIsTriedAsWrittenThenByFileNameBesideThePageAndInItsSavedFolder() {
    assertEquals(List.of("img/harbour.jpg", "harbour.jpg", "quay_files/harbour.jpg"),
        PicturePaths.besidePage("quay.html", "img/harbour.jpg"));
  }

  @Test
  void anAbsoluteUrlIsTriedByTheTailsOfItsPathThenByItsFileName() {
    assertEquals(List.of("a/mill.png", "mill.png", "story_files/mill.png"),
        PicturePaths.besidePage("story.htm", "https://pictures.example/a/mill.png?w=640#top"));
    assertEquals(List.of("a/mill.png", "mill.png", "story_files/mill.png"), PicturePaths.besidePage("story.htm", "/a/mill.png"));
    assertEquals(List.of("news/img/mill.png", "img/mill.png", "mill.png", "story_files/mill.png"),
        PicturePaths.besidePage("story.htm", "https://coast.example/news/img/mill.png"));
    assertEquals(List.of("mill.png", "story_files/mill.png"), PicturePaths.besidePage("story.htm", "https://pictures.example/mill.png"));
  }

  @Test
  void escapesAreDecodedButAPlusIsKept() {
    assertEquals(List.of("tide gauge+pier.jpg", "tide gauge+pier.jpg", "p_files/tide gauge+pier.jpg"),
        PicturePaths.besidePage("p.html", "tide%20gauge+pier.jpg"));
  }

  @Test
  void aPathThatClimbsOutIsLeftForTheCallerToRefuse() {
    assertEquals(List.of("../x.jpg", "x.jpg", "p_files/x.jpg"), PicturePaths.besidePage("p.html", "../x.jpg"));
  }

  @Test
  void aUrlWithoutAFileNameOffersOnlyItsPath() {
    assertEquals(List.of("img/"), PicturePaths.besidePage("p.html", "img/?v=2"));
    assertEquals(List.of(), PicturePaths.besidePage("p.html", "https://pictures.example/"));
  }
}
