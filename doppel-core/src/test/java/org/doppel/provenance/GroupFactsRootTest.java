package org.doppel.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doppel.provenance.Docs.texts;
import static org.doppel.provenance.Docs.unknownGroup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doppel.ingest.SourceText;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

/**
 * A group of three invented texts: an original that states three figures ("source") and two rewrites of it that kept
 * fewer ("first" two, "second" one), every two of them reported as a pair and all three pairs left unknown by the judge.
 */
class GroupFactsRootTest extends GroupRootCases {
  private static final String SOURCE = "The bridge, built in 1920, carries 350 cars an hour; it will be closed in 2024.";
  private static final String FIRST = "Built in 1920, the bridge will soon close, though 350 cars an hour cross it.";
  private static final String SECOND = "The old bridge from 1920 is to be closed.";

  @Override
  Map<String, String> groupTexts() {
    return texts(SOURCE, FIRST, SECOND);
  }

  @Override
  String evidence() {
    return "group_facts";
  }

  @Override
  double confidence() {
    return GroupFactsRoot.CONFIDENCE;
  }

  @Override
  List<DirectedPair> named(List<DirectedPair> judged, List<DirectedPair> settled, Map<String, String> texts) {
    return GroupFactsRoot.apply(judged, settled, id -> GroupFactsRoot.figures(texts.get(id)));
  }

  @Test
  void theDetailSaysTheRootStatesEveryFigureOfItsGroupAndMore() {
    List<DirectedPair> in = group();
    List<DirectedPair> out = named(in, in, texts(SOURCE, FIRST, SECOND));
    assertThat(out.get(0).direction().detail()).isEqualTo("group_facts: source states every figure that any of the 2 documents"
        + " related to it states, and more than each, first among them, and none is named its original (the pair alone: none)");
    // first states more than second, but not what source states: no root of its own
    assertThat(out.get(2)).isEqualTo(in.get(2));
  }

  @Test
  void aRelatedTextStatingAFigureTheRootLacksStopsIt() {
    List<DirectedPair> in = group();
    assertThat(named(in, in, texts(SOURCE, FIRST, "The old bridge from 1920 is to be closed by 2025."))).containsExactlyElementsOf(in);
  }

  @Test
  void aRelatedTextStatingAsManyFiguresStopsIt() {
    // a tie: as often the source and a faithful rewrite as a rewrite and its source
    List<DirectedPair> in = group();
    assertThat(named(in, in, texts(SOURCE, "In 2024 the bridge of 1920, with 350 cars an hour, will close.", SECOND)))
        .containsExactlyElementsOf(in);
  }

  @Test
  void aFigureOfOneDigitIsNoFact() {
    // whether one to nine are written in figures or words is the writer's style
    List<DirectedPair> in = group();
    List<DirectedPair> out = named(in, in, texts(SOURCE, FIRST, "The old bridge from 1920, 3 lanes wide, is to be closed."));
    assertThat(out.get(0).pair().source()).isEqualTo("source");
    assertThat(out.get(1).pair().source()).isEqualTo("source");
  }

  @Test
  void aClockTimeIsNoFact() {
    // a copy that adds the page's time stamp states no fact its source lacks: still a rewrite of the source, no root
    List<DirectedPair> in = group();
    List<DirectedPair> out = named(in, in, texts(SOURCE, FIRST + " Updated 17:42.", SECOND));
    assertThat(out.get(0).pair().source()).isEqualTo("source");
    assertThat(out.get(1).pair().source()).isEqualTo("source");
  }

  @Test
  void theClockTimesLeftOut() {
    assertThat(GroupFactsRoot.figures("Posted 09:14, updated 9:14pm, from 14.30 Uhr or 14.30h to 8.05 h"))
        .isEmpty();
    // a race's times, a score past any hour, a time with seconds and a point-joined figure without an hour word stay
    assertThat(GroupFactsRoot.figures("in 2:05:30 and 1:45.3, won 25:23, at 12:61, 14.30 on the 123:45 mark"))
        .containsExactlyInAnyOrder("05", "30", "453", "25", "23", "12", "61", "1430", "123", "45");
    assertThat(GroupFactsRoot.figures("14.30 Uhrwerk, 10.15hours")).containsExactlyInAnyOrder("1430", "1015");
  }

  @Test
  void aTimeWrittenWithAPointAfterAWordForOClockIsAClockTimeToo() {
    // main: "09.14" after "kl." was the figure 0914, so a copy adding "Sist oppdatert kl. 09.14" stated a figure more
    assertThat(GroupFactsRoot.figures("Sist oppdatert kl. 09.14, publisert kl.8.05, klokka 21.30, Kl 7.45, klockan 10.15, klo 9.30"))
        .isEmpty();
    assertThat(GroupFactsRoot.figures("um 9.30 Uhr, 09.14 Uhr")).isEmpty();
    // without such a word, or with one that is part of another word, a point-joined pair stays a figure (a date "09.14")
    assertThat(GroupFactsRoot.figures("on 09.14 the vinkl 10.15, spekl. 11.20 and kl. 12.345 or kl. 25.10"))
        .containsExactlyInAnyOrder("0914", "1015", "1120", "12345", "2510");
  }

  @Test
  void anHourAloneAfterAWordForOClockIsAClockTimeButNotBeforeUhrOrPm() {
    // main: "kl. 14" was the figure 14, so a copy adding "Oppdatert kl. 14" stated a figure more
    assertThat(GroupFactsRoot.figures("Oppdatert kl. 14, møtet kl.15 og klokka 21. Klockan 10 i dag, klo 16 ja kello 23.")).isEmpty();
    // no clock word, a longer word ending in one, more digits, a decimal, a number past 23: figures
    assertThat(GroupFactsRoot.figures("vinkl 14 grader, kl. 145 personer, kl. 13,5 prosent, kl. 24 og 36 nye"))
        .containsExactlyInAnyOrder("14", "145", "135", "24", "36");
    // an hour before "Uhr" or "pm" is a story's time (opening hours, a start), as the development sets write them
    assertThat(GroupFactsRoot.figures("um 21 Uhr, at 10pm")).containsExactlyInAnyOrder("21", "10");
  }

  @Test
  void aPartialPairInTheGroupStopsIt() {
    // a partial copy adds a story of its own, with its own figures
    List<DirectedPair> in = unknownGroup(Relation.PARTIAL);
    assertThat(named(in, in, texts(SOURCE, FIRST, SECOND)).subList(0, 2)).containsExactlyElementsOf(in.subList(0, 2));
  }

  @Test
  void eachTextIsReadOnce() {
    List<DirectedPair> in = group();
    Map<String, Integer> asked = new HashMap<>();
    Map<String, String> texts = texts(SOURCE, FIRST, SECOND);
    GroupFactsRoot.apply(in, in, id -> {
      asked.merge(id, 1, Integer::sum);
      return GroupFactsRoot.figures(texts.get(id));
    });
    assertThat(asked.values()).allMatch(n -> n == 1);
  }

  @Test
  void theFiguresAndTheDecision() {
    assertThat(GroupFactsRoot.figures(SOURCE)).containsExactlyInAnyOrder("1920", "350", "2024");
    assertThat(GroupFactsRoot.figures("1.500 or 1,500 or 1500 people, 7 of them, and 2,5 %")).containsExactlyInAnyOrder("1500", "25");
    GroupFactsRoot.Reading root = new GroupFactsRoot.Reading(Set.of("1920", "350"), false);
    GroupFactsRoot.Reading one = new GroupFactsRoot.Reading(Set.of("1920"), false);
    GroupFactsRoot.Reading none = new GroupFactsRoot.Reading(Set.of(), false);
    assertThat(GroupFactsRoot.leads(root, false, List.of(one, none))).isTrue();
    assertThat(GroupFactsRoot.leads(root, true, List.of(one, none))).isFalse();
    assertThat(GroupFactsRoot.leads(root, false, List.of(one))).isFalse();
    assertThat(GroupFactsRoot.leads(root, false, List.of(one, root))).isFalse();
    assertThat(GroupFactsRoot.leads(root, false, List.of(one, new GroupFactsRoot.Reading(Set.of("1921"), false)))).isFalse();
    assertThat(GroupFactsRoot.leads(root, false, List.of(one, new GroupFactsRoot.Reading(Set.of(), true)))).isFalse();
    assertThat(GroupFactsRoot.leads(new GroupFactsRoot.Reading(Set.of("1920", "350"), true), false, List.of(one, none))).isFalse();
    assertThat(GroupFactsRoot.leads(none, false, List.of(none, none))).isFalse();
  }

  @Test
  void theFiguresAreReadAsTheScreensPatternReadsThem() {
    // bin/direction21/group_orders.py reads figures with Python's \d+(?:[.,]\d+)*, \d any script's decimal digit
    Pattern screen = Pattern.compile("\\d+(?:[.,]\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
    Random random = new Random(21);
    String alphabet = "0123456789.,., a-\u0661\u0662\u0967";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Set<String> expected = new HashSet<>();
      Matcher m = screen.matcher(text);
      while (m.find()) {
        String digits = m.group().replace(".", "").replace(",", "");
        if (digits.length() > 1) {
          expected.add(digits);
        }
      }
      assertThat(GroupFactsRoot.figures(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }

  @Test
  void theProvenanceStageNamesItAfterTheStyleRoot() {
    Map<String, SourceText> docs = Map.of("source", new SourceText("source", SOURCE, "a.example", null),
        "first", new SourceText("first", FIRST, "b.example", null), "second", new SourceText("second", SECOND, "c.example", null));
    Provenance provenance = new ProvenanceAnalyzer(DirectionJudge.standard(new DocumentFrequencies()), FamilyBuilder.defaults())
        .ofDirected(List.of("source", "first", "second"), group(), docs::get, id -> 100);
    assertThat(provenance.direction("source", "first").source()).isEqualTo("source");
    assertThat(provenance.direction("source", "first").evidence()).containsExactly("group_facts");
    assertThat(provenance.direction("source", "second").source()).isEqualTo("source");
    assertThat(provenance.direction("first", "second").isKnown()).isFalse();
  }


  @Test
  void itsDigitTestIsTheJdksForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(NumberRuns.isDigit((char) c, true)).as("U+%04X", c).isEqualTo(Character.isDigit((char) c));
    }
  }
}
