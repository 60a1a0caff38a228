package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.ingest.Counted;
import org.doppel.ingest.TerminalText;
import org.doppel.match.Passage;
import org.doppel.provenance.AttributionNote;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.DocumentTrace;
import org.doppel.provenance.FamilyEdge;
import org.doppel.provenance.FamilyMember;
import org.doppel.provenance.RankedCopy;
import org.doppel.provenance.StoryFamily;
import org.doppel.relate.Relation;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * Prints one document's {@link DocumentTrace}: what it says about itself, its family tree and origin, what it
 * took and from whom, and everything that copied it, ranked, with the shared passages quoted.
 */
public final class TraceReport {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final Function<String, String> textOf;
  private final int maxQuote;
  private final TracedPhotos photos;

  public TraceReport(Function<String, String> textOf, int maxQuote) {
    this(textOf, maxQuote, TracedPhotos.NONE);
  }

  /** With the photos the traced document shares, printed last ({@link TracedPhotos}) and written as {@code "photos"}. */
  public TraceReport(Function<String, String> textOf, int maxQuote, TracedPhotos photos) {
    this.textOf = textOf;
    this.maxQuote = maxQuote;
    this.photos = photos;
  }

  /** The trace as text, in the order a reader asks: the document, its family, what it took, who copied it, the rest. */
  public void writeText(DocumentTrace trace, PrintWriter out) {
    printDocument(trace, out);
    out.println();
    printFamily(trace, out);
    out.println();
    printTakenFrom(trace, out);
    out.println();
    printCopiedBy(trace, out);
    printUndirected(trace, out);
    photos.print(trace, out);
    out.flush();
  }

  /** The document's id and metadata, and what it says of its sources. */
  private static void printDocument(DocumentTrace trace, PrintWriter out) {
    out.println(TerminalText.oneLine(trace.id()) + describe(trace.document().metadata()));
    for (AttributionNote note : trace.attributions()) {
      out.println("  says \"" + TerminalText.oneLine(note.statement().strip()) + "\""
          + (note.resolvedTo() != null ? ": names the site of " + TerminalText.oneLine(note.resolvedTo())
              : ": no related document of the corpus is on that site"));
    }
  }

  private static void printFamily(DocumentTrace trace, PrintWriter out) {
    String id = trace.id();
    StoryFamily family = trace.family();
    out.printf(Locale.ROOT, "family %s: %s, origin %s%n", family.id(), Counted.of(family.size(), "member"),
        trace.origin() == null ? "unknown" : TerminalText.oneLine(trace.origin()) + (trace.origin().equals(id) ? " (this document)" : ""));
    if (trace.originUnknown() != null) {
      out.println("  origin unknown: " + TerminalText.oneLine(trace.originUnknown()));
    }
    printTree(family, id, out);
  }

  private static void printTakenFrom(DocumentTrace trace, PrintWriter out) {
    if (trace.takenFrom().isEmpty()) {
      out.println("took from: no document with evidence");
      return;
    }
    out.println("took from:");
    for (DirectedPair p : trace.takenFrom()) {
      out.printf(Locale.ROOT, "  %s  %s %.2f  (%s, confidence %.2f) %s%n", TerminalText.oneLine(p.direction().source()), p.pair().relation().jsonName(),
          p.pair().score(), String.join(", ", p.direction().evidence()), p.direction().confidence(), p.direction().detail());
    }
  }

  /** The copies, ranked, each with the passages it shares with the document (a copy of a copy may share none). */
  private void printCopiedBy(DocumentTrace trace, PrintWriter out) {
    String id = trace.id();
    out.println(trace.copiedBy().isEmpty() ? "copied by: nobody in the corpus" : "copied by (" + trace.copiedBy().size() + "):");
    int rank = 0;
    for (RankedCopy copy : trace.copiedBy()) {
      rank++;
      if (copy.pair() == null) {
        out.printf(Locale.ROOT, "  %d. %s  copy of a copy (generation %d), shares no passage with %s directly%n", rank, TerminalText.oneLine(copy.copy()),
            copy.generation(), TerminalText.oneLine(id));
        continue;
      }
      DirectedPair p = copy.pair();
      out.printf(Locale.ROOT, "  %d. %s  %s %.2f  generation %d; %s%n", rank, TerminalText.oneLine(copy.copy()), p.pair().relation().jsonName(),
          p.pair().score(), copy.generation(), p.direction().isKnown()
              ? "evidence: " + String.join(", ", p.direction().evidence()) + " — " + p.direction().detail()
              : "tree link, direction not shown by this pair's evidence");
      passages(p, id, out);
    }
  }

  private void printUndirected(DocumentTrace trace, PrintWriter out) {
    if (trace.undirected().isEmpty()) {
      return;
    }
    String id = trace.id();
    out.println();
    out.println("related, direction unknown:");
    for (DirectedPair p : trace.undirected()) {
      out.printf(Locale.ROOT, "  %s  %s %.2f  %s%n", TerminalText.oneLine(p.other(id)), p.pair().relation().jsonName(), p.pair().score(), p.direction().detail());
      passages(p, id, out);
    }
  }

  private static void printTree(StoryFamily family, String traced, PrintWriter out) {
    Map<String, Integer> depth = new HashMap<>();
    for (FamilyMember member : family.members()) {
      int d = member.parent() == null ? 0 : depth.getOrDefault(member.parent(), 0) + 1;
      depth.put(member.id(), d);
      Relation relation = member.relation(); // set exactly when the member has a parent
      String line = member.parent() == null || relation == null ? TerminalText.oneLine(member.id()) + "  (" + member.change() + ")"
          : TerminalText.oneLine(member.id()) + "  " + relation.jsonName() + " of " + TerminalText.oneLine(member.parent()) + ", " + member.change();
      out.println("  " + "  ".repeat(d) + (d == 0 ? "" : "└ ") + line + (member.id().equals(traced) ? "   ◀ this document" : ""));
    }
    for (FamilyEdge edge : family.edges()) {
      if (!edge.directionKnown()) {
        out.println("  linked, direction unknown: " + TerminalText.oneLine(edge.from()) + " ~ " + TerminalText.oneLine(edge.to()) + " (" + edge.relation().jsonName() + ")");
      }
    }
  }

  private void passages(DirectedPair p, String traced, PrintWriter out) {
    boolean tracedIsA = p.pair().a().equals(traced);
    String other = p.other(traced);
    String here = textOf.apply(traced);
    String there = textOf.apply(other);
    CodePointOffsets ch = new CodePointOffsets(here);
    CodePointOffsets ct = new CodePointOffsets(there);
    int n = 0;
    for (Passage passage : p.pair().passages()) {
      Passage seen = tracedIsA ? passage : passage.swapped();
      n++;
      out.printf(Locale.ROOT, "       passage %d: %s [%d, %d) ~ %s [%d, %d)%n", n, TerminalText.oneLine(traced), ch.of(seen.a().start()), ch.of(seen.a().end()),
          TerminalText.oneLine(other), ct.of(seen.b().start()), ct.of(seen.b().end()));
      out.println("         \"" + Quote.shorten(seen.a().of(here), maxQuote) + "\"");
    }
  }

  public void writeJson(DocumentTrace trace, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      String id = trace.id();
      json.writeStartObject();
      json.writeStringField("document", id);
      writeMetadata(trace.document().metadata(), json);
      writeAttributions(trace.attributions(), json);
      json.writeStringField("family", trace.family().id());
      json.writeStringField("origin", trace.origin());
      if (trace.originUnknown() != null) {
        json.writeStringField("origin_unknown", trace.originUnknown());
      }
      writeMembers(trace.family(), json);
      json.writeArrayFieldStart("taken_from");
      for (DirectedPair p : trace.takenFrom()) {
        pair(json, p, id, null);
      }
      json.writeEndArray();
      writeCopiedBy(trace.copiedBy(), id, json);
      json.writeArrayFieldStart("direction_unknown");
      for (DirectedPair p : trace.undirected()) {
        pair(json, p, id, null);
      }
      json.writeEndArray();
      writePhotos(trace, json);
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** {@code "photos"}: each document the traced one shares a photo with, its text relation (or null) and the photos. */
  private void writePhotos(DocumentTrace trace, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("photos");
    for (Map.Entry<String, List<SharedPhoto>> entry : photos.byDocument().entrySet()) {
      json.writeStartObject();
      json.writeStringField("document", entry.getKey());
      json.writeStringField("text_relation", TracedPhotos.textRelation(trace, entry.getKey()));
      json.writeArrayFieldStart("photos");
      for (SharedPhoto photo : entry.getValue()) {
        json.writeStartObject();
        json.writeStringField("image", photo.imageA());
        json.writeStringField("other_image", photo.imageB());
        json.writeNumberField("score", Math.round(photo.score() * 1000) / 1000.0);
        json.writeStringField("edit", photo.edit());
        json.writeStringField("credit", photo.creditA());
        json.writeStringField("other_credit", photo.creditB());
        json.writeBooleanField("credit_conflict", photo.creditConflict());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeMetadata(ArticleMetadata meta, JsonGenerator json) throws IOException {
    json.writeStringField("title", meta.title());
    json.writeStringField("site", meta.site());
    json.writeStringField("date", meta.date() == null ? null : meta.date().toString());
    json.writeStringField("time", meta.time() == null ? null : meta.time().toString());
    json.writeStringField("zone", meta.zone() == null ? null : meta.zone().getId()); // "Z": the time is in UTC
  }

  private static void writeAttributions(List<AttributionNote> notes, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("attributions");
    for (AttributionNote note : notes) {
      json.writeStartObject();
      json.writeStringField("statement", note.statement());
      json.writeStringField("credited", note.credited());
      json.writeStringField("resolved_to", note.resolvedTo());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeMembers(StoryFamily family, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("members");
    for (FamilyMember member : family.members()) {
      FamiliesJsonLines.writeMember(member, true, json);
    }
    json.writeEndArray();
  }

  /** Copies further down the tree than a direct pair carry only their id and generation. */
  private void writeCopiedBy(List<RankedCopy> copies, String traced, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("copied_by");
    for (RankedCopy copy : copies) {
      if (copy.pair() == null) {
        json.writeStartObject();
        json.writeStringField("document", copy.copy());
        json.writeNumberField("generation", copy.generation());
        json.writeEndObject();
      } else {
        pair(json, copy.pair(), traced, copy.generation());
      }
    }
    json.writeEndArray();
  }

  private void pair(JsonGenerator json, DirectedPair p, String traced, @Nullable Integer generation) throws IOException {
    String other = p.other(traced);
    boolean tracedIsA = p.pair().a().equals(traced);
    CodePointOffsets ch = new CodePointOffsets(textOf.apply(traced));
    CodePointOffsets ct = new CodePointOffsets(textOf.apply(other));
    json.writeStartObject();
    json.writeStringField("document", other);
    if (generation != null) {
      json.writeNumberField("generation", generation);
    }
    json.writeStringField("relation", p.pair().relation().jsonName());
    json.writeNumberField("score", JsonNumbers.threeDecimals(p.pair().score()));
    json.writeStringField("source", p.direction().source());
    json.writeArrayFieldStart("direction_evidence");
    for (String signal : p.direction().evidence()) {
      json.writeString(signal);
    }
    json.writeEndArray();
    json.writeNumberField("direction_confidence", p.direction().confidence());
    json.writeStringField("direction_detail", p.direction().detail());
    json.writeArrayFieldStart("passages");
    for (Passage passage : p.pair().passages()) {
      Passage seen = tracedIsA ? passage : passage.swapped();
      json.writeStartObject();
      json.writeArrayFieldStart("this");
      json.writeNumber(ch.of(seen.a().start()));
      json.writeNumber(ch.of(seen.a().end()));
      json.writeEndArray();
      json.writeArrayFieldStart("other");
      json.writeNumber(ct.of(seen.b().start()));
      json.writeNumber(ct.of(seen.b().end()));
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** What the document declares about itself ({@link DeclaredMetadata}), after two spaces; empty when it declares nothing. */
  private static String describe(ArticleMetadata meta) {
    List<String> parts = DeclaredMetadata.parts(meta);
    return parts.isEmpty() ? "" : "  " + String.join(", ", parts);
  }
}
