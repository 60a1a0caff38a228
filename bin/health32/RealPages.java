package org.doppel.ingest.meta;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * feat-health32 (docs/quality.md, thirty-second round): on saved pages (folders of .gz files), every table row's side
 * cells asked inner rows first, lengths passed outward ({@link SideCells}), against the row asked alone, every cell measured.
 */
public class RealPages {
  public static void main(String[] args) throws Exception {
    int pages = 0, rows = 0, sides = 0, differ = 0, withTables = 0;
    long measuredAlone = 0, measuredShared = 0;
    for (String dir : args) {
      List<Path> files;
      try (var s = Files.list(Path.of(dir))) { files = s.sorted().toList(); }
      for (Path f : files) {
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) { html = new String(in.readAllBytes(), StandardCharsets.UTF_8); }
        Document page = Jsoup.parse(html);
        pages++;
        List<Element> order = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element cell : page.select("td")) if (cell.parent() != null && seen.add(cell.parent())) order.add(cell.parent());
        if (!order.isEmpty()) withTables++;
        long[] counts = new long[2];
        SideCells shared = new SideCells(c -> { counts[1]++; return c.text().length(); });
        for (Element row : order.reversed()) shared.of(row);
        for (Element row : order) {
          Set<Element> alone = new SideCells(c -> { counts[0]++; return c.text().length(); }).of(row);
          rows++;
          sides += alone.size();
          if (!alone.equals(shared.of(row))) { differ++; System.out.println("differs: " + f + " " + row.cssSelector()); }
        }
        measuredAlone += counts[0];
        measuredShared += counts[1];
      }
    }
    System.out.printf("%d pages (%d with table cells), %d rows, %d side cells, %d rows differ; cells measured alone %d, inner first %d%n",
        pages, withTables, rows, sides, differ, measuredAlone, measuredShared);
  }
}
