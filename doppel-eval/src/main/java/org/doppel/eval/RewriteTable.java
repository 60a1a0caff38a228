package org.doppel.eval;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Prints {@link RewriteScores} of several parts side by side, one column pair per part. */
public final class RewriteTable {
  private RewriteTable() {}

  public static void write(List<RewriteScores> parts, PrintWriter out) {
    Set<String> categories = new LinkedHashSet<>();
    parts.forEach(p -> p.categories().forEach(c -> categories.add(c.name())));
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-32s", "category"));
    for (RewriteScores p : parts) {
      header.append(String.format(Locale.ROOT, " %9s %10s", p.part().name().toLowerCase(Locale.ROOT) + " n", "detected"));
    }
    out.println(header);
    for (String name : categories) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-32s", name));
      for (RewriteScores p : parts) {
        RewriteScores.Category c = p.categories().stream().filter(x -> x.name().equals(name)).findFirst()
            .orElse(new RewriteScores.Category(name, 0, 0));
        row.append(String.format(Locale.ROOT, " %9d %10.3f", c.pairs(), c.detected()));
      }
      out.println(row);
    }
    line(out, "documents", parts, p -> String.format(Locale.ROOT, "%d", p.documents()));
    line(out, "pairs reported", parts, p -> String.format(Locale.ROOT, "%d", p.reported()));
    line(out, "pair precision (by group)", parts, p -> String.format(Locale.ROOT, "%.3f", p.precision()));
    line(out, "direction: pairs judged", parts, p -> String.format(Locale.ROOT, "%d", p.direction().total()));
    line(out, "direction: right", parts, p -> share(p.direction(), p.direction().right()));
    line(out, "direction: backwards", parts, p -> share(p.direction(), p.direction().backwards()));
    line(out, "direction: unknown", parts, p -> share(p.direction(), p.direction().unknown()));
    line(out, "independent texts flagged", parts, p -> String.format(Locale.ROOT, "%d/%d", p.independentFlagged(), p.independent()));
    line(out, "family ARI (vs groups)", parts, p -> String.format(Locale.ROOT, "%.3f", p.familyAri()));
    out.flush();
  }

  private static String share(RewriteScores.DirectionCounts counts, int n) {
    return String.format(Locale.ROOT, "%.3f", counts.share(n));
  }

  private static void line(PrintWriter out, String label, List<RewriteScores> parts, Function<RewriteScores, String> value) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-32s", label));
    for (RewriteScores p : parts) {
      row.append(String.format(Locale.ROOT, " %9s %10s", "", value.apply(p)));
    }
    out.println(row);
  }
}
