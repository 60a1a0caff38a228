package org.doppel.document;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences about the text itself rather than its subject: a transcript notice ("This is a rush
 * transcript. This copy may not be in its final form."), a correction or editor's note ("An earlier
 * version of this article misstated …", "Editor's note:"), a republication line ("This story was
 * originally published by …"), a copyright or opinion disclaimer ("All rights reserved", "The views
 * expressed are the author's own"), and their German forms ("Dieser Artikel erschien zuerst …",
 * "Anmerkung der Redaktion:", "Alle Rechte vorbehalten"). Every text a site or a broadcaster publishes
 * carries them, so they are no sign that two texts share more than their publisher.
 */
final class TextNotices {
  /** Words that name the text itself after "this" ("this article", "this transcript"). */
  private static final Set<String> TEXT = Set.of("article", "story", "post", "report", "piece", "transcript", "interview", "column",
      "content", "material", "page", "video", "episode", "podcast", "segment", "copy", "version", "artikel", "beitrag", "text");
  /** The determiners of a notice's subject ("this article", "dieser Artikel", "der Beitrag"). */
  private static final Set<String> DETERMINERS = Set.of("this", "dieser", "der");
  /** What a notice says the text underwent, by the verb that follows its subject ("this story has been updated"). */
  private static final Map<String, Set<String>> UNDERWENT = Map.of(
      "has", Set.of("been"),
      "was", Set.of("updated", "corrected", "amended", "edited", "originally", "first", "published", "republished", "produced",
          "adapted", "reproduced", "syndicated", "translated", "condensed", "made"),
      "is", Set.of("republished", "reproduced", "adapted", "syndicated", "part", "published", "produced", "a"),
      "originally", Set.of("appeared", "published", "ran"),
      "first", Set.of("appeared", "published", "ran"),
      "appeared", Set.of("originally", "first"),
      "may", Set.of("contain"),
      "contains", Set.of("affiliate"),
      "wurde", Set.of("aktualisiert", "korrigiert", "ergänzt", "zuerst", "erstmals", "übersetzt"),
      "erschien", Set.of("zuerst", "erstmals", "ursprünglich"));
  /** After "has been": what happened to the text, not to its subject ("this story has been heartbreaking" stays). */
  private static final Set<String> DONE = Set.of("updated", "corrected", "amended", "edited", "changed", "republished", "adapted",
      "reproduced", "syndicated", "published", "translated", "condensed", "produced", "modified", "shared");
  /** Labels that open a note about the text ("Correction:", "Editor's note:", "Anmerkung der Redaktion:"). */
  private static final Set<String> LABELS = Set.of("correction", "corrections", "clarification", "update", "updated", "note",
      "disclaimer", "disclosure", "transcript", "korrektur", "anmerkung", "hinweis", "transparenzhinweis", "aktualisierung", "nachtrag");
  /** What an opinion disclaimer says of the views it expresses ("are those of the author", "do not necessarily reflect"). */
  private static final Set<String> DISCLAIMING = Set.of("not", "those", "own", "necessarily", "author", "authors", "author's", "reflect",
      "represent");
  /** At most this many words, a fragment ending with a colon and opening with a label is the label alone. */
  static final int LABEL_WORDS = 4;

  /** Every sentence this class recognises, but a label ending in a colon or a "©" line, holds one of these words. */
  static final Set<String> TRIGGERS = SegmentWords.union(List.of("transcript", "transkript", "final", "version", "fassung", "copyright",
      "reserved", "redistributed", "vorbehalten", "expressed", "regret", "redaktion"), TEXT);

  private TextNotices() {}

  static boolean matches(String fragment, SegmentWords s) {
    if (s.endsWithColon() && s.size() <= LABEL_WORDS && (LABELS.contains(s.at(0)) || LABELS.contains(s.at(1)) || LABELS.contains(s.at(s.size() - 1)))) {
      return true;
    }
    return transcript(s) || aboutThisText(s) || earlierVersion(s) || rights(fragment, s)
        || (s.hasPair("views", "expressed") || s.hasPair("opinions", "expressed")) && s.hasAny(DISCLAIMING)
        || s.hasPair("regret", "the") && s.has("error")
        || s.hasPair("der", "redaktion") && (s.has("anmerkung") || s.has("hinweis"));
  }

  /** "This is a rush transcript", "This copy may not be in its final form". */
  private static boolean transcript(SegmentWords s) {
    return (s.has("transcript") || s.has("transkript"))
        && (s.has("rush") || s.hasPair("this", "transcript") || s.hasPair("final", "form"))
        || s.hasPair("final", "form") && s.has("copy") && s.has("may");
  }

  /** "This article was originally published …", "This story has been updated", "Dieser Artikel erschien zuerst …". */
  private static boolean aboutThisText(SegmentWords s) {
    if (!s.hasAny(DETERMINERS) || !s.hasAny(TEXT)) {
      return false;
    }
    for (int i = 0; i + 2 < s.size(); i++) {
      String determiner = s.at(i);
      if (!DETERMINERS.contains(determiner) || !TEXT.contains(s.at(i + 1))) {
        continue;
      }
      Set<String> then = UNDERWENT.get(s.at(i + 2));
      String third = s.at(i + 3);
      if (then != null && then.contains(third) && (!third.equals("been") || DONE.contains(s.at(i + 4)))
          && (!third.equals("a") || s.has("transcript"))) {
        return true;
      }
    }
    return false;
  }

  /** "An earlier version of this article …", "In einer früheren Version dieses Artikels …". */
  private static boolean earlierVersion(SegmentWords s) {
    return (s.hasPair("earlier", "version") || s.hasPair("previous", "version")) && s.has("this")
        || s.hasPair("früheren", "version") || s.hasPair("früheren", "fassung");
  }

  private static boolean rights(String fragment, SegmentWords s) {
    return fragment.indexOf('©') >= 0 || s.at(0).equals("copyright") || s.hasPair("rights", "reserved") || s.has("redistributed")
        || s.hasPair("rechte", "vorbehalten");
  }
}
