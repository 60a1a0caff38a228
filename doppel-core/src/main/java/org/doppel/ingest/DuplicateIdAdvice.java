package org.doppel.ingest;

import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a user whose corpus gives one id to two documents. Ids made from file paths clash when two folders
 * given side by side hold the same names, and naming a folder that holds both fixes it; that advice is wrong for a
 * record that names its own id (a JSON Lines {@code "id"}, whether the other is a record or a file), for two files of
 * one folder whose names differ only in the extension an id leaves out, for an archive's member and a file of the folder
 * beside it named as the archive without its extension (whose ids clash in any folder that holds both), for a crawl
 * that fetched one address twice, and for a feed's item, whose id is its guid or link (the same item in two feeds of a
 * site is one id, read once).
 * In the core so that {@code doppel scan} and the Spark job, which finds the first of an id across its partitions, say
 * it alike.
 */
public final class DuplicateIdAdvice {
  /** A record's location: its file, then ":LINE" (JSON Lines) or "@OFFSET" and an optional "#RECORD" (WARC). */
  private static final Pattern RECORD = Pattern.compile("(.*)(?::\\d+|@\\d+(?:#\\d+)?)");
  private static final String FOLDERS = "to keep both, give a folder that holds both, so that their ids include their folders";
  private static final String OWN_ID = "a record's id is its own \"id\" field, the same in any folder: give one of them another to keep both";

  private static final String FEEDS = "a feed item's id is its guid (Atom: its <id>), else its link, so the same item in two feeds"
      + " has one id: it is read once, from the first";
  private static final String FEED_ITEM = "a feed item's id is its guid (Atom: its <id>), else its link, the same in any folder: give the"
      + " other document another id (a record's \"id\", a file's name) to keep both";

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
    boolean aRecord = a.matches();
    boolean bRecord = b.matches();
    if (aRecord && bRecord && a.group(1).equals(b.group(1))) {
      return isCrawlPage(second, b) ? "the crawl holds this address twice; its first capture is kept" : "the file holds this id twice; the first is kept";
    }
    boolean aItem = aRecord && isFeedItem(a);
    boolean bItem = bRecord && isFeedItem(b);
    if (aItem || bItem) {
      return aItem && bItem ? FEEDS : FEED_ITEM;
    }
    if ((aRecord && !isCrawlPage(first, a)) || (bRecord && !isCrawlPage(second, b))) {
      return OWN_ID;
    }
    if (!aRecord && !bRecord && (isMemberOfArchiveBesideFolder(first, second) || isMemberOfArchiveBesideFolder(second, first))) {
      return "an archive's members take their ids under its name without the extension, as the files of the folder of that name"
          + " beside it do: to keep both, give the folder and the archive as paths of their own, or rename one";
    }
    if (!aRecord && !bRecord && folderOf(first).equals(folderOf(second))) {
      // a.txt beside a.html, or a.txt beside a.txt.gz: the folder given already holds both
      return "both files are in one folder and their names differ only in the extension, which an id leaves out: rename one to keep both";
    }
    return FOLDERS;
  }

  /**
   * Whether {@code member} lies in an archive ({@code DIR/export.tar!/2024/pier.txt}) whose path without the extension
   * is a folder that holds {@code file} ({@code DIR/export/2024/pier.txt}): no folder given holds one without the other.
   */
  private static boolean isMemberOfArchiveBesideFolder(String member, String file) {
    int bang = member.indexOf(ArchiveReader.MEMBER_SEPARATOR);
    if (bang < 0 || file.contains(ArchiveReader.MEMBER_SEPARATOR)) {
      return false;
    }
    String archive = member.substring(0, bang);
    return ArchiveFormat.of(archive).map(format -> format.strip(archive))
        .filter(folder -> file.startsWith(folder + "/") || file.startsWith(folder + File.separator))
        .isPresent();
  }

  /** Whether a record's location ({@code FILE:LINE}) is a feed's item: its file a feed's by its name. */
  private static boolean isFeedItem(Matcher record) {
    return InputFormat.of(record.group(1)).filter(format -> format == InputFormat.FEED).isPresent();
  }

  private static boolean isCrawlPage(String origin, Matcher record) {
    return origin.startsWith("@", record.group(1).length());
  }

  /** The folder (or archive and member folder, {@code ARCHIVE!/DIR}) a file's origin lies in. */
  private static String folderOf(String file) {
    return file.substring(0, Math.max(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf(File.separatorChar))));
  }
}
