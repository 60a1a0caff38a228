package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.doppel.ingest.image.TestPictures;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SharedPhoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanPhotosTest {
  @TempDir
  Path dir;

  @Test
  void twoArticlesWithDifferentTextButOnePhotoShareAPhoto() throws Exception {
    var photo = TestPictures.scene(9, 400, 300);
    Files.createDirectories(dir.resolve("first"));
    Files.createDirectories(dir.resolve("second"));
    Files.write(dir.resolve("first/boats.jpg"), TestPictures.encode(photo, "jpeg"));
    Files.write(dir.resolve("second/pic.jpg"), TestPictures.encode(TestPictures.mirror(TestPictures.resize(photo, 0.5)), "jpeg"));
    Files.writeString(dir.resolve("first/story.html"), page("Harbour reopens after the storm",
        "The harbour reopened on Monday after repairs to the sea wall took three months and cost the town council far more than planned.",
        "boats.jpg", "Boats return at dawn.", "Photo: A. Writer / First Daily"));
    Files.writeString(dir.resolve("second/story.html"), page("Fishing fleet back at sea",
        "Local crews welcomed the news with a parade of decorated trawlers, and the mayor promised a festival for the coming summer.",
        "pic.jpg", "Trawlers in the bay.", "Photo: Second Gazette"));
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    ScanPhotos scan = new ScanPhotos(2);
    Map<String, List<SharedPhoto>> photos = scan.find(documents, problem -> { });
    List<SharedPhoto> shared = photos.get(PhotoRelations.key("first/story", "second/story"));
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).imageA()).isEqualTo("first/story#boats.jpg");
    assertThat(shared.get(0).edit()).isEqualTo("mirror");
    assertThat(shared.get(0).creditA()).contains("First Daily");
    assertThat(shared.get(0).creditB()).contains("Second Gazette");
    assertThat(shared.get(0).creditConflict()).isTrue();
    assertThat(scan.thumbnail("first/story#boats.jpg")).hasValueSatisfying(uri -> assertThat(uri).startsWith("data:image/jpeg;base64,"));
    assertThat(scan.thumbnail("second/story#pic.jpg")).isPresent();
    assertThat(scan.thumbnail("first/story#elsewhere.jpg")).isEmpty();
    List<RelatedPair> pairs = PhotoRelations.withPhotoOnlyPairs(List.of(), photos);
    assertThat(pairs).singleElement().satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.SHARED_PHOTO));
  }

  @Test
  void aPortraitOnEveryPageOfOneSiteIsSetAsideWhileAFilePhotoUsedTwiceAndAPhotoAcrossSitesStay() throws Exception {
    FurnishedSites.write(dir);
    List<SourceText> documents = new CorpusReader(problem -> { }).readAll(List.of(dir));
    List<org.doppel.ingest.IngestProblem> notes = new java.util.ArrayList<>();
    Map<String, List<SharedPhoto>> photos = new ScanPhotos(2).find(documents, notes::add);
    assertThat(photos.keySet()).containsExactlyInAnyOrder(PhotoRelations.key("bay/story-1", "bay/story-2"),
        PhotoRelations.key("bay/story-3", "hill/crowds"));
    assertThat(photos.get(PhotoRelations.key("bay/story-1", "bay/story-2"))).singleElement()
        .satisfies(photo -> assertThat(photo.imageA()).isEqualTo("bay/story-1#town-hall.jpg"));
    assertThat(notes).singleElement().satisfies(note -> {
      assertThat(note.note()).isTrue();
      assertThat(note.message()).startsWith("4 site pictures (on 3 or more pages of one site").contains("6 picture pairs");
    });
  }

  private static String page(String title, String text, String image, String caption, String credit) {
    String paragraph = "<p>" + text + " " + text + "</p>";
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + paragraph
        + "<figure><img src=\"" + image + "\"><figcaption>" + caption + " <span class=\"credit\">" + credit + "</span></figcaption></figure>"
        + paragraph + paragraph + "</article></body></html>";
  }
}
