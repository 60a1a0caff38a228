package org.doppel.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class KeyTermsTest {
  private static List<BytesRef> tokens(KeyTerms terms) {
    TermToBytesRefAttribute term = terms.getAttribute(TermToBytesRefAttribute.class);
    List<BytesRef> out = new ArrayList<>();
    terms.reset();
    while (terms.incrementToken()) {
      out.add(BytesRef.deepCopyOf(term.getBytesRef()));
    }
    return out;
  }

  @Test
  void intKeysBecomeBigEndianTermsInOrderWithRepeatsKept() {
    List<BytesRef> tokens = tokens(KeyTerms.ofInts(new int[] {7, -1, 7}));
    assertThat(tokens).containsExactly(new BytesRef(ByteBuffer.allocate(4).putInt(7).array()),
        new BytesRef(ByteBuffer.allocate(4).putInt(-1).array()), new BytesRef(ByteBuffer.allocate(4).putInt(7).array()));
    assertThat(tokens.get(0)).isEqualTo(KeyTerms.intTerm(7));
  }

  @Test
  void longKeysMatchTheSingleTermALookupUses() {
    long key = 0x0123_4567_89AB_CDEFL;
    assertThat(tokens(KeyTerms.ofLongs(new long[] {key, Long.MIN_VALUE})))
        .containsExactly(KeyTerms.longTerm(key), new BytesRef(ByteBuffer.allocate(8).putLong(Long.MIN_VALUE).array()));
    assertThat(KeyTerms.longTerm(key)).isEqualTo(new BytesRef(ByteBuffer.allocate(8).putLong(key).array()));
  }

  @Test
  void noKeysMakeAnEmptyStream() {
    KeyTerms none = KeyTerms.ofInts(new int[0]);
    assertThat(none.isEmpty()).isTrue();
    assertThat(tokens(none)).isEmpty();
    assertThat(tokens(KeyTerms.ofLongs(new long[0]))).isEmpty();
  }
}
