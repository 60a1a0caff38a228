package org.doppel.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a user whose corpus gives one id to two documents. Ids made from file paths clash when two folders
 * given side by side hold the same names, and naming a folder that holds both fixes it; that advice is wrong for a
 * record that names its own id (a JSON Lines {@code "id"}) and for a crawl that fetched one address twice. In the core
 * so that {@code doppel scan} and the Spark job, which finds the first of an id across its partitions, say it alike.
 */
public final class DuplicateIdAdvice {
  /** A record's location: its file, then ":LINE" (JSON Lines) or "@OFFSET" and an optional "#RECORD" (WARC). */
  private static final Pattern RECORD = Pattern.compile("(.*)(?::\\d+|@\\d+(?:#\\d+)?)");

  private DuplicateIdAdvice() {}

  /**
   * The problem line for the document at {@code second} skipped because the one at {@code first} (a document's
   * origin: its file, with a line or record offset) was read first with the same {@code id}.
   */
  public static String line(String id, String first, String second) {
    return second + ": duplicate document id '" + id + "', already read from " + first + " (skipped; " + of(first, second) + ")";
  }

  /** The advice, for the document at {@code second} whose id the one at {@code first} already has. */
  static String of(String first, String second) {
    Matcher a = RECORD.matcher(first);
    Matcher b = RECORD.matcher(second);
    if (!a.matches() || !b.matches()) {
      return "to keep both, give a folder that holds both, so that their ids include their folders";
    }
    boolean crawl = second.startsWith("@", b.group(1).length());
    if (a.group(1).equals(b.group(1))) {
      return crawl ? "the crawl holds this address twice; its first capture is kept" : "the file holds this id twice; the first is kept";
    }
    return crawl ? "to keep both, give a folder that holds both, so that their ids include their folders"
        : "a record's id is its own \"id\" field, the same in any folder: give one of them another to keep both";
  }
}
