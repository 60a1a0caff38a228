package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CopyingSiteLinesTest {
  private static final String ARTICLE = "Council Approves Budget\n\nThe council approved the budget.\n\nThe vote was close.\n";

  @Test
  void aCopyAlwaysGetsAByLineADateLineAndAFooterAroundTheArticleKeptWhole() {
    for (int seed = 0; seed < 20; seed++) {
      String copy = CopyingSiteLines.around(ARTICLE, new SplittableRandom(seed), true);
      assertThat(copy).contains("\n\nThe council approved the budget.\n\nThe vote was close.\n");
      assertThat(copy).containsPattern("(?m)^By [A-Z]\\w+ [A-Z]\\w+$").containsPattern("(?m)^Published .+$");
      assertThat(copy).containsPattern("\n\n© 20\\d\\d [^\n]+\\. All rights reserved\\.\n$");
      assertThat(copy.indexOf("Council Approves Budget")).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void theTitleStandsAboveOrBelowTheSitesLinesAndSomeCopiesGetNone() {
    boolean titleFirst = false;
    boolean titleAfter = false;
    boolean untouched = false;
    for (int seed = 0; seed < 40; seed++) {
      String copy = CopyingSiteLines.around(ARTICLE, new SplittableRandom(seed), false);
      if (copy.equals(ARTICLE)) {
        untouched = true;
      } else if (copy.startsWith("Council Approves Budget\n\nBy ")) {
        titleFirst = true;
      } else if (copy.startsWith("By ")) {
        titleAfter = copy.contains("\n\nCouncil Approves Budget\n\nThe council");
      }
    }
    assertThat(titleFirst).isTrue();
    assertThat(titleAfter).isTrue();
    assertThat(untouched).isTrue();
  }
}
