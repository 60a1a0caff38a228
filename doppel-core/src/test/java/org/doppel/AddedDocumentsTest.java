package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;

class AddedDocumentsTest {
  @Test
  void eachDocumentKeepsItsNumberAndColumnsPastTheFirstGrowth() {
    AddedDocuments documents = new AddedDocuments();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2500; i++) { // the columns start at 1024 and double twice
      String id = "doc-" + i;
      ids.add(id);
      assertThat(documents.add(SourceText.of(id, "text " + i), 31L * i - 7, i % 97, new int[] {i})).isEqualTo(i);
    }
    assertThat(documents.size()).isEqualTo(2500);
    assertThat(documents.ids()).isEqualTo(ids);
    for (int i : new int[] {0, 1023, 1024, 2047, 2048, 2499}) {
      int number = documents.number("doc-" + i);
      assertThat(number).isEqualTo(i);
      assertThat(documents.source(number).text()).isEqualTo("text " + i);
      assertThat(documents.contentHash(number)).isEqualTo(31L * i - 7);
      assertThat(documents.wordCount(number)).isEqualTo(i % 97);
      assertThat(documents.metadataLines(number)).containsExactly(i);
    }
  }

  @Test
  void anIdNeverAddedIsNullToTheCorpusAndARefusalSayingWhatToDoToItsCaller() {
    AddedDocuments documents = new AddedDocuments();
    documents.add(SourceText.of("a", "text"), 1, 1, new int[0]);
    assertThat(documents.numberOrNull("a")).isZero();
    assertThat(documents.numberOrNull("b")).isNull();
    assertThatThrownBy(() -> documents.number("b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no document with id 'b' in the corpus: add it first");
    assertThatThrownBy(() -> documents.number(null)).isInstanceOf(NullPointerException.class).hasMessage("id is null");
  }
}
