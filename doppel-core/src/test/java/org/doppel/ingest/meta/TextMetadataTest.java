package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.ArticleMetadata.Image;
import org.junit.jupiter.api.Test;

class TextMetadataTest {
  private static String resource(String path) throws IOException {
    try (InputStream in = TextMetadataTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheSeedsTitleBylineDateAndPhotoCredits() throws IOException {
    ArticleMetadata meta = TextMetadata.extract(resource("/seeds/001_ef4f5d2af97c3053.txt"));
    assertThat(meta.title()).isEqualTo("Rare Images Reveal Everyday Life Inside North Korea");
    assertThat(meta.author()).isEqualTo("Johny");
    assertThat(meta.date()).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(meta.images()).containsExactly(
        new Image(null, "Kim Jong-un, the controversial Supreme Leader of North Korea", "MANAN VATSYAYANA/POOL/AFP via Getty Images"),
        new Image(null, "Views of North Korean homes", "PEDRO PARDO/AFP via Getty Images"),
        new Image(null, "Soldiers watch on at a guard tower in North Korea", "PEDRO PARDO/AFP via Getty Images"));
    assertThat(meta.evidence()).containsEntry("author", "text:byline").containsEntry("date", "text:byline").containsEntry("title", "text:first-line");
  }

  @Test
  void readsTheSeedsCopiedFromAttributionAndIgnoresItsEmptyByline() throws IOException {
    ArticleMetadata meta = TextMetadata.extract(resource("/seeds/000_33b918fbab2694f1.txt"));
    assertThat(meta.title()).isEqualTo("44 rare photos of North Korea");
    assertThat(meta.attributions()).containsExactly(new Attribution("Copied from Kiwi Report by ,", "Kiwi Report"));
    assertThat(meta.author()).isNull(); // "Written by " at the end names nobody
  }

  @Test
  void aTextStartingWithABlankLineHasNoTitle() throws IOException {
    assertThat(TextMetadata.extract(resource("/seeds/002_a735680510e8c7fa.txt")).title()).isNull();
  }

  @Test
  void readsAHeaderBlockWithTimeAndTheSiteFromTheBreadcrumb() {
    String text = String.join("\n",
        "Harbour Ferries Return To The Old Timetable", "",
        "Home / Region / Article | Lakeside Gazette", "2020-07-09 17:45", "",
        "The ferries across the harbour run every twenty minutes again from Monday, the operator said.", "",
        "Commuters had asked for the change since the spring, when the service was cut back.");
    ArticleMetadata meta = TextMetadata.extract(text);
    assertThat(meta.title()).isEqualTo("Harbour Ferries Return To The Old Timetable");
    assertThat(meta.site()).isEqualTo("Lakeside Gazette");
    assertThat(meta.date()).isEqualTo(LocalDate.of(2020, 7, 9));
    assertThat(meta.time()).isEqualTo(LocalTime.of(17, 45));
    assertThat(meta.evidence()).containsEntry("site", "text:site-line").containsEntry("date", "text:dateline");
  }

  @Test
  void takesTheSiteFromTheFooterAndTheAttributionBeforeIt() {
    String text = String.join("\n",
        "A headline | Other Site", "", "By Jane Voe and Sam Quist", "On 3rd March 2019", "",
        "First paragraph of the article.", "", "Second paragraph, by all accounts a long one.", "",
        "Originally published by The Sunrise Review.", "",
        "© 2019 The Lamplit Ledger. All rights reserved. | Privacy Policy | Contact Us");
    ArticleMetadata meta = TextMetadata.extract(text);
    assertThat(meta.title()).isEqualTo("A headline | Other Site");
    assertThat(meta.author()).isEqualTo("Jane Voe and Sam Quist");
    assertThat(meta.date()).isEqualTo(LocalDate.of(2019, 3, 3));
    assertThat(meta.time()).isNull();
    assertThat(meta.site()).isEqualTo("The Lamplit Ledger");
    assertThat(meta.evidence()).containsEntry("site", "text:footer");
    assertThat(meta.attributions()).containsExactly(new Attribution("Originally published by The Sunrise Review.", "The Sunrise Review"));
  }

  @Test
  void aHeaderSiteLineWinsOverTheFooterAndTheFollowPrompt() {
    String text = String.join("\n", "Title", "", "Urban Bulletin | Tech", "", "Body text here.", "",
        "Share this article: Facebook | Twitter | Email. Follow Other Name for more Tech coverage.");
    assertThat(TextMetadata.extract(text).site()).isEqualTo("Urban Bulletin");
  }

  @Test
  void bylinesDeepInTheArticleAreArticleText() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < 20; i++) {
      text.append("Paragraph ").append(i).append(" of the article.\n\n");
    }
    text.append("By Jane Voe\n\n");
    for (int i = 0; i < 10; i++) {
      text.append("Closing paragraph ").append(i).append(".\n\n");
    }
    assertThat(TextMetadata.extract(text.toString()).author()).isNull();
  }

  @Test
  void emptyTextDeclaresNothing() {
    assertThat(TextMetadata.extract("")).isEqualTo(ArticleMetadata.EMPTY);
    assertThat(TextMetadata.extract("  \n \n")).isEqualTo(ArticleMetadata.EMPTY);
  }

  @Test
  void findsTheStrippedLinesAndTheirWordsUpToALimitAsStripAndSplitDo() {
    java.util.Random random = new java.util.Random(17);
    String withBreaks = "ab \t\n\r\u000b\f\u001c\u00a0\u2003\u3000\u00e9.\ud83d\ude00";
    for (int n = 0; n < 3_000; n++) {
      String alphabet = n % 2 == 0 ? withBreaks : withBreaks.replace("\n", ""); // long lines too, past the words counted
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String whole = text.toString();
      java.util.List<Integer> expected = new java.util.ArrayList<>();
      int lineStart = 0;
      for (String line : whole.split("\n", -1)) {
        String stripped = line.strip();
        if (!stripped.isEmpty()) {
          int start = lineStart + line.indexOf(stripped);
          expected.add(start);
          expected.add(start + stripped.length());
          expected.add(Math.min(TextMetadata.MAX_COUNTED_WORDS, stripped.split("[ \t\n\u000b\f\r]+").length));
        }
        lineStart += line.length() + 1;
      }
      int[] lines = TextMetadata.lines(whole.toCharArray(), whole.length());
      assertThat(java.util.Arrays.stream(lines).boxed().toList()).as(whole).isEqualTo(expected);
    }
  }
}
