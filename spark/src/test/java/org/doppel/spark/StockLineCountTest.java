package org.doppel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.doppel.StockLines;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class StockLineCountTest {
  private static final long FOOTER = 77;
  private static final long QUOTE = 88;
  private static final long OWN = 99;

  @Test
  void aLineIsStockWhenTheFirstDocumentsOfItsSurroundingsAreEnough() {
    List<Analysed> documents = new ArrayList<>();
    // the footer under three different texts, each text copied once more later: three first documents
    for (int i = 0; i < 6; i++) {
      documents.add(document(i, new long[] {FOOTER, OWN + i}, new long[] {1000 + i % 3, 5000 + i}));
    }
    // a quotation in three surroundings, but every surrounding first seen in one document
    documents.add(document(10, new long[] {QUOTE, QUOTE, QUOTE}, new long[] {1, 2, 3}));
    documents.add(document(11, new long[] {QUOTE}, new long[] {2}));

    Set<Long> stock = stock(documents, 3, 2);
    assertEquals(Set.of(FOOTER), stock);
    assertEquals(Set.of(FOOTER, QUOTE, OWN, OWN + 1, OWN + 2, OWN + 3, OWN + 4, OWN + 5), stock(documents, 1, 3),
        "with one surrounding enough, every line");
    assertEquals(Set.of(), stock(documents, 4, 1));
  }

  private static Set<Long> stock(List<Analysed> documents, int minSurroundings, int partitions) {
    List<Tuple2<Integer, Columns>> blocks = new ArrayList<>();
    // two map partitions: the first half of the documents and the rest
    StockLineCount.rows(documents.subList(0, documents.size() / 2).iterator(), partitions).forEachRemaining(blocks::add);
    StockLineCount.rows(documents.subList(documents.size() / 2, documents.size()).iterator(), partitions).forEachRemaining(blocks::add);
    Set<Long> out = new TreeSet<>();
    for (int p = 0; p < partitions; p++) {
      int partition = p;
      StockLineCount.stock(blocks.stream().filter(b -> b._1() == partition).iterator(), minSurroundings).forEachRemaining(out::add);
    }
    return out;
  }

  private static Analysed document(long number, long[] lines, long[] surroundings) {
    return new Analysed(number, null, 0, 0, new byte[0], new int[0], new long[0], new StockLines.Lines(lines, surroundings), new int[0], new byte[0]);
  }
}
