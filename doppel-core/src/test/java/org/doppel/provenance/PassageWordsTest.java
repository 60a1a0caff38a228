package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class PassageWordsTest {
  private static final String TEXT = "Ferrow Lantmill said on Tuesday that the Quillby ferry will run twice a day.\n"
      + "The harbour office, which opened in 1931, keeps its timetable on a board by the gate; riders pay 4.50 a trip.\n"
      + "\"We expect more walkers than cars,\" the office wrote.";

  @Test
  void wordsInsideSpansAreThoseWhollyWithinOneOfThemAsEachWordAskingEachSpanFindsThem() {
    TokenSequence words = new DocumentAnalyzer().analyze(SourceText.of("d", TEXT)).words();
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<Span> spans = new ArrayList<>();
      for (int k = random.nextInt(4); k >= 0; k--) {
        // spans that may overlap, start or end inside a word, or hold none
        int start = random.nextInt(TEXT.length());
        spans.add(new Span(start, start + random.nextInt(TEXT.length() - start + 1)));
      }
      BitSet expected = new BitSet();
      for (int i = 0; i < words.size(); i++) {
        for (Span span : spans) {
          if (words.start(i) >= span.start() && words.end(i) <= span.end()) {
            expected.set(i);
          }
        }
      }
      assertThat(PassageWords.inside(words, spans)).as("spans %s", spans).isEqualTo(expected);
      // each span's hashes in text order, and all spans' one after another (a word in two spans twice)
      List<Long> all = new ArrayList<>();
      long[][] each = new long[spans.size()][];
      for (int k = 0; k < spans.size(); k++) {
        Span span = spans.get(k);
        List<Long> inside = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          if (words.start(i) >= span.start() && words.end(i) <= span.end()) {
            inside.add(words.hash(i));
          }
        }
        each[k] = PassageWords.hashesInside(words, span);
        assertThat(each[k]).as("span %s", span).containsExactly(inside.stream().mapToLong(Long::longValue).toArray());
        all.addAll(inside);
      }
      assertThat(PassageWords.concatenated(each)).containsExactly(all.stream().mapToLong(Long::longValue).toArray());
    }
  }

  @Test
  void noSpanHoldsNoWord() {
    TokenSequence words = new DocumentAnalyzer().analyze(SourceText.of("d", TEXT)).words();
    assertThat(PassageWords.inside(words, List.of()).isEmpty()).isTrue();
    assertThat(PassageWords.inside(words, List.of(new Span(1, 3))).isEmpty()).isTrue(); // inside the first word, which it cuts
    assertThat(PassageWords.inside(words, List.of(new Span(0, TEXT.length()))).cardinality()).isEqualTo(words.size());
  }
}
