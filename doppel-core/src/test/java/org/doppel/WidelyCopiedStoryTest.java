package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.StoryFamily;
import org.doppel.relate.RelatedPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story copied into more documents than a key may be shared by ({@code maxPostings}, 100): its keys were all
 * skipped as stock phrases, so its copies were found only within the groups that shared an added sentence of their
 * own, and the story fell apart into families (feat-audit13's researcher: 200 copies, four families).
 */
class WidelyCopiedStoryTest {
  // invented: a story and sentences its copies add, one each
  private static final String STORY = "The Varnholt valley railway reopened on Saturday after a landslide had buried the line near the "
      + "Quillan cutting for eleven weeks. Engineers from the Tessaro works drove steel anchors into the slope above the track and "
      + "built a concrete wall almost two hundred metres long to hold back the loose rock. The first train left Oberwick at seven "
      + "in the morning with the regional transport minister Odile Farrancourt on board, who said the repairs had cost less than "
      + "the six million first feared. Commuters who had spent the winter on replacement buses lined the platforms at Dallow and "
      + "Pennick to cheer the train through, and the line's operator promised a full timetable from Monday.";
  private static final String[] ADDED = {"Local shops expect more visitors this spring.", "The old station cafe reopens next week.",
      "Hikers are asked to keep away from the slope.", "A memorial walk is planned for the summer.",
      "The bus operator thanked its drivers for the extra shifts.", "Tickets bought for the buses remain valid until June."};

  private static SourceText dated(String id, String text, LocalDate day, LocalTime time) {
    ArticleMetadata metadata = new ArticleMetadata(null, null, day, time, null, null, null, List.of(), List.of(), Map.of());
    return new SourceText(id, text, id + ".txt", metadata);
  }

  /** Invented words, the same for every run. */
  private static String words(Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int length = 3 + random.nextInt(7);
      for (int c = 0; c < length; c++) {
        out.append((char) ('a' + random.nextInt(26)));
      }
      out.append(i % 12 == 11 ? ". " : " ");
    }
    return out.toString().trim();
  }

  @Test
  void aStoryCopiedIntoHundredsOfDocumentsIsOneFamilyAroundItsEarliestAndSameQuoteStoriesStayApart() {
    Random random = new Random(14);
    List<SourceText> documents = new ArrayList<>();
    LocalDate first = LocalDate.of(2031, 4, 5);
    documents.add(dated("wire/original", STORY, first, LocalTime.of(6, 0)));
    for (int i = 1; i <= 180; i++) {
      String copy = STORY + " " + ADDED[random.nextInt(ADDED.length)];
      LocalDateTime when = first.atTime(6, 0).plusMinutes(i * 157L + random.nextInt(150)); // each its own minute
      documents.add(dated("site%03d/railway".formatted(i), copy, when.toLocalDate(), when.toLocalTime()));
    }
    // 150 stories of their own that quote one sentence of the minister's and end with one agency line
    String quote = "\"We promised the valley its railway back and we kept that promise,\" said minister Odile Farrancourt.";
    String agency = "This report was prepared with material from the Northern Wire Agency and may be republished by subscribers.";
    for (int i = 0; i < 150; i++) {
      String own = words(random, 60) + " " + quote + " " + words(random, 60) + "\n\n" + agency;
      documents.add(dated("other%03d/story".formatted(i), own, first.plusDays(random.nextInt(20)), LocalTime.of(9, 0)));
    }
    Collections.shuffle(documents, random); // the order read is no order of publication

    Corpus corpus = Doppel.builder().rewrites(RewriteSettings.OFF).threads(2).build();
    documents.forEach(corpus::add);
    Provenance provenance = corpus.provenance(corpus.findAllPairs(ScanProgress.NONE));

    StoryFamily story = provenance.familyOf("wire/original");
    assertThat(story.size()).isEqualTo(181);
    assertThat(story.origin()).isEqualTo("wire/original");
    assertThat(story.members()).noneMatch(member -> member.id().startsWith("other"));
    assertThat(provenance.families()).filteredOn(family -> family.members().stream().anyMatch(m -> m.id().startsWith("other")))
        .allSatisfy(family -> assertThat(family.size()).isEqualTo(1));
  }

  @Test
  void copiesDatedInTheirOwnZonesOrByACrawlArePlacedAfterTheStoryTheyCopiedSoEachIsPairedWithIt() {
    // a wire story at 07:30 UTC, copied from 07:50 UTC on by sites in three zones: one five hours behind UTC, whose
    // clocks read 02:50 onwards, sorted before the wire story on their clocks and took the earliest places
    Random random = new Random(16);
    List<SourceText> documents = new ArrayList<>();
    documents.add(zoned("wire/original", STORY, java.time.OffsetDateTime.parse("2026-10-20T07:30:00Z")));
    String[] zones = {"Z", "-05:00", "+09:00"};
    for (int i = 0; i < 30; i++) {
      var when = java.time.OffsetDateTime.parse("2026-10-20T07:50:00Z").plusMinutes(i * 7L)
          .withOffsetSameInstant(java.time.ZoneOffset.of(zones[i % 3]));
      documents.add(zoned("site%03d/railway".formatted(i), STORY + " " + ADDED[random.nextInt(ADDED.length)], when));
    }
    // and four verbatim reposts that give no date of their own, dated by the day a crawl fetched them: placed at that
    // day's start, they were the earliest of every band key of the story
    for (int i = 0; i < 4; i++) {
      ArticleMetadata crawled = new ArticleMetadata(null, null, LocalDate.of(2026, 10, 20), null, null, null, null, List.of(), List.of(),
          Map.of("date", "warc-date"));
      documents.add(new SourceText("crawled%d/railway".formatted(i), STORY, "crawl.warc.gz", crawled));
    }
    Collections.shuffle(documents, random);

    Corpus corpus = Doppel.builder().rewrites(RewriteSettings.OFF).maxPostings(10).threads(2).build();
    documents.forEach(corpus::add);
    Provenance provenance = corpus.provenance(corpus.findAllPairs(ScanProgress.NONE));

    // the story is the earliest of its band keys: every copy is paired with it, and each dated copy named its copy
    assertThat(partners(provenance.relatedPairs(), "wire/original")).hasSize(34);
    assertThat(provenance.relatedPairs()).filteredOn(pair -> pair.b().equals("wire/original") && pair.a().startsWith("site"))
        .hasSize(30).allSatisfy(pair -> assertThat(pair.source()).isEqualTo("wire/original"));
    assertThat(provenance.familyOf("wire/original").size()).isEqualTo(35);
    // the same from one document asked about alone
    assertThat(partners(corpus.findCopies("site028/railway"), "site028/railway")).contains("wire/original");
  }

  /** A document dated at {@code when}, its time kept in its own zone, as a page's timestamp is read. */
  private static SourceText zoned(String id, String text, java.time.OffsetDateTime when) {
    ArticleMetadata metadata = new ArticleMetadata(null, null, when.toLocalDate(), when.toLocalTime(), null, null, null, List.of(), List.of(),
        Map.of(ArticleMetadata.ZONE, when.getOffset().getId()));
    return new SourceText(id, text, id + ".txt", metadata);
  }

  /** The other document of each pair that names {@code id}, sorted. */
  private static List<String> partners(List<RelatedPair> pairs, String id) {
    return pairs.stream().filter(p -> p.a().equals(id) || p.b().equals(id)).map(p -> p.a().equals(id) ? p.b() : p.a()).sorted().toList();
  }

  @Test
  void findCopiesAndAStandingIndexsQueryOfOneOfHundredsOfCopiesFindWhatTheScanPairsItWith(@TempDir Path folder) throws IOException {
    Random random = new Random(27);
    List<SourceText> documents = new ArrayList<>();
    LocalDate first = LocalDate.of(2026, 4, 5);
    documents.add(dated("wire/original", STORY, first, LocalTime.of(6, 0)));
    for (int i = 1; i <= 160; i++) {
      LocalDateTime when = first.atTime(6, 0).plusMinutes(i * 157L + random.nextInt(150)); // each its own minute
      documents.add(dated("site%03d/railway".formatted(i), STORY + " " + ADDED[random.nextInt(ADDED.length)], when.toLocalDate(), when.toLocalTime()));
    }
    Collections.shuffle(documents, random);
    Corpus corpus = Doppel.builder().rewrites(RewriteSettings.OFF).threads(2).build();
    documents.forEach(corpus::add);
    List<RelatedPair> scan = corpus.findAllPairs(ScanProgress.NONE);
    // a copy published after all of them, not in the corpus
    LocalDateTime late = first.atTime(6, 0).plusDays(30);
    SourceText incoming = dated("late/railway", STORY + " " + ADDED[0], late.toLocalDate(), late.toLocalTime());

    try (DoppelIndex index = Doppel.builder().rewrites(RewriteSettings.OFF).threads(2).openIndex(folder.resolve("index"))) {
      index.add(documents);
      index.commit();
      for (SourceText document : documents) {
        String id = document.id();
        List<String> scanned = partners(scan, id);
        List<String> found = partners(corpus.findCopies(id), id);
        DoppelIndex.QueryResult copies = index.copies(id, 1000).orElseThrow();
        List<String> queried = copies.pairs().stream().map(pair -> copies.other(pair).id()).sorted().toList();

        assertThat(found).as(id).isNotEmpty().contains("wire/original".equals(id) ? "site001/railway" : "wire/original");
        assertThat(scanned).as(id).containsAll(found);
        assertThat(queried).as(id).isEqualTo(found);
        // the document's own text asked about under its id: the indexed one is left out as if removed, so it takes
        // none of the places the hot band links (it took one, and the question got one neighbour fewer)
        DoppelIndex.QueryResult asked = index.query(document, 1000);
        assertThat(asked.pairs().stream().map(pair -> asked.other(pair).id()).sorted().toList()).as(id).isEqualTo(found);
        assertThat(partners(corpus.findCopies(document), id)).as(id).isEqualTo(found);
        if (found.size() < scanned.size()) { // only the earliest, which the scan pairs with every copy, are capped
          assertThat(scanned).as(id).hasSizeGreaterThan(100);
        }
      }
      List<String> fromCorpus = partners(corpus.findCopies(incoming), "late/railway");
      DoppelIndex.QueryResult asked = index.query(incoming, 1000);
      assertThat(fromCorpus).contains("wire/original").hasSizeLessThanOrEqualTo(org.doppel.index.HotBands.HUBS + 2 * org.doppel.index.HotBands.NEIGHBOURS + 40);
      assertThat(asked.pairs().stream().map(pair -> asked.other(pair).id()).sorted().toList()).isEqualTo(fromCorpus);
    }
  }

  @Test
  void aNewTextsOwnKeysCountTowardsTheCapInFindCopiesAsInAQueryAndAScan(@TempDir Path folder) throws IOException {
    // a paragraph in exactly maxPostings documents: with the text asked about it is in one more, a stock paragraph
    Random random = new Random(31);
    String paragraph = "The harbour board said the new breakwater at Tolvik point would be finished before the autumn storms "
        + "and that the fishing fleet could use the inner basin again from the first of October.";
    List<SourceText> documents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      documents.add(dated("port%d/notice".formatted(i), words(random, 80) + "\n\n" + paragraph + "\n\n" + words(random, 80),
          LocalDate.of(2026, 5, 1 + i), LocalTime.of(8, 0)));
    }
    SourceText asked = dated("new/notice", words(random, 80) + "\n\n" + paragraph + "\n\n" + words(random, 80), LocalDate.of(2026, 5, 9), LocalTime.of(8, 0));
    Doppel.Builder builder = Doppel.builder().rewrites(RewriteSettings.OFF).maxPostings(3);
    Corpus corpus = builder.build();
    documents.forEach(corpus::add);
    Corpus scanned = builder.build();
    documents.forEach(scanned::add);
    scanned.add(asked);

    try (DoppelIndex index = builder.openIndex(folder.resolve("index"))) {
      index.add(documents);
      index.commit();
      DoppelIndex.QueryResult queried = index.query(asked, 10);

      // the scan of the corpus with the text, and the standing index's query, skip the paragraph's keys (4 documents
      // over a cap of 3); findCopies(text) counted 3 and paired the text with all of them
      assertThat(partners(scanned.findAllPairs(ScanProgress.NONE), "new/notice")).isEmpty();
      assertThat(queried.pairs()).isEmpty();
      assertThat(corpus.findCopies(asked)).isEmpty();
    }
  }
}
