package org.doppel.bench;

import java.util.SplittableRandom;
import org.doppel.bench.SyntheticCorpus.Kind;
import org.doppel.bench.SyntheticCorpus.Planted;
import org.doppel.ingest.SourceText;

/**
 * Makes the copies of a synthetic corpus, one of each kind in turn: an exact copy, a near-duplicate, a partial copy
 * (paragraphs pasted into a fresh article) and a paraphrase, each of an original drawn at random and each with a
 * copying site's lines around it ({@link CopyingSiteLines}).
 */
final class PlantedCopies {
  private PlantedCopies() {}

  /** The {@code copyNumber}-th copy: its kind cycles through the four, its original is drawn at random. */
  static MadeDocument plant(String id, int copyNumber, SyntheticArticle[] originalArticles, String[] ids, SplittableRandom random) {
    random.nextLong(); // decorrelate from the original drawn with the same index
    Kind kind = Kind.values()[1 + copyNumber % 4];
    int source = random.nextInt(originalArticles.length);
    SyntheticArticle original = originalArticles[source];
    String sourceId = ids[source];
    return switch (kind) {
      case EXACT -> new MadeDocument(new Planted(SourceText.of(id, CopyingSiteLines.around(original.render(), random, true)), kind, sourceId, -1, -1),
          MadeDocument.range(0, original.paragraphs.size()));
      case NEAR_DUPLICATE -> {
        SyntheticArticle edited = original.copy();
        int[] kept = edited.editLightly(random);
        yield new MadeDocument(new Planted(SourceText.of(id, CopyingSiteLines.around(edited.render(), random, random.nextBoolean())), kind,
            sourceId, -1, -1), kept);
      }
      case PARTIAL -> {
        SyntheticArticle host = SyntheticArticle.generate(random);
        int count = 1 + random.nextInt(Math.min(3, original.paragraphs.size()));
        int from = random.nextInt(original.paragraphs.size() - count + 1);
        int at = 1 + random.nextInt(host.paragraphs.size());
        host.paragraphs.addAll(at, original.copy().paragraphs.subList(from, from + count));
        yield new MadeDocument(new Planted(SourceText.of(id, CopyingSiteLines.around(host.render(), random, random.nextBoolean())), kind,
            sourceId, from, from + count), MadeDocument.range(from, from + count));
      }
      case PARAPHRASE -> {
        SyntheticArticle reworded = original.copy();
        reworded.paraphrase(random);
        yield new MadeDocument(new Planted(SourceText.of(id, CopyingSiteLines.around(reworded.render(), random, random.nextBoolean())), kind,
            sourceId, -1, -1), MadeDocument.range(0, original.paragraphs.size()));
      }
      default -> throw new IllegalStateException(kind.toString());
    };
  }
}
