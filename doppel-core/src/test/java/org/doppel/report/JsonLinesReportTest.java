package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.doppel.document.Span;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

class JsonLinesReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String cutByCodePoints(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(0, end);
    return text.substring(from, to);
  }

  private static List<JsonNode> write(Map<String, String> texts, List<RelatedPair> pairs) throws IOException {
    StringWriter out = new StringWriter();
    new JsonLinesReport(texts::get).write(pairs, out);
    List<JsonNode> objects = new ArrayList<>();
    String written = out.toString();
    assertThat(written).endsWith("\n");
    for (String line : written.split("\n")) {
      objects.add(JSON.readTree(line));
    }
    return objects;
  }

  @Test
  void aReportWrittenOnSeveralThreadsIsTheSameText() throws IOException {
    // More pairs than one chunk of ParallelLines, documents with and without characters beyond the BMP, and
    // runs of pairs sharing their first document across the chunks' edges.
    Map<String, String> texts = new java.util.HashMap<>();
    List<RelatedPair> pairs = new ArrayList<>();
    for (int d = 0; d < 400; d++) {
      texts.put(String.format("d%03d", d), (d % 3 == 0 ? "🌊 " : "") + "The river burst its banks near the mill, said document " + d + ".");
    }
    for (int d = 0; d < 399; d++) {
      for (int other = d + 1; other < Math.min(400, d + 4); other++) {
        Passage passage = new Passage(new Span(4, 20), new Span(4, 20), 3, 3, 3, 3);
        pairs.add(new RelatedPair(String.format("d%03d", d), String.format("d%03d", other),
            new Verdict(Relation.PARTIAL, 0.5 + d / 1000.0, "reason " + d), String.format("d%03d", d), List.of(passage)));
      }
    }
    assertThat(pairs.size()).isGreaterThan(2 * ParallelLines.CHUNK);
    StringWriter one = new StringWriter();
    new JsonLinesReport(texts::get).write(pairs, one);
    for (int threads : new int[] {2, 3}) {
      StringWriter several = new StringWriter();
      new JsonLinesReport(texts::get).withThreads(threads).write(pairs, several);
      assertThat(several.toString()).as("%d threads", threads).isEqualTo(one.toString());
    }
    assertThat(one.toString().lines()).hasSize(pairs.size());
  }

  @Test
  void writesOneParseableObjectPerPairWithCodePointOffsets() throws IOException {
    String a = "🎉🎉 Party news: the river burst its banks 🌊 near the mill.";
    String b = "Intro 😀 text. The river burst its banks 🌊 near the mill. End.";
    Span inA = new Span(a.indexOf("the river"), a.indexOf(" near") + " near the mill".length());
    Span inB = new Span(b.indexOf("The river"), b.indexOf(" near") + " near the mill".length());
    Passage passage = new Passage(inA, inB, 9, 9, 9, 9);
    RelatedPair partial = new RelatedPair("a", "b", new Verdict(Relation.PARTIAL, 0.12345, "a reason"), "a", List.of(passage));
    RelatedPair exact = new RelatedPair("a", "c", new Verdict(Relation.EXACT, 1, "same"), null, List.of());

    List<JsonNode> lines = write(Map.of("a", a, "b", b, "c", a), List.of(partial, exact));

    assertThat(lines).hasSize(2);
    JsonNode first = lines.get(0);
    assertThat(first.get("a").asText()).isEqualTo("a");
    assertThat(first.get("b").asText()).isEqualTo("b");
    assertThat(first.get("relation").asText()).isEqualTo("partial");
    assertThat(first.get("score").asDouble()).isEqualTo(0.123);
    assertThat(first.get("source").asText()).isEqualTo("a");
    assertThat(first.get("reason").asText()).isEqualTo("a reason");
    JsonNode p = first.get("passages").get(0);
    assertThat(p.get("a").get(0).asInt()).isEqualTo(a.codePointCount(0, inA.start())).isEqualTo(inA.start() - 2);
    assertThat(cutByCodePoints(a, p.get("a").get(0).asInt(), p.get("a").get(1).asInt())).isEqualTo(inA.of(a));
    assertThat(cutByCodePoints(b, p.get("b").get(0).asInt(), p.get("b").get(1).asInt())).isEqualTo(inB.of(b));

    JsonNode second = lines.get(1);
    assertThat(second.get("relation").asText()).isEqualTo("exact");
    assertThat(second.get("source").isNull()).isTrue();
    assertThat(second.get("passages")).isEmpty();
  }

  @Test
  void noPairsWriteNothing() throws IOException {
    StringWriter out = new StringWriter();
    new JsonLinesReport(id -> "").write(List.of(), out);
    assertThat(out.toString()).isEmpty();
  }

  @Property(tries = 200)
  void cuttingAPassageByCodePointsGivesThePassageText(@ForAll("texts") String prefixA, @ForAll("texts") String shared,
      @ForAll("texts") String suffixA, @ForAll("texts") String prefixB) throws IOException {
    String a = prefixA + shared + suffixA;
    String b = prefixB + shared;
    Span inA = new Span(prefixA.length(), prefixA.length() + shared.length());
    Span inB = new Span(prefixB.length(), b.length());
    RelatedPair pair = new RelatedPair("a", "b", new Verdict(Relation.PARTIAL, 0.5, "r"), null, List.of(new Passage(inA, inB, 1, 1, 1, 1)));

    JsonNode passage = write(Map.of("a", a, "b", b), List.of(pair)).get(0).get("passages").get(0);

    assertThat(cutByCodePoints(a, passage.get("a").get(0).asInt(), passage.get("a").get(1).asInt())).isEqualTo(shared);
    assertThat(cutByCodePoints(b, passage.get("b").get(0).asInt(), passage.get("b").get(1).asInt())).isEqualTo(shared);
  }

  @Property(tries = 200)
  void aReportFromSourcesIsTheReportFromTexts(@ForAll("texts") String prefixA, @ForAll("texts") String shared,
      @ForAll("texts") String prefixB, @ForAll boolean loneSurrogate) throws IOException {
    // Sources decode a text only when it has a character outside the BMP: the offsets must not change.
    String a = prefixA + shared + (loneSurrogate ? "\ud83d" : "");
    String b = prefixB + shared;
    Span inA = new Span(prefixA.length(), prefixA.length() + shared.length());
    Span inB = new Span(prefixB.length(), b.length());
    List<RelatedPair> pairs = List.of(new RelatedPair("a", "b", new Verdict(Relation.PARTIAL, 0.5, "r"), null, List.of(new Passage(inA, inB, 1, 1, 1, 1))));
    Map<String, String> texts = Map.of("a", a, "b", b);
    StringWriter fromTexts = new StringWriter();
    new JsonLinesReport(texts::get).write(pairs, fromTexts);
    StringWriter fromSources = new StringWriter();
    JsonLinesReport.ofSources(id -> SourceText.of(id, texts.get(id))).write(pairs, fromSources);
    assertThat(fromSources.toString()).isEqualTo(fromTexts.toString());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("word", " ", "😀", "👍🏽", "é", "中文", "\n", "\"", "\\", "\u0301").list().ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
