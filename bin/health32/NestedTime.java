package org.doppel.ingest.meta;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * feat-health32 (docs/quality.md, thirty-second round): on tables nested 30, 100 and 120 deep, the characters of cell
 * text {@code SideColumns.of} measures, and the median time of {@code of} and of {@code HtmlMetadata.extract} (rounds
 * 6-15 of 15). Run with main's SideColumns and PageOutline first on the class path for main's figures.
 */
public class NestedTime {
  static final String ARTICLE = "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. ".repeat(6);

  /** Tables nested {@code depth} deep: each level a short cell of appointments beside the article's cell and the next level. */
  static String page(int depth) {
    StringBuilder b = new StringBuilder("<html><head><title>Verein</title></head><body>");
    for (int k = 0; k < depth; k++) {
      b.append("<table><tr><td>Termine ").append(k % 28 + 1).append(".2.2014</td><td><p>").append(ARTICLE).append("</p>");
    }
    b.append("</td></tr></table>".repeat(depth));
    return b.append("</body></html>").toString();
  }

  public static void main(String[] args) {
    for (int depth : new int[] {30, 100, 120}) {
      String html = page(depth);
      Document doc = Jsoup.parse(html);
      AtomicLong chars = new AtomicLong();
      int sides = SideColumns.of(doc.body(), c -> { int n = c.text().length(); chars.addAndGet(n); return n; }).size();
      double[] of = new double[15];
      double[] extract = new double[15];
      for (int i = 0; i < 15; i++) {
        Document page = Jsoup.parse(html, "http://x.example/a");
        long t0 = System.nanoTime();
        SideColumns.of(page.body());
        long t1 = System.nanoTime();
        HtmlMetadata.extract(page, "http://x.example/a", LocalDate.of(2026, 1, 1));
        long t2 = System.nanoTime();
        of[i] = (t1 - t0) / 1e6;
        extract[i] = (t2 - t1) / 1e6;
      }
      Arrays.sort(of, 5, 15);
      Arrays.sort(extract, 5, 15);
      System.out.printf("depth %d: body text %d, sides %d, text measured %d (%.1f x); of() median %.1f ms, extract median %.1f ms%n",
          depth, doc.body().text().length(), sides, chars.get(), chars.get() / (double) doc.body().text().length(), of[10], extract[10]);
    }
  }
}
