package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;
import org.junit.jupiter.api.Test;

/**
 * A site prints the same block of two or three lines above every article (its name and menu, a line about
 * itself). No line of the block is learnt as a stock line on its own: the first always sits before the same
 * second line, the middle one between the same two. Seen as one block, it is repeated over many articles, and
 * the pages of one site sharing nothing else are no pair. Invented sites and words throughout.
 */
class SiteHeaderBlockTest {
  private static final List<List<String>> HEADERS = List.of(
      List.of("Vellmark Courier | Home | Region | Markets | Weather", "Read by the valley towns since the old mill closed down"),
      List.of("Threnody Post | News | Culture | Travel | Letters", "The weekly paper of the three river parishes and their ferries",
          "Printed each Thursday on the press behind the station"),
      List.of("Ashgrove Ledger · Front page · Farming · County sport", "Independent reporting from the hill hamlets and their markets"));
  private static final String[] SYLLABLES = {"bra", "cul", "den", "fos", "gri", "hal", "jum", "kel", "lor", "mip", "nar",
      "osk", "pru", "quo", "rin", "sel", "tav", "urn", "vol", "wex", "yar", "zib", "tem", "dro"};
  private static final int PAGES_A_SITE = 10;

  /** A paragraph of invented words of its own. */
  private static String paragraph(Random random) {
    StringBuilder text = new StringBuilder();
    int words = 26 + random.nextInt(12);
    for (int w = 0; w < words; w++) {
      String word = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
          + (random.nextBoolean() ? SYLLABLES[random.nextInt(SYLLABLES.length)] : "");
      text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
      text.append(w % 9 == 8 || w == words - 1 ? "." : "");
    }
    return text.toString();
  }

  @Test
  void pagesOfOneSiteSharingOnlyItsHeaderAreNoPairWhileCopiesBetweenSitesAreStillFound() {
    Random random = new Random(17);
    List<List<String>> articles = new ArrayList<>();
    for (int page = 0; page < HEADERS.size() * PAGES_A_SITE; page++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 4 + random.nextInt(3); p++) {
        paragraphs.add(paragraph(random));
      }
      articles.add(paragraphs);
    }
    // three partial copies between sites: a page takes the second and third paragraphs of another site's page
    int[][] copies = {{0, 11}, {13, 24}, {27, 5}};
    Set<String> expected = new TreeSet<>();
    for (int[] copy : copies) {
      List<String> taker = articles.get(copy[1]);
      taker.addAll(2, articles.get(copy[0]).subList(1, 3));
      expected.add(pairName("page-" + copy[0], "page-" + copy[1]));
    }
    List<SourceText> pages = new ArrayList<>();
    for (int page = 0; page < articles.size(); page++) {
      String header = String.join("\n", HEADERS.get(page / PAGES_A_SITE));
      pages.add(SourceText.of("page-" + page, header + "\n\n" + String.join("\n\n", articles.get(page))));
    }
    Corpus corpus = Doppel.builder().threads(2).build();
    corpus.addAll(pages);

    Set<String> found = new TreeSet<>();
    for (RelatedPair pair : corpus.findAllPairs(ScanProgress.NONE)) {
      found.add(pairName(pair.a(), pair.b()));
    }
    // on main: the copies and, besides them, every two pages of a site (45 pairs a site, made of its header)
    assertThat(found).isEqualTo(expected);
  }

  private static String pairName(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
