package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.ArticleMetadata.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The single-line readers: bylines, datelines, site lines, attributions and credits. */
class MetadataLinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "By Jane Voe; Jane Voe",
      "By Jane Voe and Sam Quist; Jane Voe and Sam Quist",
      "By Jane Voe, Business correspondent; Jane Voe",
      "Reporting by Tariq Sano; Tariq Sano",
      "Written by Fiona Morvek; Fiona Morvek",
      "Staff reporter; Staff reporter",
      "By Johny in News On 2nd April 2025; Johny",
      "Von Anna Muster und Jan de Vries; Anna Muster und Jan de Vries"})
  void readsTheNamesOfABylineWithoutRolesDatesOrSections(String line, String names) {
    assertThat(Bylines.names(line)).contains(names);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Written by ", "By the time the train arrived, everyone had left the station", "Byron Bay", "by ,"})
  void aSentenceOrAnEmptyBylineNamesNobody(String line) {
    assertThat(Bylines.names(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Published 3 March 2019", "Updated: 13/03/2019 14:05", "On 3rd March 2019", "Posted on Mar 5, 2019",
      "Tuesday, March 5, 2019", "Veröffentlicht am 05.03.2019", "Erstellt am 05.03.2019", "Stand: 5. März 2019",
      "Aktualisiert am 05.03.2019", "Publié le 5 mars 2019", "Publicado el 5 de marzo de 2019", "Pubblicato il 5 maggio 2019"})
  void aDatelineIsADateWithAtMostAPublishingWordBeforeIt(String line) {
    assertThat(DateLines.read(line)).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The talks began on 3 March 2019 in Geneva.", "Since 2019-03-03 nothing has changed"})
  void aSentenceMentioningADateIsNoDateline(String line) {
    assertThat(DateLines.read(line)).isEmpty();
  }

  @Test
  void aDatelineKeepsItsTime() {
    DateText.DateTime found = DateLines.read("Updated: 13/03/2019 14:05").orElseThrow();
    assertThat(found.date()).isEqualTo(LocalDate.of(2019, 3, 13));
    assertThat(found.time()).hasToString("14:05");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Home / Region / Article | Estuary Chronicle; Estuary Chronicle; HEADER",
      "Posted in Sport by Riverbend Herald staff; Riverbend Herald; HEADER",
      "Opinion > The Sunrise Review; The Sunrise Review; HEADER",
      "Urban Bulletin | Tech; Urban Bulletin; HEADER",
      "The Upland Observer · 9 min read; The Upland Observer; HEADER",
      "© 2019 The Lamplit Ledger. All rights reserved. | Privacy Policy | Terms of Use; The Lamplit Ledger; FOOTER",
      "Share this article: Facebook | Twitter | Email. Follow Estuary Chronicle for more Region coverage.; Estuary Chronicle; FOLLOW_PROMPT"})
  void readsTheSiteFromHeadersFootersAndFollowPrompts(String line, String site, SiteLines.Where where) {
    assertThat(SiteLines.read(line)).contains(new SiteLines.SiteName(site, where));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"© Regan", "Follow us on Twitter", "The river rose by two metres overnight."})
  void otherLinesNameNoSite(String line) {
    assertThat(SiteLines.read(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Source: Eastholme Gazette; Eastholme Gazette",
      "Originally published by Eastholme Gazette.; Eastholme Gazette",
      "Copied from The Sunrise Review.; The Sunrise Review",
      "Copied from Kiwi Report by ,; Kiwi Report",
      "This article first appeared on Wireline Today.; Wireline Today",
      "(via Larkcrest Post); Larkcrest Post",
      "Republished with permission from Central Wire.; Central Wire",
      "This article was originally published by Futurism. Read the original article.; Futurism",
      "Quelle: dpa; dpa"})
  void readsTheCreditedSource(String line, String source) {
    assertThat(AttributionLines.read(line)).contains(new Attribution(line, source));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Source code was published on Tuesday.", "Via Appia is the oldest road in Rome.",
      "The minister said the data was copied without permission from a rival."})
  void ordinarySentencesAreNoAttribution(String line) {
    assertThat(AttributionLines.read(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "Views of North Korean homes PEDRO PARDO/AFP via Getty Images; Views of North Korean homes; PEDRO PARDO/AFP via Getty Images",
      "Kim Jong-un, the controversial Supreme Leader of North Korea MANAN VATSYAYANA/POOL/AFP via Getty Images;"
          + " Kim Jong-un, the controversial Supreme Leader of North Korea; MANAN VATSYAYANA/POOL/AFP via Getty Images",
      "The harbour at dawn. Photo: Jane Voe; The harbour at dawn; Photo: Jane Voe",
      "A new rover (Image credit: NASA/JPL); A new rover; Image credit: NASA/JPL",
      "President Biden speaks. AP Photo/Evan Vucci; President Biden speaks.; AP Photo/Evan Vucci",
      "Foto: dpa; -; Foto: dpa"})
  void splitsACaptionFromItsCredit(String line, String caption, String credit) {
    assertThat(CreditLines.read(line)).contains(new Image(null, caption, credit));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The people are starving", "North Korea isn't exactly the easiest country to get into.",
      "© 2019 The Lamplit Ledger. All rights reserved."})
  void linesWithoutACreditAreNoImage(String line) {
    assertThat(CreditLines.read(line)).isEmpty();
  }

  @Test
  void theReadersOfALineWhoseWordsAreCountedAnswerAsTheReadersThatCountThem() {
    // TextMetadata counts each line's words once and asks the readers that do not count them again
    String[] vocabulary = {"By", "by", "Written", "Staff", "reporter", "Source:", "(via", "Daily", "Herald)", "Copied", "from",
        "This", "article", "first", "appeared", "on", "Jane", "Doe", "and", "Sam", "Quinn,", "Business", "correspondent", "the",
        "Von", "Anna", "und", "Quelle:", "dpa", "2", "March", "2019", " ", "–"};
    java.util.Random random = new java.util.Random(5);
    int bylines = 0;
    int attributions = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder line = new StringBuilder(random.nextBoolean() ? " " : "");
      for (int i = 1 + random.nextInt(34); i > 0; i--) {
        line.append(vocabulary[random.nextInt(n % 3 == 0 ? 6 : vocabulary.length)]).append(random.nextInt(8) == 0 ? "  " : " ");
      }
      String stripped = line.toString().strip();
      int words = stripped.split("[ \t\n\u000b\f\r]+").length;
      if (words <= Bylines.MAX_WORDS) {
        assertThat(Bylines.namesInShortLine(stripped)).as(stripped).isEqualTo(Bylines.names(line.toString()));
        bylines += Bylines.names(line.toString()).isPresent() ? 1 : 0;
      }
      if (words <= AttributionLines.MAX_WORDS) {
        assertThat(AttributionLines.readShort(stripped)).as(stripped).isEqualTo(AttributionLines.read(line.toString()));
        attributions += AttributionLines.read(line.toString()).isPresent() ? 1 : 0;
      }
    }
    assertThat(bylines).as("bylines read, so that both kinds of answer are compared").isGreaterThan(20);
    assertThat(attributions).as("attributions read").isGreaterThan(20);
  }
}
