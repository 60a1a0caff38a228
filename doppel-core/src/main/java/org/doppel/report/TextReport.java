package org.doppel.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;

/**
 * The terminal report: pairs grouped by document, each with its relation, score, reason and the
 * shared passages quoted (shortened in the middle when long).
 */
public final class TextReport {
  private final Function<String, String> textOf;
  private final int maxQuote;

  public TextReport(Function<String, String> textOf, int maxQuote) {
    this.textOf = textOf;
    this.maxQuote = maxQuote;
  }

  public void write(List<RelatedPair> pairs, PrintWriter out) {
    Map<String, List<RelatedPair>> byDocument = new LinkedHashMap<>();
    for (RelatedPair pair : pairs) {
      byDocument.computeIfAbsent(pair.a(), k -> new ArrayList<>()).add(pair);
    }
    for (Map.Entry<String, List<RelatedPair>> entry : byDocument.entrySet()) {
      out.println("== " + entry.getKey());
      for (RelatedPair pair : entry.getValue()) {
        out.printf(Locale.ROOT, "  %-15s %.2f  %s%s%n", pair.relation().jsonName(), pair.score(), pair.b(),
            pair.source() == null ? "" : "   (likely original: " + pair.source() + ")");
        out.println("      " + pair.verdict().reason());
        String a = textOf.apply(pair.a());
        String b = textOf.apply(pair.b());
        CodePointOffsets ca = new CodePointOffsets(a);
        CodePointOffsets cb = new CodePointOffsets(b);
        int n = 0;
        for (Passage passage : pair.passages()) {
          n++;
          out.printf(Locale.ROOT, "      passage %d: %s [%d, %d) ~ %s [%d, %d)%n", n, pair.a(), ca.of(passage.a().start()),
              ca.of(passage.a().end()), pair.b(), cb.of(passage.b().start()), cb.of(passage.b().end()));
          out.println("        a: \"" + quote(passage.a().of(a)) + "\"");
          out.println("        b: \"" + quote(passage.b().of(b)) + "\"");
        }
      }
      out.println();
    }
    out.flush();
  }

  private String quote(String passage) {
    String flat = passage.replaceAll("\\s+", " ").strip();
    if (flat.length() <= maxQuote) {
      return flat;
    }
    int half = maxQuote / 2 - 3;
    return flat.substring(0, half) + " […] " + flat.substring(flat.length() - half);
  }
}
