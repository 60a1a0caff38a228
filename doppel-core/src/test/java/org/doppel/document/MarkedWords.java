package org.doppel.document;

import java.util.ArrayList;
import java.util.List;

/** The words a per-word mask marks, as tests compare them: joined by spaces, "|" between separate runs. */
final class MarkedWords {
  private MarkedWords() {}

  static String joined(TokenSequence words, String text, boolean[] marked) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < marked.length; i++) {
      if (marked[i]) {
        if (i > 0 && !marked[i - 1] && !out.isEmpty()) {
          out.add("|");
        }
        out.add(text.substring(words.start(i), words.end(i)));
      }
    }
    return String.join(" ", out);
  }
}
