package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;
import org.doppel.provenance.FamilyEdge;
import org.doppel.provenance.FamilyMember;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.StoryFamily;
import org.doppel.provenance.StoryLinks;
import org.jspecify.annotations.Nullable;

/**
 * Writes one JSON object per story family:
 * {@code {"family": id, "origin": ID|null, "origin_unknown"?: "why", "members": [ID…], "edges": [{"from", "to",
 * "relation", "direction_known"}], "story_links"?: [{"id", "nearest", "similarity", "next_family_similarity"}],
 * "details": [{"id", "parent", "relation", "took", "own_share", "change"}]}}. {@code story_links} is there only when
 * some members came in by a {@linkplain StoryLinks story link} (no copy relation; they are the last members).
 * {@code origin_unknown} is there only when a family of two or more has no origin, in the words {@code doppel trace}
 * and the HTML family view give ({@link Provenance#originUnknown}), so a script reading this file learns why as a
 * reader of those does. Families of one document are written too, so every document of the corpus is in exactly one line.
 */
public final class FamiliesJsonLines {
  private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);
  private final int threads;
  private final Function<StoryFamily, @Nullable String> originUnknown;

  /** The families of {@code provenance} on one thread, each without an origin saying why. */
  public FamiliesJsonLines(Provenance provenance) {
    this(1, provenance::originUnknown);
  }

  /**
   * Families written with their lines formatted on {@code threads} threads ({@link ParallelLines}): the same text.
   *
   * @param originUnknown why a family has no origin, null when it has one or is of one document (as
   *     {@link Provenance#originUnknown} says it)
   */
  public FamiliesJsonLines(int threads, Function<StoryFamily, @Nullable String> originUnknown) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.originUnknown = originUnknown;
  }

  public void write(Iterable<StoryFamily> families, Writer out) throws IOException {
    ParallelLines.write(families, threads, this::writeLines, out);
  }

  private void writeLines(Iterable<StoryFamily> families, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (StoryFamily family : families) {
        json.writeStartObject();
        json.writeStringField("family", family.id());
        json.writeStringField("origin", family.origin());
        String why = originUnknown.apply(family);
        if (why != null) {
          json.writeStringField("origin_unknown", why);
        }
        json.writeArrayFieldStart("members");
        for (String member : family.memberIds()) {
          json.writeString(member);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        for (FamilyEdge edge : family.edges()) {
          json.writeStartObject();
          json.writeStringField("from", edge.from());
          json.writeStringField("to", edge.to());
          json.writeStringField("relation", edge.relation().jsonName());
          json.writeBooleanField("direction_known", edge.directionKnown());
          json.writeEndObject();
        }
        json.writeEndArray();
        if (!family.storyLinks().isEmpty()) {
          json.writeArrayFieldStart("story_links");
          for (StoryLinks.StoryLink link : family.storyLinks()) {
            json.writeStartObject();
            json.writeStringField("id", link.id());
            json.writeStringField("nearest", link.nearest());
            json.writeNumberField("similarity", Math.round(link.similarity() * 1000) / 1000.0);
            json.writeNumberField("next_family_similarity", Math.round(link.nextFamilySimilarity() * 1000) / 1000.0);
            json.writeEndObject();
          }
          json.writeEndArray();
        }
        json.writeArrayFieldStart("details");
        for (FamilyMember member : family.members()) {
          writeMember(member, false, json);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
      }
    }
  }

  /**
   * One member's place in its family tree as a JSON object: {"id", "parent", "relation", "took", "own_share",
   * "change"}, with "parent_known" after "relation" when {@code withParentKnown} (as {@code doppel trace} writes it).
   */
  static void writeMember(FamilyMember member, boolean withParentKnown, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", member.id());
    json.writeStringField("parent", member.parent());
    json.writeStringField("relation", member.relation() == null ? null : member.relation().jsonName());
    if (withParentKnown) {
      json.writeBooleanField("parent_known", member.parentKnown());
    }
    json.writeNumberField("took", member.tookShare());
    json.writeNumberField("own_share", member.ownShare());
    json.writeStringField("change", member.change());
    json.writeEndObject();
  }
}
