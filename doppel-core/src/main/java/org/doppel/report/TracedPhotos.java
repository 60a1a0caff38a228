package org.doppel.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.doppel.ingest.TerminalText;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.DocumentTrace;
import org.doppel.provenance.RankedCopy;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * The photos one traced document shares with the others, each seen from the traced side: what a photo desk asks
 * of its own article ("which pages carry our photo, with which credit, and did they take the text too?"). A page
 * that shares the photo and no text is in no family and has no pair in the trace's text sections, so without
 * this it was not named at all.
 *
 * @param byDocument the other documents, sorted by id, each with the photos it shares (the traced document's side first)
 */
public record TracedPhotos(Map<String, List<SharedPhoto>> byDocument) {
  public static final TracedPhotos NONE = new TracedPhotos(Map.of());

  /**
   * The photos of {@code traced} among a scan's shared photos.
   *
   * @param shared the shared photos of every document pair, as {@code ScanPhotos.find} gives them
   */
  public static TracedPhotos of(String traced, Map<String, List<SharedPhoto>> shared) {
    Map<String, List<SharedPhoto>> byDocument = new TreeMap<>();
    String mine = traced + "#";
    for (List<SharedPhoto> photos : shared.values()) {
      for (SharedPhoto photo : photos) {
        boolean tracedIsA = photo.imageA().startsWith(mine);
        if (!tracedIsA && !photo.imageB().startsWith(mine)) {
          break; // one document pair's photos are all of the same two documents
        }
        SharedPhoto seen = tracedIsA ? photo : photo.swapped();
        byDocument.computeIfAbsent(documentOf(seen.imageB()), d -> new ArrayList<>()).add(seen);
      }
    }
    return new TracedPhotos(byDocument);
  }

  private static String documentOf(String imageId) {
    int hash = imageId.indexOf('#');
    return hash < 0 ? imageId : imageId.substring(0, hash);
  }

  /** "shares a photo with (N):", each document with the text relation it has with the traced one, and each photo's credits. */
  void print(DocumentTrace trace, PrintWriter out) {
    if (byDocument.isEmpty()) {
      return;
    }
    out.println();
    out.println("shares a photo with (" + byDocument.size() + "):");
    byDocument.forEach((other, photos) -> {
      String text = textRelation(trace, other);
      out.println("  " + TerminalText.oneLine(other) + "  " + (text == null ? "no text in common" : "text: " + text));
      for (SharedPhoto photo : photos) {
        out.printf(Locale.ROOT, "    %s ~ %s  %.2f%s; credits: %s / %s%s%n", TerminalText.oneLine(photo.imageA()), TerminalText.oneLine(photo.imageB()),
            photo.score(), photo.edit() == null ? "" : " (" + photo.edit() + ")", quoted(photo.creditA()), quoted(photo.creditB()),
            photo.creditConflict() ? " — they differ" : "");
      }
    });
  }

  private static String quoted(@Nullable String credit) {
    return credit == null ? "none" : "\"" + TerminalText.oneLine(credit) + "\"";
  }

  /** The relation of the traced document's text pair with {@code other}, if they have one. */
  static @Nullable String textRelation(DocumentTrace trace, String other) {
    List<DirectedPair> pairs = new ArrayList<>(trace.takenFrom());
    pairs.addAll(trace.undirected());
    for (RankedCopy copy : trace.copiedBy()) {
      if (copy.pair() != null) {
        pairs.add(copy.pair());
      }
    }
    for (DirectedPair p : pairs) {
      if (p.other(trace.id()).equals(other)) {
        return p.pair().relation().jsonName();
      }
    }
    return null;
  }
}
