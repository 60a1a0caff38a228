package org.doppel.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.doppel.document.Span;
import org.doppel.ingest.ArticleMetadata;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.Verdict;
import org.doppel.report.HtmlReport;
import org.doppel.report.PairDirection;
import org.doppel.report.ReportEdge;
import org.doppel.report.ReportFamily;

/**
 * How fast a big HTML report opens in headless Chromium: writes a synthetic report with the given
 * number of pairs (documents of about 3,000 characters, families of five documents, one pair in
 * five a paraphrase with aligned sentences), opens it several times and reads the page's own
 * timings: time to DOMContentLoaded, time until the script has drawn the first pair
 * ({@code performance.mark('doppel-ready')}) and how much of it the script took, then the time to show the next pair and the family
 * view, and how many elements the page holds.
 */
public final class ReportLoadBenchmark {
  private static final int FAMILY = 5;
  private static final String[] WORDS = ("the council said on tuesday that harbour storm waves ferry islands engineers repairs traders "
      + "market weeks closure authority police minister report budget schools hospital river bridge election voters "
      + "company shares profits workers union strike court judge trial witness museum festival music film season "
      + "team coach players match goal final city mayor plan housing rents prices energy wind solar farm water").split(" ");

  /** The measurements of one run, in milliseconds except where named. */
  public record Run(double domContentLoaded, double ready, double script, double nextPair, double familyView, int elements) {}

  /** What was measured: the report's size and each run. */
  public record Result(int pairs, int documents, long bytes, List<Run> runs) {}

  private ReportLoadBenchmark() {
  }

  /** Writes the synthetic report to {@code file}; returns how many documents it holds. */
  public static int writeReport(int pairCount, Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    int documents = Math.max(2, (int) Math.ceil(pairCount / 2.0));
    List<String> ids = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    Map<String, ArticleMetadata> meta = new HashMap<>();
    for (int d = 0; d < documents; d++) {
      String id = String.format(Locale.ROOT, "site%02d/article-%06d", d % 40, d);
      ids.add(id);
      texts.put(id, text(random, 3_000));
      meta.put(id, new ArticleMetadata("Headline of article " + d, "Reporter " + (d % 17), LocalDate.of(2025, 1, 1).plusDays(d % 300),
          null, "Site " + (d % 40), null, "en", List.of(), List.of(), Map.of()));
    }
    List<RelatedPair> pairs = new ArrayList<>();
    List<ReportFamily> families = new ArrayList<>();
    // Documents come in families of five: the first is the origin, linked to each of the others and
    // they among themselves until there are enough pairs.
    outer:
    for (int start = 0; start < documents; start += FAMILY) {
      List<String> members = ids.subList(start, Math.min(documents, start + FAMILY));
      List<ReportEdge> edges = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          if (pairs.size() == pairCount) {
            break outer;
          }
          String a = members.get(i);
          String b = members.get(j);
          Relation relation = pairs.size() % 5 == 4 ? Relation.PARAPHRASE : pairs.size() % 3 == 0 ? Relation.NEAR_DUPLICATE : Relation.PARTIAL;
          pairs.add(pair(a, b, relation, texts, random));
          if (i == 0) {
            edges.add(new ReportEdge(a, b, relation, true));
          }
        }
      }
      families.add(new ReportFamily("f" + (families.size() + 1), members.get(0), members, edges));
    }
    HtmlReport report = new HtmlReport(texts::get).withMetadata(meta::get).withFamilies(families)
        .withDirections(p -> new PairDirection(p.a(), 0.8, List.of(p.a() + " is dated earlier")))
        .withDocumentCount(documents);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      report.write(pairs, out);
    }
    return documents;
  }

  /** Writes the report and opens it {@code runs} times in a fresh page each. */
  public static Result run(int pairCount, int runs, Path file, Path chromium) throws IOException {
    int documents = writeReport(pairCount, file);
    List<Run> measured = new ArrayList<>();
    try (HeadlessChromium browser = HeadlessChromium.launch(chromium, 1400, 900)) {
      for (int r = 0; r < runs; r++) {
        browser.open("about:blank", "document.readyState === 'complete'");
        browser.open(file.toAbsolutePath().toUri().toString(), "document.documentElement.dataset.ready === 'true'");
        double dcl = browser.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd").asDouble();
        double ready = browser.evaluate("performance.getEntriesByName('doppel-ready')[0].startTime").asDouble();
        double script = ready - browser.evaluate("performance.getEntriesByName('doppel-start')[0].startTime").asDouble();
        int elements = browser.evaluate("document.getElementsByTagName('*').length").asInt();
        double next = browser.evaluate("(() => { const t = performance.now(); "
            + "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true})); "
            + "document.body.offsetHeight; return performance.now() - t; })()").asDouble();
        double family = browser.evaluate("(() => { const t = performance.now(); location.hash = '#families'; "
            + "window.dispatchEvent(new HashChangeEvent('hashchange')); document.body.offsetHeight; "
            + "return performance.now() - t; })()").asDouble();
        if (!browser.errors().isEmpty()) {
          throw new IOException("the report reported errors: " + browser.errors());
        }
        measured.add(new Run(dcl, ready, script, next, family, elements));
      }
    }
    return new Result(pairCount, documents, Files.size(file), measured);
  }

  private static RelatedPair pair(String a, String b, Relation relation, Map<String, String> texts, SplittableRandom random) {
    String ta = texts.get(a);
    String tb = texts.get(b);
    List<Passage> passages = new ArrayList<>();
    List<SentenceLink> links = new ArrayList<>();
    int parts = relation == Relation.PARAPHRASE ? 10 : 3;
    int step = Math.min(ta.length(), tb.length()) / parts;
    for (int p = 0; p < parts; p++) {
      int from = p * step;
      int to = from + step * 2 / 3;
      Span sa = new Span(from, Math.min(ta.length(), to));
      Span sb = new Span(from, Math.min(tb.length(), to));
      passages.add(new Passage(sa, sb, 1, 1, 1, 1));
      if (relation == Relation.PARAPHRASE) {
        links.add(new SentenceLink(sa, sb, 0.6 + random.nextDouble() * 0.4));
      }
    }
    double score = 0.3 + random.nextDouble() * 0.7;
    return new RelatedPair(a, b, new Verdict(relation, score, "synthetic " + relation.jsonName() + " pair"), null, passages, links);
  }

  private static String text(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder(length + 20);
    int sentence = 0;
    while (text.length() < length) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(sentence == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      sentence++;
      if (sentence > 8 && random.nextInt(6) == 0) {
        text.append(random.nextInt(4) == 0 ? ".\n\n" : ". ");
        sentence = 0;
      } else {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
