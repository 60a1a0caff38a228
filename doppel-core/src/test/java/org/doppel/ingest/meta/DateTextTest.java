package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "Published 3 March 2019; 2019-03-03; -",
      "March 3, 2019 10:42 AM; 2019-03-03; 10:42",
      "July 9, 2018 7:11 PM; 2018-07-09; 19:11",
      "2019-03-03; 2019-03-03; -",
      "2019-03-03 10:42; 2019-03-03; 10:42",
      "2019-03-03T22:15:00+01:00; 2019-03-03; 22:15",
      "On 3rd March 2019; 2019-03-03; -",
      "Updated: 13/03/2019 14:05; 2019-03-13; 14:05",
      "03/13/2019; 2019-03-13; -",
      "Tue 5 Mar 2019; 2019-03-05; -",
      "Tuesday, March 5, 2019; 2019-03-05; -",
      "Posted on Mar 5, 2019; 2019-03-05; -",
      "5 March 2019, 14:05; 2019-03-05; 14:05",
      "By Johny in News On 2nd April 2025; 2025-04-02; -",
      "Veröffentlicht am 5. März 2019; 2019-03-05; -",
      "05.03.2019, 14:05 Uhr; 2019-03-05; 14:05",
      "Von der Redaktion 5. 3. 2019.; 2019-03-05; -",
      "am 5. 3.2019 um 9:30 Uhr; 2019-03-05; 09:30",
      "Von der Redaktion 5.\u20093.\u20092019; 2019-03-05; -",
      "5.\u00a0März\u00a02019; 2019-03-05; -",
      "Stand: 5. Maerz 2019; 2019-03-05; -",
      "Wien, 7. Jän. 2019; 2019-01-07; -",
      "Berlin, 4. Febr. 2022; 2022-02-04; -",
      "Lisboa, 4 de fev. de 2022; 2022-02-04; -",
      "le 12 février 2020 à 10h30; 2020-02-12; 10:30",
      "Opublikowano 3 marca 2022, 10:15; 2022-03-03; 10:15",
      "3 maart 2022; 2022-03-03; -",
      "Aktualizováno 3. března 2022; 2022-03-03; -",
      "Yayınlanma: 3 Mart 2022; 2022-03-03; -",
      "3 марта 2022; 2022-03-03; -",
      "发布时间：2022年3月3日 10:15; 2022-03-03; 10:15",
      "23 de marzo de 2021; 2021-03-23; -",
      "5 maggio 2021; 2021-05-05; -",
      "12 setembro 2020; 2020-09-12; -",
      "3 janv. 2022; 2022-01-03; -",
      "7 dic 2021; 2021-12-07; -",
      "ma 14 mrt 2022, 14:05; 2022-03-14; 14:05",
      "3 mag 2021; 2021-05-03; -",
      "12 ott 2020; 2020-10-12; -",
      "4. desember 2021; 2021-12-04; -"})
  void readsTheDateAndTheTimeWhenShown(String text, LocalDate date, LocalTime time) {
    DateText.DateTime found = DateText.find(text).orElseThrow();
    assertThat(found.date()).isEqualTo(date);
    assertThat(found.time()).isEqualTo(time);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"31 February 2019", "no date here", "version 1.2.3", "in 1850 and 2020", "12/13/14", "Punkt 13. 14. 2019"})
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(DateText.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void readsAmbiguousSlashDatesMonthFirstOnlyWhenAsked() {
    assertThat(DateText.find("03/04/2019").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 4, 3));
    assertThat(DateText.find("03/04/2019", true).orElseThrow().date()).isEqualTo(LocalDate.of(2019, 3, 4));
  }

  @org.junit.jupiter.api.Test
  void takesTheEarliestDateInTheText() {
    assertThat(DateText.find("Updated 2 May 2020, first published 1 April 2020").orElseThrow().date())
        .isEqualTo(LocalDate.of(2020, 5, 2));
  }
}
