package org.doppel.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's metadata lines packed into three ints each (kind, start, end), for a corpus that keeps
 * them between analyses: re-analysing a document for a candidate pair then skips the line patterns.
 * A typical article has none to five such lines, so this costs 16 to 76 bytes a document; a document
 * without any shares one empty array.
 */
public final class PackedMetadataLines {
  private static final int[] NONE = new int[0];
  private static final LineKind[] KINDS = LineKind.values();

  private PackedMetadataLines() {}

  public static int[] pack(List<MetadataLine> lines) {
    if (lines.isEmpty()) {
      return NONE;
    }
    int[] packed = new int[lines.size() * 3];
    for (int i = 0; i < lines.size(); i++) {
      MetadataLine line = lines.get(i);
      packed[3 * i] = line.kind().ordinal();
      packed[3 * i + 1] = line.span().start();
      packed[3 * i + 2] = line.span().end();
    }
    return packed;
  }

  public static List<MetadataLine> unpack(int[] packed) {
    List<MetadataLine> lines = new ArrayList<>(packed.length / 3);
    for (int i = 0; i + 2 < packed.length; i += 3) {
      lines.add(new MetadataLine(KINDS[packed[i]], new Span(packed[i + 1], packed[i + 2])));
    }
    return lines;
  }
}
