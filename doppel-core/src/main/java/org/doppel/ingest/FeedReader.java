package org.doppel.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;

/**
 * Reads a news feed, one document an item: RSS 2.0 ({@code <rss><channel><item>}), RSS 1.0 ({@code <rdf:RDF>…<item>})
 * and Atom ({@code <feed><entry>}), told apart by the root element ({@link FeedRoot}); what an item gives is read by
 * {@link FeedItem}. The file is parsed an item at a time by jsoup's XML parser, which reads what a browser's feed reader
 * reads of a sloppy feed (an HTML entity, an unescaped ampersand) and expands no entity a doctype declares, so no
 * entity reaches outside the file or multiplies itself; each item is dropped once read, and the text since the last
 * item is bounded by the document limit, so a huge feed costs one item's memory. A feed cut short gives the items that
 * ended, and the file is named with what is wrong; an {@code .xml} file whose root is no feed keeps the advice of a
 * file Doppel does not read ({@link UnreadFileKinds}).
 */
final class FeedReader {
  private final Consumer<IngestProblem> problems;
  private final long maxDocumentBytes;

  FeedReader(Consumer<IngestProblem> problems, long maxDocumentBytes) {
    this.problems = problems;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /**
   * Reads the items of {@code in}, the file {@code fileName} at {@code location}, into {@code sink} as documents, and
   * ends with a note of what the file gave ("RSS feed: 12 items read"), as a JSON Lines file's note does.
   *
   * @param fileId the id prefix of an item with neither a guid nor a link ({@code fileId#position})
   */
  void read(InputStream in, String fileId, String location, String fileName, Consumer<SourceText> sink) throws IOException {
    readArticles(in, fileId, location, fileName, item -> sink.accept(item.toSourceText()));
  }

  /**
   * As {@link #read}, each item handed on as the article {@code extract} shows (the page reader's extraction of its
   * body, with what the item declares), from which its document is made.
   */
  void readArticles(InputStream in, String fileId, String location, String fileName, Consumer<ExtractedPage> sink) throws IOException {
    byte[] head = in.readNBytes(FeedRoot.SNIFFED_BYTES);
    if (TextDecoder.looksBinary(head, head.length) && !TextDecoder.hasUtf16Mark(head, head.length)) {
      throw new IngestException("looks like a binary file, not a feed (it contains NUL or many control bytes)");
    }
    FeedRoot root = FeedRoot.of(head);
    FeedRoot.Kind kind = root.kind();
    if (kind == null) {
      problems.accept(new IngestProblem(location, UnreadFileKinds.notAFeed(fileName, root.root()), true));
      return;
    }
    BoundedReader text = new BoundedReader(new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(head), in), root.charset()),
        maxDocumentBytes);
    Items items = new Items(new FeedItem.Reading(fileId, location, problems));
    try (StreamParser parser = new StreamParser(Parser.xmlParser().setTrackPosition(true)).parse(text, "")) {
      readItems(parser, kind, text, items, sink);
      Element rootElement = parser.document().firstElementChild();
      if (rootElement != null && rootElement.endSourceRange().isImplicit()) {
        problems.accept(new IngestProblem(location, "the feed is cut short: its <" + rootElement.tagName() + "> never ends"
            + items.readBefore(), false));
      }
    } catch (IOException e) {
      stopped(e, location, text, items);
    } catch (UncheckedIOException e) {
      stopped(Objects.requireNonNull(e.getCause()), location, text, items);
    }
    problems.accept(IngestProblem.note(location, kind.words + ": " + items.summary()));
  }

  /** Says where and why reading stopped (the file cut, or the limit passed), and what was read before. */
  private void stopped(IOException e, String location, BoundedReader text, Items items) {
    problems.accept(new IngestProblem(location + ":" + text.line, ReadFailureReasons.of(e) + items.readBefore() + "; the rest of the file is not read", true));
  }

  /** Hands on each item of the feed that ends; one the file's end cuts short is named and left out. */
  private void readItems(StreamParser parser, FeedRoot.Kind kind, BoundedReader text, Items items, Consumer<ExtractedPage> sink) throws IOException {
    Evaluator itemElement = kind.item.in(kind);
    for (Element item; (item = parser.selectNext(itemElement)) != null; ) {
      items.position++;
      int line = item.sourceRange().start().lineNumber();
      if (item.endSourceRange().isImplicit()) {
        items.skipped++;
        problems.accept(new IngestProblem(items.reading.location() + ":" + line, "the feed ends inside this " + kind.itemTag
            + " (cut short?): it is not read", true));
      } else {
        Optional<ExtractedPage> document = FeedItem.read(item, kind, items.position, line, items.reading);
        if (document.isPresent()) {
          items.read++;
          sink.accept(document.get());
        } else {
          items.skipped++;
        }
      }
      item.remove(); // read: the parser keeps only what is still open
      text.itemEnded();
    }
  }

  /** The items met so far: read, and left out (each named where it was met). */
  private static final class Items {
    final FeedItem.Reading reading;
    int position;
    long read;
    long skipped;

    Items(FeedItem.Reading reading) {
      this.reading = reading;
    }

    String summary() {
      return Counted.of(read, "item") + " read" + (skipped > 0 ? "; " + skipped + " skipped" : "");
    }

    /** What was read before a problem, for its line. */
    String readBefore() {
      return position == 0 ? " (no item was read)" : " (" + Counted.of(read, "item") + " read before it)";
    }
  }

  /**
   * The feed's chars, stopped with an {@link IngestException} when more than {@code limit} of them pass without an item
   * ending: one item, or what lies between two, longer than a document may be. Counts lines for the problem's location.
   */
  private static final class BoundedReader extends Reader {
    private final Reader in;
    private final long limit;
    private long sinceItem;
    int line = 1;

    BoundedReader(Reader in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    void itemEnded() {
      sinceItem = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = in.read(buffer, offset, length);
      for (int i = offset; i < offset + read; i++) {
        if (buffer[i] == '\n') {
          line++;
        }
      }
      sinceItem += Math.max(read, 0);
      if (sinceItem > limit) {
        throw new IngestException("an item, or the text between two, runs past " + limit + " characters, the longest document read");
      }
      return read;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
