package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.ReportFloor;
import org.junit.jupiter.api.Test;

class ReportFloorCorpusTest {
  private final SyntheticText words = new SyntheticText(7);

  private static List<RelatedPair> pairs(ReportFloor floor, boolean rewrites, List<SourceText> texts) {
    Doppel.Builder builder = Doppel.builder().threads(1).reportFloor(floor);
    if (!rewrites) {
      builder.rewrites(RewriteSettings.OFF);
    }
    Corpus corpus = builder.build();
    corpus.addAll(texts);
    return corpus.findAllPairs(ScanProgress.NONE);
  }

  /** An article whose third paragraph carries {@code inserted} in its middle. */
  private String articleWith(String inserted) {
    List<String> paragraphs = words.paragraphs(6);
    paragraphs.set(2, words.sentence(14) + " " + inserted + " " + words.sentence(15));
    return SyntheticText.article(words.sentence(6), paragraphs);
  }

  @Test
  void twoArticlesQuotingOneSpeakerAreNotReportedByDefault() {
    String quote = "“" + words.sentence(22).replace(".", ",") + "” said Ana Ruiz.";
    List<SourceText> texts = List.of(SourceText.of("a", articleWith(quote)), SourceText.of("b", articleWith(quote)));

    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).isEmpty();
    assertThat(pairs(ReportFloor.NONE, false, texts)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void germanAndFrenchQuotationsAreQuotationsToo() {
    String body = words.sentence(20).replace(".", "");
    for (String quote : List.of("„" + body + "“, sagte Anna Roth.", "«" + body + "», a dit Anne Roux.", "»" + body + "«, sagte Jens Lund.")) {
      List<SourceText> texts = List.of(SourceText.of("a", articleWith(quote)), SourceText.of("b", articleWith(quote)));
      assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).as(quote).isEmpty();
    }
  }

  @Test
  void aQuotationWithACopiedSentenceAroundItIsStillReuse() {
    String shared = "“" + words.sentence(18).replace(".", ",") + "” said Ana Ruiz. " + words.sentence(16);
    List<SourceText> texts = List.of(SourceText.of("a", articleWith(shared)), SourceText.of("b", articleWith(shared)));

    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void twoArticlesSharingOnlyANewsletterBlockAreNotReportedByDefault() {
    // one site's sign-up block inside the running text of two unrelated articles: too few texts to learn it as stock
    String newsletter = "Get the Meadow Ledger's headlines straight to your inbox. Subscribe now and read every story free for a month. "
        + "Thank you for subscribing! Could not subscribe, please try again later.";
    List<SourceText> texts = List.of(SourceText.of("a", articleWith(newsletter)), SourceText.of("b", articleWith(newsletter)));

    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).isEmpty();
    assertThat(pairs(ReportFloor.DEFAULTS, true, texts)).isEmpty();
    assertThat(pairs(ReportFloor.NONE, false, texts)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));

    // beside a copied sentence the block still counts: the pair is reuse
    String copied = newsletter + " " + words.sentence(14);
    List<SourceText> reuse = List.of(SourceText.of("a", articleWith(copied)), SourceText.of("b", articleWith(copied)));
    assertThat(pairs(ReportFloor.DEFAULTS, false, reuse)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void twoRewritesSharingOnlyTheirPromptScaffoldingAreNotReportedByDefault() {
    String prompt = "Please rewrite the following passage in a neutral tone and keep every fact.\n\nHere is the rewritten passage:\n\n";
    List<SourceText> texts = List.of(
        SourceText.of("a", prompt + String.join("\n\n", words.paragraphs(5))),
        SourceText.of("b", prompt + String.join("\n\n", words.paragraphs(5))));

    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).isEmpty();
    assertThat(pairs(ReportFloor.NONE, false, texts)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void aShortSignOffThatEndsTwoTextsIsNoCopyButACopiedClosingParagraphIs() {
    // a tips-line appeal closing two unrelated one-line texts: too few texts to learn it as stock
    String signOff = words.sentence(12) + " " + words.sentence(13);
    List<SourceText> texts = List.of(
        SourceText.of("a", String.join(" ", words.paragraphs(8)) + " " + signOff),
        SourceText.of("b", String.join(" ", words.paragraphs(8)) + " " + signOff));
    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).isEmpty();
    assertThat(pairs(ReportFloor.NONE, false, texts)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));

    // a closing passage that is a large part of both texts is reuse, wherever it stands
    String closing = String.join(" ", words.paragraphs(3));
    List<SourceText> copied = List.of(
        SourceText.of("a", String.join(" ", words.paragraphs(4)) + " " + closing),
        SourceText.of("b", String.join(" ", words.paragraphs(4)) + " " + closing));
    assertThat(pairs(ReportFloor.DEFAULTS, false, copied)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));

    // a closing paragraph of 40 words or more taken into another article is reuse, however small a part
    String paragraph = words.paragraph();
    List<String> source = words.paragraphs(7);
    source.add(paragraph);
    List<String> host = words.paragraphs(7);
    host.add(paragraph);
    List<SourceText> closingParagraph = List.of(SourceText.of("source", SyntheticText.article(words.sentence(6), source)),
        SourceText.of("host", SyntheticText.article(words.sentence(6), host)));
    assertThat(pairs(ReportFloor.DEFAULTS, false, closingParagraph)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void aPromptPrintedUnderManyArticlesIsLearnedAsStockWhileACopiedParagraphIsNot() {
    String prompt = words.sentence(18) + " " + words.sentence(12);
    List<SourceText> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<String> paragraphs = words.paragraphs(5);
      paragraphs.add(prompt);
      texts.add(SourceText.of("site-" + i, SyntheticText.article(words.sentence(6), paragraphs)));
    }
    List<String> source = words.paragraphs(6);
    texts.add(SourceText.of("source", SyntheticText.article(words.sentence(6), source)));
    List<String> host = words.paragraphs(6);
    host.add(3, source.get(1));
    texts.add(SourceText.of("host", SyntheticText.article(words.sentence(6), host)));

    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).extracting(RelatedPair::a, RelatedPair::b)
        .containsExactly(org.assertj.core.api.Assertions.tuple("host", "source"));
    assertThat(pairs(ReportFloor.NONE, false, texts)).hasSize(1 + 10 * 9 / 2);
  }

  @Test
  void anArticleCarriedWholeByManySitesKeepsItsParagraphsAsEvidence() {
    List<String> story = words.paragraphs(6);
    List<SourceText> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      texts.add(SourceText.of("site-" + i, SyntheticText.article("Site " + i + " " + words.sentence(5), story)));
    }
    List<String> host = words.paragraphs(6);
    host.add(2, story.get(3));
    texts.add(SourceText.of("host", SyntheticText.article(words.sentence(6), host)));

    List<RelatedPair> found = pairs(ReportFloor.DEFAULTS, false, texts);
    assertThat(found).filteredOn(pair -> pair.a().equals("host")).hasSize(10)
        .allSatisfy(pair -> assertThat(pair.relation()).isEqualTo(Relation.PARTIAL));
  }

  @Test
  void aCopyWithAForeignParagraphOfAQuarterIsANearDuplicate() {
    List<String> original = words.paragraphs(6);
    List<String> copy = new ArrayList<>(original);
    copy.add(3, words.paragraph() + " " + words.paragraph());
    List<SourceText> texts = List.of(SourceText.of("original", SyntheticText.article("Title of it all", original)),
        SourceText.of("copy", SyntheticText.article("Title of it all", copy)));

    assertThat(pairs(ReportFloor.DEFAULTS, true, texts)).singleElement().satisfies(pair -> {
      assertThat(pair.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
      assertThat(pair.verdict().reason()).contains("passages cover");
    });
  }

  @Test
  void aCopyWithAFifthOfItsWordsEditedIsANearDuplicateWithoutRewriteDetection() {
    String original = SyntheticText.article("Title of it all", words.paragraphs(8));
    StringBuilder edited = new StringBuilder();
    java.util.Random random = new java.util.Random(3);
    for (String token : original.split(" ", -1)) {
      edited.append(edited.length() == 0 ? "" : " ").append(random.nextInt(100) < 15 && !token.contains("\n") ? words.word() : token);
    }
    List<SourceText> texts = List.of(SourceText.of("original", original), SourceText.of("edited", edited.toString()));

    assertThat(pairs(ReportFloor.DEFAULTS, false, texts)).singleElement()
        .satisfies(pair -> assertThat(pair.relation()).isEqualTo(Relation.NEAR_DUPLICATE));
  }
}
