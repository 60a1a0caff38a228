package org.doppel.match;

/** German texts written for the tests: an article, a simplified rewrite of it, and an independent one on its subject. */
public final class GermanTexts {
  /** A local news item. */
  public static final String ORIGINAL = """
      Der Gemeinderat von Oberweiler hat am Dienstagabend beschlossen, die alte Stadtbibliothek am Marktplatz umfassend zu sanieren.
      Die Sanierungskosten werden auf rund zwei Millionen Euro geschätzt, wovon das Land Rheinland-Pfalz etwa die Hälfte übernimmt.
      Während der Bauarbeiten, die im kommenden Frühjahr beginnen sollen, zieht die Bücherei vorübergehend in das ehemalige Rathausgebäude.
      Bürgermeisterin Karin Vollmer betonte, die Bibliothek sei ein unverzichtbarer Treffpunkt für Familien, Schüler und ältere Menschen.
      Neben einer barrierefreien Eingangshalle sind ein Lesecafé und neue Arbeitsplätze mit Internetzugang geplant.
      Die Wiedereröffnung ist für den Herbst des übernächsten Jahres vorgesehen.""";
  /** The item simplified for learners: plainer words, shorter sentences, details left out. */
  public static final String SIMPLIFIED = """
      In Oberweiler wird die alte Bibliothek am Marktplatz saniert. Das hat der Gemeinderat beschlossen.
      Die Sanierung kostet ungefähr zwei Millionen Euro. Das Land bezahlt die Hälfte davon.
      Während der Bauarbeiten ist die Bücherei im alten Rathaus.
      Die Bürgermeisterin sagt: Die Bibliothek ist ein wichtiger Treffpunkt für Familien und Schüler.
      Es soll auch ein Lesecafé und Arbeitsplätze mit Internet geben.""";
  /**
   * The item in easy language ("Leichte Sprache"): one short statement a line, compounds split with a hyphen, hard words
   * explained, so it has more words than the original and none of its long sentences.
   */
  public static final String EASY = """
      Es geht um die Stadt Oberweiler.
      In Oberweiler gibt es eine alte Stadt-Bibliothek.
      Eine Bibliothek ist ein Haus mit vielen Büchern.
      Die Bibliothek ist am Markt-Platz.
      Der Gemeinde-Rat hat am Dienstag etwas beschlossen.
      Der Gemeinde-Rat sind Menschen, die für die Stadt entscheiden.
      Die alte Bibliothek wird saniert.
      Saniert heißt: Das Haus wird repariert und schöner gemacht.
      Das kostet ungefähr zwei Millionen Euro.
      Das Land Rheinland-Pfalz bezahlt ungefähr die Hälfte.
      Die Bau-Arbeiten beginnen im Frühjahr.
      Dann zieht die Bücherei für eine Zeit um.
      Sie ist dann im alten Rat-Haus.
      Die Bürger-Meisterin heißt Karin Vollmer.
      Sie sagt: Die Bibliothek ist ein wichtiger Treff-Punkt.
      Dort treffen sich Familien, Schüler und alte Menschen.
      Es gibt bald einen Eingang ohne Stufen.
      Es gibt auch ein Lese-Café.
      Und es gibt neue Arbeits-Plätze mit Internet.
      Die Bibliothek macht im Herbst in zwei Jahren wieder auf.""";
  /** Another text on a library, written independently. */
  public static final String INDEPENDENT = """
      Viele Gemeinden in Deutschland kämpfen mit sinkenden Ausleihzahlen in ihren öffentlichen Büchereien.
      Experten empfehlen deshalb, Bibliotheken zu offenen Orten der Begegnung umzugestalten, mit längeren Öffnungszeiten am Wochenende.
      In skandinavischen Ländern gelten solche Häuser längst als zweites Wohnzimmer der Stadtgesellschaft.
      Auch digitale Angebote wie E-Books und Hörbücher werden immer stärker nachgefragt.
      Kritiker warnen allerdings, dass ohne zusätzliches Personal kaum etwas davon umzusetzen sei.""";
  /** English text that uses a few words German shares ("die", "in", "an", "so"). */
  public static final String ENGLISH = """
      The council voted in favour of renovating the old library on the market square, so the work can begin next spring.
      An estimated two million euros will be spent, and the state has agreed to pay about half of the costs.
      Plants in the reading garden may die during the works, the gardener warned.""";

  private GermanTexts() {}
}
