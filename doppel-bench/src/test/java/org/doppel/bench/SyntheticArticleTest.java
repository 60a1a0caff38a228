package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SyntheticArticleTest {
  @Test
  void anArticleRendersItsTitleThenParagraphsEachSentenceCapitalised() {
    SyntheticArticle article = SyntheticArticle.generate(new SplittableRandom(11));
    String text = article.render();
    String[] blocks = text.split("\n\n");
    assertThat(blocks).hasSize(1 + article.paragraphs.size());
    assertThat(Character.isUpperCase(blocks[0].charAt(0))).isTrue(); // a title opens with a word, never a number
    for (int p = 1; p < blocks.length; p++) {
      assertThat(Character.isLowerCase(blocks[p].charAt(0))).as(blocks[p]).isFalse(); // a capital, or a number's digit or $
      assertThat(blocks[p]).doesNotContain(" ,").doesNotContain(" .");
    }
    int words = article.paragraphs.stream().flatMap(p -> p.stream()).mapToInt(s -> s.size()).sum();
    assertThat(words).isBetween(440, 600);
  }

  @Test
  void editingACopyLeavesTheOriginalAsItWas() {
    SyntheticArticle original = SyntheticArticle.generate(new SplittableRandom(5));
    String before = original.render();
    SyntheticArticle edited = original.copy();
    edited.editLightly(new SplittableRandom(6));
    SyntheticArticle reworded = original.copy();
    reworded.paraphrase(new SplittableRandom(7));
    assertThat(original.render()).isEqualTo(before);
    assertThat(edited.render()).isNotEqualTo(before);
    assertThat(reworded.render()).isNotEqualTo(before);
  }

  @Test
  void aLightEditKeepsTheParagraphsItDoesNotDropInOrder() {
    for (int seed = 0; seed < 30; seed++) {
      SyntheticArticle article = SyntheticArticle.generate(new SplittableRandom(seed));
      int paragraphs = article.paragraphs.size();
      int[] kept = article.copy().editLightly(new SplittableRandom(seed + 100));
      assertThat(kept.length).isBetween(paragraphs - 1, paragraphs);
      assertThat(kept).isSorted().doesNotHaveDuplicates();
      assertThat(kept[0]).isZero(); // the lead paragraph is never dropped
    }
  }
}
