package org.doppel.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * What a file of no kind Doppel reads is told: what it is and how to make it one Doppel reads, for the kinds a
 * newsroom's export holds beside its articles (a CMS's feeds and tables, mails, office documents), which "not a
 * supported file type" left the user to work out; the list of kinds read for any other. Looked up by the extension
 * under a compression's ({@code feed.xml.gz} is XML).
 */
final class UnreadFileKinds {
  private static final String AS_JSON_LINES = "write its items as JSON Lines (one object a line, with an \"id\" and the text as"
      + " \"text\", \"body\" or \"content\"; \"title\", \"url\" and \"date\" are read too), which Doppel reads";
  private static final String AS_TEXT = ", which Doppel does not read: save or convert its text as .txt (";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("csv", "a table (CSV), which Doppel does not read: " + AS_JSON_LINES.replace("its items", "its rows")),
      Map.entry("tsv", "a table (TSV), which Doppel does not read: " + AS_JSON_LINES.replace("its items", "its rows")),
      Map.entry("xml", "XML (an RSS or Atom feed, a CMS export), which Doppel does not read: " + AS_JSON_LINES
          + ", or save the items' pages as .html"),
      Map.entry("rss", "an RSS feed, which Doppel does not read: " + AS_JSON_LINES + ", or save the items' pages as .html"),
      Map.entry("atom", "an Atom feed, which Doppel does not read: " + AS_JSON_LINES + ", or save the items' pages as .html"),
      Map.entry("eml", "a mail" + AS_TEXT + "its body, not its headers) or .html"),
      Map.entry("mbox", "a mailbox" + AS_TEXT + "one file a mail, its body, not its headers) or .html"),
      Map.entry("docx", "a Word document" + AS_TEXT + "pandoc -t plain, or the word processor's \"save as\")"),
      Map.entry("doc", "a Word document" + AS_TEXT + "the word processor's \"save as\")"),
      Map.entry("odt", "an OpenDocument text" + AS_TEXT + "pandoc -t plain, or the word processor's \"save as\")"),
      Map.entry("rtf", "a Rich Text file" + AS_TEXT + "pandoc -t plain, or the word processor's \"save as\")"),
      Map.entry("pdf", "a PDF" + AS_TEXT + "pdftotext)"));

  private UnreadFileKinds() {}

  /** The problem's words for {@code fileName}, a name of no kind Doppel reads ({@link InputFormat}, {@link ArchiveFormat}). */
  static String message(String fileName) {
    return OtherCompression.message(fileName).orElseGet(() -> {
      String name = Compression.strip(fileName.toLowerCase(Locale.ROOT));
      int dot = name.lastIndexOf('.');
      return dot < 0 ? CorpusReader.UNSUPPORTED : BY_EXTENSION.getOrDefault(name.substring(dot + 1), CorpusReader.UNSUPPORTED);
    });
  }
}
