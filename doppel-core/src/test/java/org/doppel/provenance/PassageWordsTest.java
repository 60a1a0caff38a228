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
