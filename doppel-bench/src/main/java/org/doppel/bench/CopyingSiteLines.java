package org.doppel.bench;

import java.util.SplittableRandom;

/**
 * The lines a copying site puts around an article it takes: its own byline and dateline, above or below the title,
 * and its copyright footer, so that a copy's text differs from its original's outside the article.
 */
final class CopyingSiteLines {
  private CopyingSiteLines() {}

  /** Adds a copying site's byline, dateline and footer; {@code always} or else at random. */
  static String around(String text, SplittableRandom random, boolean always) {
    if (!always && random.nextInt(3) == 0) {
      return text;
    }
    int newline = text.indexOf('\n');
    String title = text.substring(0, newline);
    String body = text.substring(newline);
    String byline = "By " + WordModel.NEWS.name(random);
    String dateline = "Published " + WordModel.NEWS.fullDate(random);
    String footer = "© " + (2012 + random.nextInt(12)) + " " + WordModel.NEWS.site(random) + ". All rights reserved.";
    StringBuilder out = new StringBuilder(text.length() + 120);
    if (random.nextBoolean()) {
      out.append(byline).append('\n').append(dateline).append("\n\n").append(title);
    } else {
      out.append(title).append("\n\n").append(byline).append('\n').append(dateline);
    }
    return out.append(body).append("\n\n").append(footer).append('\n').toString();
  }
}
