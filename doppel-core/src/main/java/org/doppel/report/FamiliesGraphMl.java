package org.doppel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.provenance.FamilyEdge;
import org.doppel.provenance.FamilyMember;
import org.doppel.provenance.StoryFamily;
import org.jspecify.annotations.Nullable;

/**
 * Writes the story families as one GraphML graph (the XML that Gephi, Cytoscape, yEd, igraph and networkx read): a
 * node per document, with its family, whether it is the family's origin, its parent, and its date, site, title and
 * URL ({@code date} a value to compare, in ISO 8601; {@code date_shown}, declared last, the date as the text report says
 * it: "crawled 2026-08-15" where a crawl's day stands in for a page that gives no date, {@link ArticleMetadata#shownDate});
 * an edge from each source to its copy, with the relation and whether the direction is known (an edge whose
 * direction is unknown is still written from {@code from} to {@code to}, as {@code --families} JSON Lines writes it:
 * GraphML readers refuse a graph of directed and undirected edges mixed). A node's id is the document's id; text XML
 * cannot hold (a control character) is written as U+FFFD, and an id so changed gets a node id of its own.
 */
public final class FamiliesGraphMl {
  /** An attribute GraphML declares once, as a {@code <key>}, and gives each node or edge as a {@code <data>}. */
  private record Key(String name, String type) {}

  private static final List<Key> NODE_KEYS = List.of(new Key("label", "string"), new Key("family", "string"),
      new Key("origin", "boolean"), new Key("parent", "string"), new Key("relation", "string"), new Key("took", "double"),
      new Key("own_share", "double"), new Key("date", "string"), new Key("site", "string"), new Key("title", "string"),
      new Key("url", "string"), new Key("date_shown", "string"));
  private static final List<Key> EDGE_KEYS = List.of(new Key("relation", "string"), new Key("direction_known", "boolean"));
  private final Function<String, ArticleMetadata> metadata;

  /** @param metadata each document's metadata, for its node's date, site, title and URL */
  public FamiliesGraphMl(Function<String, ArticleMetadata> metadata) {
    this.metadata = metadata;
  }

  public void write(Iterable<StoryFamily> families, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    declare(NODE_KEYS, "node", "n_", out);
    declare(EDGE_KEYS, "edge", "e_", out);
    out.write("  <graph id=\"families\" edgedefault=\"directed\">\n");
    Map<String, String> nodeIds = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (StoryFamily family : families) {
      for (FamilyMember member : family.members()) {
        writeNode(family, member, nodeId(member.id(), nodeIds, used), out);
      }
    }
    for (StoryFamily family : families) {
      for (FamilyEdge edge : family.edges()) {
        out.write("    <edge source=\"" + nodeIds.get(edge.from()) + "\" target=\"" + nodeIds.get(edge.to()) + "\">");
        data(out, "e_relation", edge.relation().jsonName());
        data(out, "e_direction_known", String.valueOf(edge.directionKnown()));
        out.write("</edge>\n");
      }
    }
    out.write("  </graph>\n</graphml>\n");
  }

  /** The {@code <key>} of each of {@code keys}, for {@code element}s, its id the name after {@code prefix}. */
  private static void declare(List<Key> keys, String element, String prefix, Writer out) throws IOException {
    for (Key key : keys) {
      out.write("  <key id=\"" + prefix + key.name() + "\" for=\"" + element + "\" attr.name=\"" + key.name()
          + "\" attr.type=\"" + key.type() + "\"/>\n");
    }
  }

  private void writeNode(StoryFamily family, FamilyMember member, String nodeId, Writer out) throws IOException {
    out.write("    <node id=\"" + nodeId + "\">");
    data(out, "n_label", member.id());
    data(out, "n_family", family.id());
    data(out, "n_origin", String.valueOf(member.id().equals(family.origin())));
    data(out, "n_parent", member.parent());
    data(out, "n_relation", member.relation() == null ? null : member.relation().jsonName());
    data(out, "n_took", String.valueOf(member.tookShare()));
    data(out, "n_own_share", String.valueOf(member.ownShare()));
    ArticleMetadata meta = metadata.apply(member.id());
    data(out, "n_date", meta.isoDateText());
    data(out, "n_site", meta.site());
    data(out, "n_title", meta.title());
    data(out, "n_url", meta.url());
    data(out, "n_date_shown", meta.shownDate());
    out.write("</node>\n");
  }

  /** The node id of a document: its id, escaped, unless XML cannot hold it or another node has it. */
  private static String nodeId(String id, Map<String, String> nodeIds, Set<String> used) {
    String nodeId = id;
    for (int n = nodeIds.size(); !xmlText(nodeId).equals(nodeId) || !used.add(nodeId); n++) {
      nodeId = "node-" + n;
    }
    String escaped = escape(nodeId);
    nodeIds.put(id, escaped);
    return escaped;
  }

  private static void data(Writer out, String key, @Nullable String value) throws IOException {
    if (value != null) {
      out.write("<data key=\"" + key + "\">" + escape(xmlText(value)) + "</data>");
    }
  }

  /** {@code text} with the chars XML 1.0 cannot hold (control chars, unpaired surrogates, U+FFFE, U+FFFF) made U+FFFD. */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE;
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code text} escaped for element content and attribute values, line breaks and tabs as references (kept in attributes). */
  private static String escape(String text) {
    return HtmlEscaper.escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
  }

}
