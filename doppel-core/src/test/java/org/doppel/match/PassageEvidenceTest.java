package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Span;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class PassageEvidenceTest {
  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
  /** Fifty words of each document's own, then a six-word closing line both share. */
  private static final String CLOSING = "Send your tips to the desk.";

  private static TokenSequence words(String text) {
    return ANALYZER.analyze(SourceText.of("d", text)).words();
  }

  private static String own(String word) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.append(word).append(i).append(' ');
    }
    return text.toString().strip() + ".\n";
  }

  /** The passage over the words {@code [first, end)} of both documents, each word matched. */
  private static Passage passage(TokenSequence a, int firstA, int endA, TokenSequence b, int firstB, int endB) {
    return new Passage(new Span(a.start(firstA), a.end(endA - 1)), new Span(b.start(firstB), b.end(endB - 1)), endA - firstA,
        endB - firstB, endA - firstA, endB - firstB);
  }

  private static Alignment alignment(TokenSequence a, TokenSequence b, Passage... passages) {
    int words = List.of(passages).stream().mapToInt(Passage::wordsA).sum();
    return new Alignment(List.of(passages), a.size(), b.size(), words, words, words, words);
  }

  /** Discounted words that count how often they are asked for: none discounted. */
  private static Supplier<boolean[]> counted(TokenSequence words, AtomicInteger asked) {
    return () -> {
      asked.incrementAndGet();
      return new boolean[words.size()];
    };
  }

  @Test
  void aPairWhoseOnlyPassageIsASignOffHasNoEvidenceAndReadsNoDiscountedWords() {
    TokenSequence a = words(own("alpha") + CLOSING);
    TokenSequence b = words(own("beta") + CLOSING);
    Alignment signOff = alignment(a, b, passage(a, a.size() - 6, a.size(), b, b.size() - 6, b.size()));
    AtomicInteger asked = new AtomicInteger();

    PassageEvidence evidence = PassageEvidence.of(signOff, a, counted(a, asked), b, counted(b, asked));

    assertThat(evidence).isEqualTo(new PassageEvidence(0, false));
    assertThat(asked).hasValue(0);
  }

  @Test
  void aPassageThatCountsReadsEachSidesDiscountedWordsOnce() {
    TokenSequence a = words(own("alpha") + own("shared"));
    TokenSequence b = words(own("shared") + own("beta"));
    Alignment shared = alignment(a, b, passage(a, 50, 60, b, 0, 10), passage(a, 60, 70, b, 10, 20));
    AtomicInteger asked = new AtomicInteger();

    PassageEvidence evidence = PassageEvidence.of(shared, a, counted(a, asked), b, counted(b, asked));

    assertThat(evidence.mostOwnWords()).isEqualTo(10);
    assertThat(asked).hasValue(2);
  }

  @Test
  void discountedWordsAreNotTheirPassagesOwn() {
    TokenSequence a = words(own("alpha") + own("shared"));
    TokenSequence b = words(own("shared") + own("beta"));
    Alignment shared = alignment(a, b, passage(a, 50, 60, b, 0, 10));
    boolean[] quotedA = new boolean[a.size()];
    for (int i = 50; i < 57; i++) {
      quotedA[i] = true;
    }

    PassageEvidence evidence = PassageEvidence.of(shared, a, () -> quotedA, b, () -> new boolean[b.size()]);

    assertThat(evidence.mostOwnWords()).isEqualTo(3);
  }
}
