package org.doppel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PoolResultsTest {
  @Test
  void everyLayerOfThePoolsCopiesIsTakenOff() {
    // a subtask's exception copied when its parent task joined it on another thread, then copied again for the caller
    IllegalStateException thrown = new IllegalStateException("what the task said");
    IllegalStateException copied = new IllegalStateException(thrown.toString(), thrown);
    IllegalStateException copiedAgain = new IllegalStateException(copied.toString(), copied);

    assertThatThrownBy(() -> PoolResults.result(CompletableFuture.failedFuture(copiedAgain))).isSameAs(thrown);
  }

  @Test
  void anExceptionThatWrapsAnotherOfItsOwnIsLeftAsItIs() {
    IllegalStateException cause = new IllegalStateException("the reader failed");
    IllegalStateException wrapper = new IllegalStateException("cannot add document d1", cause);

    assertThatThrownBy(() -> PoolResults.result(CompletableFuture.failedFuture(wrapper))).isSameAs(wrapper);
  }
}
