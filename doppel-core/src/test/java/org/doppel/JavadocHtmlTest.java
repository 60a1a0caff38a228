package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's javadoc builds: the javadoc tool refuses a comment holding an ampersand that starts no HTML entity
 * ("error: bad HTML entity"), and one such comment ("PDQ & TMK") stopped the whole API's documentation, which an
 * embedder's {@code mvn javadoc:jar} or IDE makes. Reading every comment is what the tool does too, at a minute here.
 */
class JavadocHtmlTest {
  private static final Pattern COMMENT = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);)");
  /** Code, where an ampersand is Java's: {@code a && b}, and {@literal <pre>} blocks the tool also leaves alone. */
  private static final Pattern CODE = Pattern.compile("\\{@(?:code|literal)\\s(?:[^{}]|\\{[^{}]*\\})*\\}");

  static List<String> bareAmpersands(String source) {
    List<String> found = new ArrayList<>();
    Matcher comment = COMMENT.matcher(source);
    while (comment.find()) {
      String text = CODE.matcher(comment.group()).replaceAll("");
      Matcher ampersand = BARE_AMPERSAND.matcher(text);
      while (ampersand.find()) {
        int from = Math.max(0, ampersand.start() - 30);
        found.add(text.substring(from, Math.min(text.length(), ampersand.end() + 30)).replaceAll("\\s+", " "));
      }
    }
    return found;
  }

  @Test
  void anAmpersandThatStartsNoEntityIsFoundAndEntitiesAndCodeAreNot() {
    assertThat(bareAmpersands("/** Dalins et al., \"PDQ & TMK + PDQF\". */ int x;")).singleElement().asString().contains("PDQ & TMK");
    assertThat(bareAmpersands("/** PDQ &amp; TMK, &#38; and &#x26;; {@code a && b}. */\n// a & b\nint y = 1 & 2;")).isEmpty();
  }

  @Test
  void noJavadocCommentOfTheLibraryHoldsABareAmpersand() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
        try {
          bareAmpersands(Files.readString(file)).forEach(at -> found.add(file + ": " + at));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    assertThat(found).as("write & as &amp; in javadoc").isEmpty();
  }
}
