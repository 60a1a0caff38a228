package org.doppel.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * An element of a feed known by its namespace and local name, as XML means it, not by the prefix a feed writes: Atom
 * written {@code <atom:entry>} or in a default namespace, Dublin Core bound to {@code dcel:} rather than {@code dc:}, are
 * the same elements (jsoup's XML parser resolves each element's namespace from the {@code xmlns} declarations in scope).
 * A feed's own elements ({@code item}, {@code title}, {@code entry}) are in its kind's namespace ({@link FeedRoot.Kind}):
 * none for RSS 2.0, whose unprefixed elements are its own whatever default namespace a feed declares. A feed that uses
 * a prefix it never declares, or binds it to a misspelt address (jsoup leaves such a prefix in no namespace Doppel
 * knows), is read by the prefix as feeds usually write it ({@code dc:creator}), so a sloppy feed reads as it did.
 *
 * @param namespace the module's namespace, or null for an element of the feed's own kind
 * @param localName the name without its prefix, matched ignoring case as sloppy feeds write it ({@code pubdate})
 * @param written how feeds usually write it, for messages and for an undeclared prefix
 */
record FeedName(@Nullable String namespace, String localName, String written) {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String RSS_1 = "http://purl.org/rss/1.0/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
  /** Dublin Core's terms, which repeat its elements' names and refine the date ({@code created}, {@code issued}, {@code modified}). */
  static final String DC_TERMS = "http://purl.org/dc/terms/";
  /** The namespaces whose prefixes are trusted as bound: a conventional prefix bound to another of them is that one. */
  private static final Set<String> KNOWN = Set.of(ATOM, RSS_1, CONTENT, DUBLIN_CORE, DC_TERMS);

  static final FeedName CONTENT_ENCODED = new FeedName(CONTENT, "encoded", "content:encoded");
  static final FeedName DC_CREATOR = new FeedName(DUBLIN_CORE, "creator", "dc:creator");
  static final FeedName DC_DATE = new FeedName(DUBLIN_CORE, "date", "dc:date");
  static final FeedName DCTERMS_CREATOR = new FeedName(DC_TERMS, "creator", "dcterms:creator");
  static final FeedName DCTERMS_ISSUED = new FeedName(DC_TERMS, "issued", "dcterms:issued");
  static final FeedName DCTERMS_CREATED = new FeedName(DC_TERMS, "created", "dcterms:created");
  static final FeedName DCTERMS_MODIFIED = new FeedName(DC_TERMS, "modified", "dcterms:modified");

  /** An element of the feed's own vocabulary (RSS's or Atom's), named {@code localName}. */
  static FeedName own(String localName) {
    return new FeedName(null, localName, localName);
  }

  /** Whether {@code element}, in a feed of {@code kind}, is this one. */
  boolean matches(Element element, FeedRoot.Kind kind) {
    Tag tag = element.tag();
    String elementNamespace = tag.namespace();
    if (namespace == null) {
      return tag.localName().equalsIgnoreCase(localName) && (kind.namespace == null ? tag.prefix().isEmpty()
          : elementNamespace.equals(kind.namespace) || tag.prefix().isEmpty() && elementNamespace.equals(Parser.NamespaceXml));
    }
    return elementNamespace.equals(namespace) ? tag.localName().equalsIgnoreCase(localName)
        : !KNOWN.contains(elementNamespace) && element.tagName().equalsIgnoreCase(written);
  }

  /** This element, for a feed of {@code kind}, as a selector for jsoup's stream parser. */
  Evaluator in(FeedRoot.Kind kind) {
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element element) {
        return FeedName.this.matches(element, kind);
      }

      @Override
      public String toString() {
        return written;
      }
    };
  }
}
