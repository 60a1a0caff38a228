package org.doppel.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doppel.Doppel;
import org.doppel.PairVerifier;
import org.doppel.ScanDetection;
import org.doppel.Settings;
import org.doppel.StockLines;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.CandidateKeys;

/**
 * How the job detects related documents: the same choices as {@code doppel scan} ({@code --copies-only},
 * {@code --no-model}), and the core objects they call for. The objects are made once per executor JVM and
 * shared by its tasks, so the sentence model is loaded once and its embedding cache is shared, as in a
 * local scan.
 *
 * @param copiesOnly no paraphrase detection
 * @param noModel rewrites judged on words and facts alone
 */
public record Detection(boolean copiesOnly, boolean noModel) implements Serializable {
  private static final Map<Detection, Tools> TOOLS = new ConcurrentHashMap<>();

  /**
   * The core objects of one detection setting; all thread-safe.
   *
   * @param stockLines learns nothing itself: it says how a document's lines are counted ({@link StockLines#lines})
   */
  public record Tools(Settings settings, DocumentAnalyzer analyzer, Fingerprinter fingerprinter, CandidateKeys keys, StockLines stockLines,
                      Doppel.Builder builder, Map<Long, PairVerifier> verifiers) {
    /** The verifier that discounts the stock lines of one job (broadcast {@code broadcastId}); made once per JVM. */
    public PairVerifier verifier(long broadcastId, long[] stockKeys) {
      return verifiers.computeIfAbsent(broadcastId, id -> builder.verifier(StockLines.known(settings.fingerprint().minLineWords(), stockKeys)));
    }
  }

  /** A builder set up as {@code doppel scan} sets it up for the same options: the library's {@link ScanDetection}. */
  public Doppel.Builder builder() {
    // two short texts the rules leave unrelated are read whole by the trained judge, as in scan; the sentence judge is scan's --judge only
    return new ScanDetection(!copiesOnly, !noModel, true, false).builder();
  }

  /** This JVM's tools for this setting. */
  public Tools tools() {
    return TOOLS.computeIfAbsent(this, detection -> {
      Doppel.Builder builder = detection.builder();
      Settings settings = builder.settings();
      return new Tools(settings, new DocumentAnalyzer(), settings.fingerprinter(), settings.candidateKeys(), builder.stockLines(), builder,
          new ConcurrentHashMap<>());
    });
  }
}
