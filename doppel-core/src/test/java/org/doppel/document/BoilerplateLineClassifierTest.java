package org.doppel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLineClassifierTest {
  private final BoilerplateLineClassifier classifier = new BoilerplateLineClassifier();

  static Stream<Arguments> metadataLines() {
    return Stream.of(
        Arguments.of("Advertisement", LineKind.ADVERT),
        Arguments.of("Sponsored content", LineKind.ADVERT),
        Arguments.of("By Jane Voe", LineKind.BYLINE),
        Arguments.of("By Johny in News On 2nd April 2025", LineKind.BYLINE),
        Arguments.of("Staff reporter", LineKind.BYLINE),
        Arguments.of("Published 3 March 2019", LineKind.DATELINE),
        Arguments.of("March 3, 2019 10:42 AM", LineKind.DATELINE),
        Arguments.of("2019-03-03 10:42", LineKind.DATELINE),
        Arguments.of("On 3rd March 2019", LineKind.DATELINE),
        Arguments.of("Updated: 13/03/2019 14:05", LineKind.DATELINE),
        Arguments.of("Tue 5 Mar 2019", LineKind.DATELINE),
        Arguments.of("05/17/2019", LineKind.DATELINE),
        Arguments.of("Home / Region / Article | Estuary Chronicle", LineKind.SITE_HEADER),
        Arguments.of("Posted in Sport by Riverbend Herald staff", LineKind.SITE_HEADER),
        Arguments.of("Planet Digest · 4 min read", LineKind.SITE_HEADER),
        Arguments.of("© 2019 The Lamplit Ledger. All rights reserved. | Privacy Policy", LineKind.FOOTER),
        Arguments.of("Copied from Kiwi Report by ,", LineKind.ATTRIBUTION),
        Arguments.of("Source: Daily Planet", LineKind.ATTRIBUTION),
        Arguments.of("(via Urban Bulletin)", LineKind.ATTRIBUTION),
        Arguments.of("Share this article: Facebook | Twitter | Email. Follow X for more Y coverage.", LineKind.SHARE_PROMPT),
        Arguments.of("Related posts:", LineKind.RELATED),
        Arguments.of("Topics: World News, Travel", LineKind.TAGS),
        // forms the cheap pre-checks must not turn away: names run together, upper case, a long s
        Arguments.of("FacebookTwitter WhatsApp", LineKind.SHARE_PROMPT),
        Arguments.of("SOURCE: Daily Planet", LineKind.ATTRIBUTION),
        Arguments.of("\u017Fource: Daily Planet", LineKind.ATTRIBUTION),
        Arguments.of("Jane Voe, staff reporter", LineKind.BYLINE),
        Arguments.of("Terms of use", LineKind.FOOTER),
        Arguments.of("5 minutes read", LineKind.SITE_HEADER),
        Arguments.of("Continue reading below", LineKind.ADVERT),
        Arguments.of("Disclaimer:", LineKind.ATTRIBUTION));
  }

  @ParameterizedTest(name = "\"{0}\" is a {1} line")
  @MethodSource("metadataLines")
  void recognisesEachKindOfMetadataLine(String line, LineKind kind) {
    assertThat(classifier.classifyLine(line)).contains(kind);
  }

  @ParameterizedTest(name = "\"{0}\" is article text")
  @ValueSource(strings = {
      "By the end of the year, the council expects to have replaced most of the ageing water mains under the old town.",
      "By the end of the year prices had doubled.",
      "Apple was \"pulled into the enterprise,\" CEO Tim Cook said Tuesday in a fireside chat with Salesforce founder Marc Benioff.",
      "Welcome to North Korea!",
      "The people are starving",
      "Source code for the voting machines was never published, and for years nobody outside the vendor had read a single line of it, the auditors told the committee on Tuesday."
  })
  void articleSentencesStayText(String line) {
    assertThat(classifier.classifyLine(line)).isEmpty();
  }

  @Test
  void aShortArticleSentenceStartingWithSourceStaysText() {
    assertThat(classifier.classifyLine("Source code for the new voting machines was never published, the auditors said.")).isEmpty();
    assertThat(classifier.classifyLine("Via Appia was the first Roman road.")).isEmpty();
  }

  @Test
  void aLongParagraphMentioningAllRightsReservedStaysText() {
    String paragraph = "The label insisted that all rights reserved by the original composer had lapsed decades ago, "
        + "which is why the band felt free to record the song, release it on three continents and license it to a soft drink company.";
    assertThat(paragraph.split("\\s+").length).isGreaterThan(BoilerplateLineClassifier.MAX_WORDS);
    assertThat(classifier.classifyLine(paragraph)).isEmpty();
  }

  @Test
  void aShortFooterLineIsAFooterWhereverTheNoticeIs() {
    assertThat(classifier.classifyLine("Content of this site, all rights reserved")).contains(LineKind.FOOTER);
  }

  @Test
  void classifyFindsTheTrimmedSpanOfEachMetadataLineInOrder() {
    String text = "Title of the piece\n  By Jane Voe  \nPublished 3 March 2019\n\nThe body of the article starts here and goes on for a while.\nAdvertisement\n";
    List<MetadataLine> lines = classifier.classify(text);
    assertThat(lines).extracting(MetadataLine::kind).containsExactly(LineKind.BYLINE, LineKind.DATELINE, LineKind.ADVERT);
    assertThat(lines).extracting(line -> line.span().of(text)).containsExactly("By Jane Voe", "Published 3 March 2019", "Advertisement");
  }

  @Test
  void classifyHandlesTextWithoutANewlineAndEmptyText() {
    assertThat(classifier.classify("Advertisement")).extracting(MetadataLine::span).containsExactly(new Span(0, 13));
    assertThat(classifier.classify("")).isEmpty();
    assertThat(classifier.classify("\n\n   \n")).isEmpty();
  }
}
