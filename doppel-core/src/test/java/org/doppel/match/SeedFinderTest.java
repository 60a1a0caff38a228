package org.doppel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doppel.document.TokenSequence;
import org.doppel.document.WordTokenizer;
import org.junit.jupiter.api.Test;

/** The seeds of a pair, against a plain search of every k-gram, pair after pair on one thread's tables. */
class SeedFinderTest {
  private static final WordTokenizer TOKENIZER = new WordTokenizer();

  @Test
  void everyPairGetsTheSeedsOfAPlainSearchWhateverPairsCameBeforeIt() {
    Random random = new Random(17);
    SeedFinder finder = new SeedFinder(3, 4);
    for (int n = 0; n < 400; n++) {
      // few distinct words, so that k-grams repeat (beyond maxRepeats too); now and then a long text that
      // needs larger tables than the ones kept before it
      int words = n % 50 == 7 ? 40_000 : random.nextInt(300);
      TokenSequence a = text(random, words, 2 + random.nextInt(20));
      TokenSequence b = random.nextBoolean() && words < 1_000 ? a : text(random, random.nextInt(300), 2 + random.nextInt(20));
      Seeds seeds = finder.find(a, b);
      assertThat(listed(seeds)).as("pair %d", n).isEqualTo(plainSearch(SeedGrams.of(a, 3), SeedGrams.of(b, 3), 4));
    }
  }

  private static TokenSequence text(Random random, int words, int vocabulary) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append('w').append(random.nextInt(vocabulary)).append(random.nextInt(40) == 0 ? "\n\n" : " ");
    }
    return TOKENIZER.tokenize(text.toString(), List.of());
  }

  private static List<String> listed(Seeds seeds) {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < seeds.count; s++) {
      out.add(seeds.a[s] + "," + seeds.b[s] + "," + seeds.distinctive[s]);
    }
    return out;
  }

  /** In the second document's order, each of its grams paired with the first's equal grams, in their order. */
  private static List<String> plainSearch(SeedGrams a, SeedGrams b, int maxRepeats) {
    List<String> out = new ArrayList<>();
    for (int q = 0; q < b.starts.length; q++) {
      int inA = 0;
      int inB = 0;
      for (long h : a.hashes) {
        inA += h == b.hashes[q] ? 1 : 0;
      }
      for (long h : b.hashes) {
        inB += h == b.hashes[q] ? 1 : 0;
      }
      if (inA == 0 || inA > maxRepeats || inB > maxRepeats) {
        continue;
      }
      for (int p = 0; p < a.starts.length; p++) {
        if (a.hashes[p] == b.hashes[q]) {
          out.add(a.starts[p] + "," + b.starts[q] + "," + (inA == 1 || inB == 1));
        }
      }
    }
    return out;
  }
}
