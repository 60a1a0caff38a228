package org.doppel.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bylines as pages write them, written for the test, and the name each leaves. */
class AuthorNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " -> ", quoteCharacter = '"', textBlock = """
      # the service a writer reports for is no part of the name
      By Jane Voe, Local Democracy Reporting Service -> Jane Voe
      Anna Muster, Evangelischer Pressedienst -> Anna Muster
      # a person's role stays cut as before, a name with no affiliation stays whole
      Jane Voe, professor of law -> Jane Voe
      Sam Service -> Sam Service
      # a job title after a comma goes, as an affiliation does
      By Dana Sample, Contributing Writer -> Dana Sample
      Interview: Lena Probe -> Lena Probe
      # a credit for the text and the pictures is the label of one credit, as on a credit line after the text
      Text und Fotos: Erika Musterfrau -> Erika Musterfrau
      Text und Bild: Erika Musterfrau -> Erika Musterfrau
      # the kind of piece before "von" or "by": a commentary, an analysis, a column
      Ein Kommentar von Erik Muster -> Erik Muster
      Eine Analyse von Lena Probe -> Lena Probe
      Opinion by Dana Sample -> Dana Sample
      # a club's or office's function after a comma goes; a second writer's name after a comma stays
      Text: Hans Muster, Obmann -> Hans Muster
      Erika Beispiel, stellvertretende Vorsitzende -> Erika Beispiel
      Jan Probe, Pressewart -> Jan Probe
      Anna Muster, Hans Leiter -> Anna Muster, Hans Leiter
      # a title before one word is a brand's name, not a person's: kept whole
      Dr. Beispiel -> Dr. Beispiel
      Dr. Ilse Beispiel und Dr. Erik Muster -> Ilse Beispiel und Erik Muster
      # the credit for the text in a line of credits names the writer, not the photographer
      Anna Muster (Text), Erik Beispiel (Fotos) -> Anna Muster
      # the paper's own correspondent, and the place after a "Von" byline
      Von unserem Korrespondenten Jan Probe -> Jan Probe
      Von Anna Muster, Berlin -> Anna Muster
      Von Anna Muster und Erik Beispiel, Frankfurt am Main -> Anna Muster und Erik Beispiel
      # a second writer and the newsroom are not places
      Von Anna Muster, Erik Beispiel -> Anna Muster, Erik Beispiel
      Anna Muster, Redaktion -> Anna Muster, Redaktion
      # a job title after a bar or a dash, a desk after a German job title, a wire's full name after a comma
      Dana Sample | Staff writer -> Dana Sample
      Dana Sample - Senior Reporter -> Dana Sample
      Autor: Anna Muster, Redakteurin Politik -> Anna Muster
      By Dana Sample, Associated Press -> Dana Sample
      # a parish office after the name, as ROLE_PREFIX reads it before one
      Text: Ottilie Brunnhuber, Sozialdiakonin -> Ottilie Brunnhuber
      Gottlieb Reinsch, Pastor -> Gottlieb Reinsch
      # a time after a poster's name; a weekday with no date after it stays (a paper may be named so)
      posted by Tamsin Holloway at 12:53 -> Tamsin Holloway
      Tamsin Holloway à 9h30 -> Tamsin Holloway
      Harbourtown on Sunday -> Harbourtown on Sunday
      # a picture's credit after the writer's, after a separator, in any case and spacing
      Von Anna Muster / fotos: Erik Beispiel -> Anna Muster
      Jane Voe|Photo:Sam Quist -> Jane Voe
      Text: Lena Probe, Grafik: Erik Beispiel -> Lena Probe
      # the office with which a school, a club or a council signs its news, after a comma: English offices, a teacher and a class
      By Dana Sample, Communications Coordinator -> Dana Sample
      Posted by Jane Voe, Parish Secretary -> Jane Voe
      Text: Erik Beispiel, Klassenlehrer 7c -> Erik Beispiel
      Lena Probe, Lehrerin -> Lena Probe
      By Jane Voe, Marketing Manager -> Jane Voe
      # initials before a surname, and a name in capitals, stay as written
      JD Voe -> JD Voe
      ANNA MUSTER -> ANNA MUSTER
      # a German WordPress theme's link to the writer's posts, whose verb ends the sentence
      Alle Beiträge von Erika Musterfrau anzeigen → -> Erika Musterfrau
      Alle Artikel von E. Beispiel anzeigen -> E. Beispiel
      """)
  void aBylineLeavesTheWritersName(String byline, String name) {
    assertThat(AuthorNames.clean(byline, null)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"webadmin", "siteadmin", "wpadmin"})
  void aCmsAccountIsNoWritersName(String account) {
    assertThat(AuthorNames.clean(account, null)).isNull();
  }

  /** An author box's heading, which templates class like the writer's name under it ("about-author"). */
  @ParameterizedTest
  @CsvSource({"Über die Autorin", "Über den Autor", "ABOUT THE AUTHOR", "About the authors", "Zur Autorin"})
  void anAuthorBoxsHeadingIsNoWritersName(String heading) {
    assertThat(AuthorNames.clean(heading, null)).isNull();
  }

  /** A date line's label, which a blog theme classes like the byline beside it ("meta-prep-author"). */
  @ParameterizedTest
  @CsvSource({"Veröffentlicht am", "Veröffentlicht in", "Posted on", "Publié le", "Publicado el", "Erschienen am"})
  void aDateLinesLabelIsNoWritersName(String label) {
    assertThat(AuthorNames.clean(label, null)).isNull();
  }
}
