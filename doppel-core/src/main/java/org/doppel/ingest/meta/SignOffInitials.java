package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The writer's initials that end an article's text, as German local papers and weeklies sign a report: "… am
 * Sportplatz an. (ab)", or "(ab)" alone under the text. Where the page lists its staff with their initials ("Karin
 * Seitz (ks)"), the name is the author; else the initials are what the page says of who wrote it. An agency's or the
 * newsroom's mark ("(dpa)", "(red)") names no person.
 */
final class SignOffInitials {
  private static final Pattern SIGN_OFF = Pattern.compile("(?:^|[.!?…“\"]\\s*)\\((\\p{Ll}{2,3})\\)$");
  private static final Set<String> NOT_A_WRITER = Set.of("dpa", "afp", "ap", "apa", "kna", "epd", "sid", "dts", "ddp", "ots",
      "red", "pm", "pd", "anz", "sda", "rtr", "zvg", "eb");

  private SignOffInitials() {}

  /** The author the article's sign-off initials name, when its text (outside {@code elsewhere}: comments, teasers) ends so. */
  static Optional<String> of(Document page, Evaluator elsewhere) {
    for (Element paragraph : page.select("p")) {
      String text = paragraph.text().strip();
      Matcher signOff = SIGN_OFF.matcher(text);
      if (!signOff.find() || paragraph.closest(elsewhere) != null || NOT_A_WRITER.contains(signOff.group(1))) {
        continue;
      }
      String initials = signOff.group(1);
      return Optional.of(spelledOut(page, initials).orElse(initials));
    }
    return Optional.empty();
  }

  /** The name a staff list gives before {@code initials} in brackets: "Redaktion: Jana Beispiel (jb), Max Muster (mm)". */
  private static Optional<String> spelledOut(Document page, String initials) {
    Matcher named = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\s*\\(" + initials + "\\)")
        .matcher(page.body() == null ? "" : page.body().text());
    return named.find() ? Optional.of(named.group(1)) : Optional.empty();
  }
}
