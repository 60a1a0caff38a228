package org.doppel.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.IngestProblem;
import org.junit.jupiter.api.Test;

/** A broken record's message held till reading resumes, and a missing trailer held till it is known to be one. */
class PendingBreakTest {
  private final List<IngestProblem> damage = new ArrayList<>();
  private final List<IngestProblem> warnings = new ArrayList<>();
  private final DamageReports reports = new DamageReports(damage::add, warnings::add);

  @Test
  void aHeldBreakIsSaidOnceWithItsOutcomeAndCounted() {
    PendingBreak pending = new PendingBreak();
    pending.sayTo(reports, "nothing held");
    assertThat(damage).isEmpty();
    pending.hold("c.warc@120", "corrupt or truncated WARC record after the record at byte 120: bad header; ", 900);
    assertThat(pending.isHeld()).isTrue();
    assertThat(pending.resume()).isEqualTo(900);
    pending.sayTo(reports, "skipped to the next record, at byte 900");
    pending.sayTo(reports, "said twice");
    assertThat(damage).containsExactly(new IngestProblem("c.warc@120",
        "corrupt or truncated WARC record after the record at byte 120: bad header; skipped to the next record, at byte 900", true));
    assertThat(reports.broken()).isEqualTo(1);
    assertThat(pending.isHeld()).isFalse();
  }

  @Test
  void aDroppedBreakIsNotSaid() {
    PendingBreak pending = new PendingBreak();
    pending.hold("c.warc.gz@0", "corrupt or truncated WARC record at the start of the file: x; ", -1);
    pending.drop();
    pending.sayTo(reports, "");
    assertThat(damage).isEmpty();
    assertThat(reports.broken()).isZero();
  }

  @Test
  void aMissingTrailerIsSaidOnceAboutTheLastRecordUnlessItRanIntoTheNextMember() {
    HeldTrailerWarning trailer = new HeldTrailerWarning(reports, "c.warc.gz");
    trailer.lastRecordAt("c.warc.gz@0#1");
    trailer.hold(0);
    assertThat(trailer.isHeldAt(0)).isTrue();
    assertThat(trailer.isHeldAt(512)).isFalse();
    assertThat(warnings).isEmpty();
    trailer.say();
    trailer.say();
    trailer.lastRecordAt("c.warc.gz@512#2");
    trailer.hold(512);
    trailer.sayPastItsMember(1024);
    trailer.say();
    assertThat(warnings).extracting(IngestProblem::location).containsExactly("c.warc.gz@0#1", "c.warc.gz@512#2");
    assertThat(warnings.get(0).message()).isEqualTo("WARC warning: invalid record trailer");
    assertThat(warnings.get(1).message()).startsWith("the record's Content-Length runs past its gzip member into the record at byte 1024");
    assertThat(damage).isEmpty();
  }
}
