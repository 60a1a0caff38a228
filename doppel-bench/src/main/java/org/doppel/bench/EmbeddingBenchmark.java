package org.doppel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doppel.fingerprint.CachingSentenceEncoder;
import org.doppel.fingerprint.TransformerModel;
import org.doppel.fingerprint.TransformerSentenceEncoder;

/**
 * Measures the sentence encoder: time to load the model, sentences per second with 1..n threads on
 * distinct sentences (after a warm-up of 50), and the rate when every sentence is already cached.
 */
public final class EmbeddingBenchmark {
  /** One measured configuration. */
  public record Row(String what, int threads, int sentences, double seconds) {
    public double perSecond() {
      return sentences / seconds;
    }
  }

  private EmbeddingBenchmark() {}

  /** Runs every configuration on the same sentences. */
  public static List<Row> run(List<String> sentences, List<Integer> threadCounts) {
    if (sentences.size() < 60) {
      throw new IllegalArgumentException("need at least 60 sentences (50 warm up the model), got " + sentences.size());
    }
    List<String> warmUp = sentences.subList(0, 50);
    List<String> timed = sentences.subList(50, sentences.size());
    List<Row> rows = new ArrayList<>();
    for (int threads : threadCounts) {
      long start = System.nanoTime();
      try (TransformerSentenceEncoder encoder = TransformerSentenceEncoder.load(TransformerModel.ALL_MINILM_L6_V2, threads)) {
        rows.add(new Row("load the model", threads, 0, seconds(start)));
        encoder.encode(warmUp);
        start = System.nanoTime();
        encoder.encode(timed);
        rows.add(new Row("encode distinct sentences", threads, timed.size(), seconds(start)));
        CachingSentenceEncoder cached = new CachingSentenceEncoder(encoder, timed.size());
        cached.encode(timed);
        start = System.nanoTime();
        cached.encode(timed);
        rows.add(new Row("encode again, all cached", threads, timed.size(), seconds(start)));
      }
    }
    return rows;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** A markdown table of the rows. */
  public static String markdown(List<Row> rows) {
    StringBuilder md = new StringBuilder("| step | threads | sentences | seconds | sentences/s |\n|---|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %s |%n", r.what(), r.threads(),
          r.sentences() == 0 ? "–" : String.format(Locale.ROOT, "%,d", r.sentences()), r.seconds(),
          r.sentences() == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", r.perSecond())));
    }
    return md.toString();
  }
}
