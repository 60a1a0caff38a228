package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.document.Sentence;
import org.junit.jupiter.api.Test;

class TextWindowsTest {
  /** Consecutive sentences of the given word counts. */
  private static List<Sentence> sentences(int... sizes) {
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    for (int size : sizes) {
      sentences.add(new Sentence(at, at + size));
      at += size;
    }
    return sentences;
  }

  @Test
  void windowsAreAboutTheShortTextsLengthAndOverlapByAboutHalf() {
    // ten sentences of 20 words; a 60-word short text gives windows of up to 78 words: three sentences
    List<TextWindows.Window> windows = TextWindows.of(sentences(20, 20, 20, 20, 20, 20, 20, 20, 20, 20), 60, 200, 100);
    assertThat(windows).allSatisfy(w -> assertThat(w.size()).isLessThanOrEqualTo(78));
    assertThat(windows.get(0)).isEqualTo(new TextWindows.Window(0, 3, 0, 60));
    // the next starts at the first sentence past the middle of the one before
    assertThat(windows.get(1)).isEqualTo(new TextWindows.Window(2, 5, 40, 100));
    // and the last reaches the end of the text
    assertThat(windows.get(windows.size() - 1).end()).isEqualTo(200);
    for (int i = 1; i < windows.size(); i++) {
      assertThat(windows.get(i).first()).isLessThan(windows.get(i - 1).end());
    }
  }

  @Test
  void noWindowIsLongerThanTheJudgeReadsNorEmpty() {
    // a 190-word short text would allow 247 words; the limit keeps windows at 200
    List<TextWindows.Window> windows = TextWindows.of(sentences(60, 60, 60, 60, 60, 60), 190, 200, 100);
    assertThat(windows).allSatisfy(w -> assertThat(w.size()).isBetween(1, 200));
    assertThat(windows.get(0).size()).isEqualTo(180);
    // a sentence longer than the limit is a window alone
    assertThat(TextWindows.of(sentences(300, 10), 50, 200, 100)).containsExactly(
        new TextWindows.Window(0, 1, 0, 300), new TextWindows.Window(1, 2, 300, 310));
  }

  @Test
  void theNumberOfWindowsIsCapped() {
    assertThat(TextWindows.of(sentences(fill(500, 10)), 20, 200, 7)).hasSize(7);
  }

  private static int[] fill(int n, int size) {
    int[] sizes = new int[n];
    java.util.Arrays.fill(sizes, size);
    return sizes;
  }
}
