package org.doppel.ingest;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a file of no kind Doppel reads is told: what it is and how to make it one Doppel reads, for the kinds a
 * newsroom's export holds beside its articles (XML that is no feed, mails, office documents), which "not a
 * supported file type" left the user to work out; the list of kinds read for any other. Looked up by the extension
 * under a compression's ({@code feed.xml.gz} is XML).
 */
final class UnreadFileKinds {
  /** What a file of no extension whose first bytes look binary ({@link StandardInput.Opened#binary}) is told. */
  static final String BINARY_WITHOUT_EXTENSION = "no extension, and its first bytes look binary (NUL or many control bytes), not text: "
      + CorpusReader.UNSUPPORTED;
  private static final String WORD_PROCESSOR = "pandoc -t plain, or the word processor's \"save as\"";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("eml", asText("a mail", "its body, not its headers") + " or .html"),
      Map.entry("mbox", asText("a mailbox", "one file a mail, its body, not its headers") + " or .html"),
      Map.entry("docx", asText("a Word document", WORD_PROCESSOR)),
      Map.entry("doc", asText("a Word document", "the word processor's \"save as\"")),
      Map.entry("odt", asText("an OpenDocument text", WORD_PROCESSOR)),
      Map.entry("rtf", asText("a Rich Text file", WORD_PROCESSOR)),
      Map.entry("pdf", asText("a PDF", "pdftotext")));

  private UnreadFileKinds() {}

  /** The problem's words for {@code fileName}, a name of no kind Doppel reads ({@link InputFormat}, {@link ArchiveFormat}). */
  static String message(String fileName) {
    return OtherCompression.message(fileName).orElseGet(() -> {
      String name = Compression.strip(fileName.toLowerCase(Locale.ROOT));
      int dot = name.lastIndexOf('.');
      return dot < 0 ? CorpusReader.UNSUPPORTED : BY_EXTENSION.getOrDefault(name.substring(dot + 1), CorpusReader.UNSUPPORTED);
    });
  }

  /**
   * The problem's words for {@code fileName}, a feed's name ({@link InputFormat#FEED}) whose root element, {@code root}
   * (null when none was found in the bytes looked at), is no feed's: a sitemap or a CMS export saved as .xml.
   */
  static String notAFeed(String fileName, @Nullable String root) {
    String name = Compression.strip(fileName.toLowerCase(Locale.ROOT));
    String extension = name.substring(name.lastIndexOf('.') + 1);
    String kind = (extension.equals("xml") ? "XML" : "a ." + extension + " file")
        + (root == null ? " with no root element in its first " + FeedRoot.SNIFFED_BYTES / 1024 + " KB" : " whose root element is <" + root + ">")
        + ", not an RSS or Atom feed (<rss>, <feed> in the Atom namespace, <rdf:RDF> with RSS 1.0's)";
    return feed(kind);
  }

  private static String feed(String kind) {
    return kind + ", which Doppel does not read: " + asJsonLines("items") + ", or save the items' pages as .html";
  }

  private static String asJsonLines(String parts) {
    return "write its " + parts + " as JSON Lines (one object a line, with an \"id\" and the text as \"text\", \"body\" or"
        + " \"content\"; \"title\", \"url\" and \"date\" are read too), which Doppel reads";
  }

  private static String asText(String kind, String how) {
    return kind + ", which Doppel does not read: save or convert its text as .txt (" + how + ")";
  }
}
