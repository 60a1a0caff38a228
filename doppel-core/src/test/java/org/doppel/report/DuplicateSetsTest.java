package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;
import org.junit.jupiter.api.Test;

class DuplicateSetsTest {
  private static RelatedPair pair(String a, String b, Relation relation, String source) {
    return new RelatedPair(a, b, new Verdict(relation, 0.9, "test"), source, List.of());
  }

  private static Map<String, String> texts(String... idsAndTexts) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < idsAndTexts.length; i += 2) {
      texts.put(idsAndTexts[i], idsAndTexts[i + 1]);
    }
    return texts;
  }

  @Test
  void aChainOfCopiesIsOneSetThatKeepsTheLikelyOriginal() {
    List<RelatedPair> pairs = List.of(
        pair("a", "b", Relation.NEAR_DUPLICATE, "b"),       // b is the original of a
        pair("b", "c", Relation.EXACT, null),               // c, an exact copy of b, direction unknown
        pair("c", "d", Relation.PARTIAL, "c"),              // a passage reused is no duplicate
        pair("e", "f", Relation.PARAPHRASE, "e"));
    Map<String, String> texts = texts("a", "one", "b", "two", "c", "three", "d", "four", "e", "five", "f", "six");
    List<DuplicateSet> sets = DuplicateSets.find(pairs, texts.keySet(), texts::get);
    assertThat(sets).containsExactly(new DuplicateSet("b", List.of("a", "c")));
  }

  @Test
  void identicalTextsAreOneSetHoweverManyAndWithoutAPair() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < 150; i++) {
      texts.put(String.format("copy%03d", i), i % 2 == 0 ? "The ferry  sails at noon.\n" : "The ferry sails\nat noon.");
    }
    texts.put("other", "The ferry sails at night.");
    List<DuplicateSet> sets = DuplicateSets.find(List.of(), texts.keySet(), texts::get);
    assertThat(sets).singleElement().satisfies(set -> {
      assertThat(set.keep()).isEqualTo("copy000");
      assertThat(set.drop()).hasSize(149).doesNotContain("copy000", "other");
    });
  }

  @Test
  void writesOneLinePerSet() throws Exception {
    StringWriter out = new StringWriter();
    DuplicateSets.write(List.of(new DuplicateSet("k1", List.of("d1", "d2")), new DuplicateSet("k2", List.of("d3"))), out);
    assertThat(out.toString()).isEqualTo("{\"keep\":\"k1\",\"drop\":[\"d1\",\"d2\"]}\n{\"keep\":\"k2\",\"drop\":[\"d3\"]}\n");
  }
}
