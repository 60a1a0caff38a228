package org.doppel.fingerprint;

import java.util.Locale;

/** What kind of fact a rewriter has to keep for the story to stay the same. */
public enum FactKind {
  /** A number, with the word after it when that is a unit or a noun: "482 km", "1948", "30 people". */
  NUMBER,
  /** A run of capitalised words that is not just a sentence's first word: "Pedro Pardo", "Namyang". */
  NAME,
  /** Quoted speech or a quoted title of at least {@value FactExtractor#MIN_QUOTE_WORDS} words. */
  QUOTE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
