package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublisherNamesTest {
  @Test
  void theSitesNameOrHostMakesAnOrganisationButNotOnAPersonsOwnSite() {
    assertThat(PublisherNames.isOrganisation("Harbour Gazette", "The Harbour Gazette", null)).isTrue();
    assertThat(PublisherNames.isOrganisation("Newsdesk Gazette", null, "www.gazette.example")).isTrue();
    assertThat(PublisherNames.isOrganisation("Jane Voe", null, "jane.example")).isFalse();
    assertThat(PublisherNames.isOrganisation("Jane Voe", "The Harbour Gazette", "gazette.example")).isFalse();
  }

  @Test
  void aWriterBesideThePublishersNameIsKeptAndADeskIsNot() {
    assertThat(PublisherNames.withoutOrganisation("Harbour Gazette - Ana Pérez", "Harbour Gazette", null)).isEqualTo("Ana Pérez");
    assertThat(PublisherNames.withoutOrganisation("Harbour Gazette – Meinung", "Harbour Gazette", null)).isNull();
    assertThat(PublisherNames.withoutOrganisation("Ana Pérez", "Harbour Gazette", null)).isEqualTo("Ana Pérez");
    assertThat(PublisherNames.withoutOrganisation(null, "Harbour Gazette", null)).isNull();
  }

  @Test
  void theHolderTheNewsroomAndAgenciesAreNoWriters() {
    assertThat(PublisherNames.isHolder("Harbour  GAZETTE", "Harbour Gazette")).isTrue();
    assertThat(PublisherNames.isHolder("Jane Voe", null)).isFalse();
    assertThat(PublisherNames.isNewsroom("Die Online-Redaktion")).isTrue();
    assertThat(PublisherNames.isNewsroom("Webredaktion")).isTrue();
    assertThat(PublisherNames.isNewsroom("Anna Redaktion")).isFalse();
    assertThat(PublisherNames.isAgency("Reuters und AFP")).isTrue();
    assertThat(PublisherNames.isAgency("Jane Voe, dpa")).isFalse();
  }
}
