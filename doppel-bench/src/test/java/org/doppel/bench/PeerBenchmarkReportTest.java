package org.doppel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.doppel.relate.Relation;
import org.junit.jupiter.api.Test;

class PeerBenchmarkReportTest {
  private static PeerBenchmark.Run scan(double wallSeconds) {
    return new PeerBenchmark.Run("scan --copies-only", 1, new PeerBenchmark.Timing(wallSeconds, wallSeconds, 200 * 1024), null, 0, 0);
  }

  @Test
  void theScanIsComparedWithSimTextWhenSimTextRan() {
    PeerBenchmark.Run simText = new PeerBenchmark.Run("sim_text -p -r 8", 1, new PeerBenchmark.Timing(4, 4, 100 * 1024), null, 0, 0);
    String md = PeerBenchmarkReport.markdown(List.of(new PeerBenchmark.SizeResult(1000, 7, Map.of(Relation.EXACT, 3), List.of(simText, scan(2)))), "cmd");
    assertThat(md).contains("| scan --copies-only | 1 | 2.0 | 2.0 | 500 | 2.00 | 200 |");
  }

  @Test
  void withoutSimTextItsColumnSaysNothingRatherThanNaN() {
    String md = PeerBenchmarkReport.markdown(List.of(new PeerBenchmark.SizeResult(1000, 7, Map.of(Relation.EXACT, 3), List.of(scan(2)))), "cmd");
    assertThat(md).contains("| scan --copies-only | 1 | 2.0 | 2.0 | 500 | – | 200 |").doesNotContain("NaN");
  }
}
