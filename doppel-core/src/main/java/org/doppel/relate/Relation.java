package org.doppel.relate;

import java.util.Locale;

/** How two documents relate. */
public enum Relation {
  /** The same article body; only site headers, footers, bylines and datelines differ. */
  EXACT,
  /** The same article with small edits: a few words changed, a paragraph added or dropped. */
  NEAR_DUPLICATE,
  /** A passage of one document appears, verbatim or lightly edited, inside the other. */
  PARTIAL,
  /** The same article reworded. */
  PARAPHRASE,
  /** No shared text, but the same photo (resized, cropped, mirrored …) in both. */
  SHARED_PHOTO,
  /** No reuse found. */
  UNRELATED;

  /** The name used in JSON output: {@code near_duplicate}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Relation fromJsonName(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown relation '" + name + "'; expected one of exact, near_duplicate, partial, paraphrase, shared_photo, unrelated", e);
    }
  }
}
