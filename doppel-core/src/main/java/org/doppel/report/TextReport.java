package org.doppel.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.doppel.document.Span;
import org.doppel.ingest.TerminalText;
import org.doppel.match.Passage;
import org.doppel.provenance.AttributionNote;
import org.doppel.provenance.Direction;
import org.doppel.provenance.Provenance;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.doppel.ingest.ArticleMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The terminal report: pairs grouped by document, each with its relation, score, reason and the
 * shared passages quoted (shortened in the middle when long).
 */
public final class TextReport {
  private final Function<String, String> textOf;
  private final int maxQuote;
  private final @Nullable Provenance provenance;
  private final Function<RelatedPair, List<SharedPhoto>> photos;
  private final @Nullable String first;
  private final @Nullable Function<String, ArticleMetadata> metadata;

  public TextReport(Function<String, String> textOf, int maxQuote) {
    this(textOf, maxQuote, null, pair -> List.of(), null, null);
  }

  private TextReport(Function<String, String> textOf, int maxQuote, @Nullable Provenance provenance, Function<RelatedPair, List<SharedPhoto>> photos,
      @Nullable String first, @Nullable Function<String, ArticleMetadata> metadata) {
    this.textOf = textOf;
    this.maxQuote = maxQuote;
    this.provenance = provenance;
    this.photos = photos;
    this.first = first;
    this.metadata = metadata;
  }

  /**
   * This report with a line under each pair saying what the other document is: its title, site, date and URL, as it
   * declares them (a query's answer: who said it, and when).
   */
  public TextReport withMetadata(Function<String, ArticleMetadata> metadata) {
    return new TextReport(textOf, maxQuote, provenance, photos, first, metadata);
  }

  /** This report with each pair's shared photos, their captions and credits side by side. */
  public TextReport withPhotos(Function<RelatedPair, List<SharedPhoto>> photos) {
    return new TextReport(textOf, maxQuote, provenance, photos, first, metadata);
  }

  /**
   * This report with the document {@code id} first in each of its pairs, under its own heading, as a query's answers
   * read (as {@link JsonLinesReport#withFirst}). Pairs name their documents in id order, so a query whose id sorts
   * after its match was listed under the match's heading, and two queries that found one pair showed the same block.
   */
  public TextReport withFirst(String id) {
    return new TextReport(textOf, maxQuote, provenance, photos, id, metadata);
  }

  /**
   * This report with the direction of each pair (likely original and evidence, or "direction unknown" with the
   * reason) and, at the end, the attribution statements that name no related document.
   */
  public TextReport withProvenance(Provenance provenance) {
    return new TextReport(textOf, maxQuote, provenance, photos, first, metadata);
  }

  public void write(List<RelatedPair> pairs, PrintWriter out) {
    Map<String, List<RelatedPair>> byDocument = new LinkedHashMap<>();
    for (RelatedPair pair : pairs) {
      byDocument.computeIfAbsent(PairSides.of(pair, first).a(), k -> new ArrayList<>()).add(pair);
    }
    for (Map.Entry<String, List<RelatedPair>> entry : byDocument.entrySet()) {
      out.println("== " + TerminalText.oneLine(entry.getKey()));
      for (RelatedPair pair : entry.getValue()) {
        PairSides sides = PairSides.of(pair, first);
        String idA = sides.a();
        String idB = sides.b();
        out.printf(Locale.ROOT, "  %-15s %.2f  %s%s%n", pair.relation().jsonName(), pair.score(), TerminalText.oneLine(idB),
            pair.source() == null ? "" : "   (likely original: " + TerminalText.oneLine(pair.source()) + ")");
        if (metadata != null) {
          out.println("      " + TerminalText.oneLine(idB) + ": " + about(metadata.apply(idB)));
        }
        out.println("      " + sides.reason());
        Direction direction = provenance == null ? null : provenance.direction(pair.a(), pair.b());
        if (direction != null) {
          out.println(direction.isKnown()
              ? String.format(Locale.ROOT, "      direction: %s is the likely original (%s, confidence %.2f): %s",
                  TerminalText.oneLine(direction.source()), String.join(", ", direction.evidence()), direction.confidence(), direction.detail())
              : "      direction unknown: " + direction.detail());
        }
        String a = textOf.apply(idA);
        String b = textOf.apply(idB);
        CodePointOffsets ca = new CodePointOffsets(a);
        CodePointOffsets cb = new CodePointOffsets(b);
        int n = 0;
        for (Passage passage : pair.passages()) {
          n++;
          Span inA = sides.inA(passage);
          Span inB = sides.inB(passage);
          out.printf(Locale.ROOT, "      passage %d: %s [%d, %d) ~ %s [%d, %d)%n", n, TerminalText.oneLine(idA), ca.of(inA.start()),
              ca.of(inA.end()), TerminalText.oneLine(idB), cb.of(inB.start()), cb.of(inB.end()));
          out.println("        a: \"" + Quote.shorten(inA.of(a), maxQuote) + "\"");
          out.println("        b: \"" + Quote.shorten(inB.of(b), maxQuote) + "\"");
        }
        for (SharedPhoto photo : sides.photos(photos.apply(pair))) {
          out.printf(Locale.ROOT, "      photo %.2f%s: %s ~ %s%n", photo.score(), photo.edit() == null ? "" : " (" + photo.edit() + ")",
              TerminalText.oneLine(photo.imageA()), TerminalText.oneLine(photo.imageB()));
          out.println("        a: " + describe(photo.captionA(), photo.creditA()));
          out.println("        b: " + describe(photo.captionB(), photo.creditB()));
          if (photo.creditConflict()) {
            out.println("        credit conflict: the two sides credit this photo to different people or agencies");
          }
        }
      }
      out.println();
    }
    if (provenance != null) {
      for (AttributionNote note : provenance.attributions()) {
        if (note.resolvedTo() == null) {
          out.println("== " + TerminalText.oneLine(note.document()));
          out.println("  says \"" + TerminalText.oneLine(note.statement().strip()) + "\"" + (note.credited() == null ? "" : ", crediting " + TerminalText.oneLine(note.credited()))
              + ": no related document of the corpus is on that site");
          out.println();
        }
      }
    }
    out.flush();
  }

  /** A document's title, site, date and URL, those it declares: "\"Quay reopens\", Lorrin Post, 2026-03-12 09:30, https://…". */
  static String about(ArticleMetadata meta) {
    List<String> parts = new ArrayList<>();
    if (meta.title() != null) {
      parts.add("\"" + Quote.shorten(meta.title(), 120) + "\"");
    }
    if (meta.site() != null) {
      parts.add(TerminalText.oneLine(meta.site()));
    }
    if (meta.date() != null) {
      parts.add(meta.dateText());
    }
    if (meta.url() != null) {
      parts.add(TerminalText.oneLine(meta.url()));
    }
    return parts.isEmpty() ? "no title, site, date or URL" : String.join(", ", parts);
  }

  private String describe(@Nullable String caption, @Nullable String credit) {
    return (caption == null ? "(no caption)" : "\"" + Quote.shorten(caption, maxQuote) + "\"") + (credit == null ? ", no credit" : ", credit: " + TerminalText.oneLine(credit));
  }

}
