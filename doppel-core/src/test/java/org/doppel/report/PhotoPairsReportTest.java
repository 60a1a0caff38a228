package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.doppel.fingerprint.photo.Box;
import org.doppel.ingest.image.TestPictures;
import org.doppel.match.photo.PhotoEdit;
import org.doppel.match.photo.PhotoMatch;
import org.doppel.match.photo.PhotoPair;
import org.junit.jupiter.api.Test;

class PhotoPairsReportTest {
  private static final PhotoPair CROP = new PhotoPair("page#a.jpg", "b.jpg",
      new PhotoMatch(0, 1, 12, 1 - 12 / 128.0, PhotoEdit.CROP, new Box(0.1, 0.1, 0.9, 0.9), Box.WHOLE));

  @Test
  void writesOneJsonObjectAPairWithTheEditAndRegion() throws Exception {
    StringWriter out = new StringWriter();
    new PhotoPairsReport().writeJsonLines(List.of(CROP), out);
    assertThat(out.toString()).isEqualTo("{\"a\":\"page#a.jpg\",\"b\":\"b.jpg\",\"relation\":\"same_photo\",\"score\":0.906,\"distance\":12,"
        + "\"edit\":\"crop\",\"region\":{\"a\":[0.1,0.1,0.9,0.9],\"b\":[0.0,0.0,1.0,1.0]}}\n");
  }

  @Test
  void theHtmlPageEmbedsThumbnailsAndEscapesCaptionsAndCredits() throws Exception {
    byte[] jpeg = TestPictures.encode(TestPictures.scene(3, 300, 200), "jpeg");
    StringWriter out = new StringWriter();
    new PhotoPairsHtml(id -> new PhotoPairsHtml.Picture(Optional.of(jpeg), Optional.of("<script>alert(1)</script> & more"),
        Optional.of("Photo: \"X\" / <b>Agency</b>"))).write(List.of(CROP), out);
    String html = out.toString();
    assertThat(html).contains("src=\"data:image/jpeg;base64,").doesNotContain("<script>").doesNotContain("<b>Agency")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more").contains("Photo: &quot;X&quot; / &lt;b&gt;Agency&lt;/b&gt;");
  }
}
