package org.doppel.provenance;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.doppel.document.Span;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.doppel.report.JsonLinesReport;

/** Builders for documents with metadata and for related pairs, as the metadata and relate stages give them. */
final class Docs {
  private Docs() {}

  static SourceText doc(String id, String site, String date, String time, String... attributions) {
    List<Attribution> credited = java.util.Arrays.stream(attributions).map(name -> new Attribution("Source: " + name + ".", name)).toList();
    ArticleMetadata metadata = new ArticleMetadata(null, null, date == null ? null : LocalDate.parse(date),
        time == null ? null : LocalTime.parse(time), site, null, null, List.of(), credited, Map.of());
    return new SourceText(id, "text of " + id, id, metadata);
  }

  static SourceText doc(String id, String site, String date) {
    return doc(id, site, date, null);
  }

  /** A pair of {@code x} and {@code y} (any order) sharing one passage of {@code words} words on each side. */
  static RelatedPair pair(String x, String y, Relation relation, double score, int words) {
    String a = x.compareTo(y) < 0 ? x : y;
    String b = a.equals(x) ? y : x;
    Passage passage = new Passage(new Span(0, 5), new Span(0, 5), words, words, words, words);
    return new RelatedPair(a, b, new Verdict(relation, score, "test"), null, List.of(passage));
  }

  /** A pair of {@code a} and {@code b} whose one passage covers both whole texts, as a word signal sees it. */
  static PairContext whole(SourceText a, SourceText b, Relation relation) {
    Passage p = new Passage(new Span(0, a.text().length()), new Span(0, b.text().length()), 30, 30, 0, 0);
    return new PairContext(new RelatedPair(a.id(), b.id(), new Verdict(relation, 0.8, "test"), null, List.of(p)), a, b);
  }

  static PairContext context(RelatedPair pair, SourceText x, SourceText y) {
    return pair.a().equals(x.id()) ? new PairContext(pair, x, y) : new PairContext(pair, y, x);
  }

  static DirectedPair directed(RelatedPair pair, String source, String signal) {
    Direction direction = source == null ? Direction.unknown(List.of(), "none")
        : new Direction(source, 0.9, List.of(signal), List.of(new DirectionClue(signal, source, true, "test")), "test");
    return new DirectedPair(pair.withSource(source), direction);
  }

  /**
   * Three documents "source", "first" and "second", every two reported as a pair (the two rewrites' pair of {@code
   * firstSecond}) and all three pairs left unknown by the judge: the group the group steps' tests read.
   */
  static List<DirectedPair> unknownGroup(Relation firstSecond) {
    return List.of(
        directed(pair("source", "first", Relation.PARAPHRASE, 0.80, 90), null, null),
        directed(pair("source", "second", Relation.PARAPHRASE, 0.80, 90), null, null),
        directed(pair("first", "second", firstSecond, 0.70, 90), null, null));
  }

  /** The three documents "source", "first" and "second" with these texts. */
  static Map<String, String> texts(String source, String first, String second) {
    return Map.of("source", source, "first", first, "second", second);
  }

  /** The report's line for {@code directed} alone, its documents' texts from {@code texts}. */
  static String line(Map<String, String> texts, DirectedPair directed) throws IOException {
    StringWriter out = new StringWriter();
    new JsonLinesReport(texts::get).withProvenance(new Provenance(List.of(directed), List.of(), List.of())).write(List.of(directed.pair()), out);
    return out.toString().strip();
  }
}
