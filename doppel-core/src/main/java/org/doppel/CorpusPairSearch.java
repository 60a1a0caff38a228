package org.doppel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.doppel.document.Document;
import org.doppel.document.PackedMetadataLines;
import org.doppel.document.Sentence;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.index.Candidate;
import org.doppel.index.CandidateIndex;
import org.doppel.index.CandidatePairs;
import org.doppel.index.HotBands;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.AnalysedDocuments;
import org.doppel.relate.PairComponents;
import org.doppel.relate.ParallelSort;
import org.doppel.relate.RelatedPair;

/**
 * How a {@link Corpus} finds the documents that share text: candidates from its index, each verified
 * ({@link PairVerifier}) against its documents analysed again, for one document ({@link #copiesOf}) or for every pair
 * ({@link #verifyAllPairs}). Its caller holds the corpus's read lock ({@link CorpusLock#reading}); the parallel work
 * runs on pools of that lock, whose workers do not ask for it again.
 */
final class CorpusPairSearch {
  /**
   * Pairs verified together, sharing their analysed documents; a larger component is cut into groups of
   * this many, so that one group holds at most twice as many analysed documents (about 10 KB each).
   */
  private static final int MAX_GROUP_PAIRS = 2048;

  private final CorpusParts corpus;
  /** {@code corpus.documents()}, read at every step. */
  private final AddedDocuments documents;
  private final PairVerifier verifier;

  CorpusPairSearch(CorpusParts corpus, PairVerifier verifier) {
    this.corpus = corpus;
    this.documents = corpus.documents();
    this.verifier = verifier;
  }

  /** The related pairs of document {@code number} of the corpus, sorted by ids; unmodifiable. */
  List<RelatedPair> copiesOf(int number) {
    Document document = analysed(number);
    List<Candidate> candidates = candidates(corpus.fingerprinter().fingerprint(document), number, HotBands.minute(documents.source(number).metadata()));
    return verifyAll(document, documents.contentHash(number), documents.wordCount(number), candidates);
  }

  /**
   * The related pairs of {@code document}, which need not be in the corpus, sorted by ids; unmodifiable.
   *
   * @param self the number of the corpus's document with its id, left out of the candidates; -1 for none
   */
  List<RelatedPair> copiesOf(Document document, Fingerprint fingerprint, int self) {
    List<Candidate> candidates = candidates(fingerprint, self, HotBands.minute(document.source().metadata()));
    return verifyAll(document, fingerprint.contentHash(), fingerprint.wordCount(), candidates);
  }

  /** A text in more than {@code maxPostings} documents links the earliest of them and its nearest ({@link HotBands}). */
  private synchronized List<Candidate> candidates(Fingerprint fingerprint, int self, long selfMinute) {
    return corpus.index().candidates(fingerprint, self, doc -> HotBands.minute(documents.source(doc).metadata()), selfMinute);
  }

  private List<RelatedPair> verifyAll(Document document, long contentHash, int wordCount, List<Candidate> candidates) {
    List<RelatedPair> out = new ArrayList<>();
    PreparedDocument prepared = verifier.prepare(document);
    for (Candidate candidate : candidates) {
      int other = candidate.docNumber();
      PreparedDocument otherDocument = verifier.prepare(analysed(other));
      verifier.verify(prepared, otherDocument, sameContent(contentHash, wordCount, other), candidate.judgedWhole()).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(RelatedPair::a).thenComparing(RelatedPair::b));
    return Collections.unmodifiableList(out);
  }

  /**
   * The related pairs sorted by ids, each as {@code found} makes it of the pair and of its group's documents as
   * verification analysed them (their words, texts and sentences, read while the group is verified), {@code pairOf}
   * its pair.
   * Pairs are verified component by component, each document analysed once per group rather than once
   * per pair it is in (a document in ten candidate pairs was tokenised ten times).
   */
  <T> List<T> verifyAllPairs(ScanProgress progress,
      BiFunction<RelatedPair, AnalysedDocuments, T> found,
      Function<T, RelatedPair> pairOf) {
    progress.update("candidates", 0, 1);
    // On the pool: the index finds each kind's pairs in parallel. The stock lines are counted on one thread
    // (a line counts for the first document that brings it), beside the candidate pairs rather than before them.
    CandidatePairs candidates = onPool(() -> {
      ForkJoinTask<?> stock = ForkJoinTask.adapt(corpus.stockLines()::count).fork();
      CandidatePairs pairs = corpus.index().allCandidatePairs(this::publicationMinute);
      stock.join();
      return pairs;
    });
    progress.update("candidates", 1, 1);
    List<int[]> groups = PairComponents.groups(candidates.size(), candidates::first, candidates::second, documents.size(), MAX_GROUP_PAIRS);
    long total = candidates.size();
    AtomicLong verified = new AtomicLong();
    List<T> verifiedPairs = onPool(() -> PairComponents.eachLargestFirst(groups, (int[] group, Consumer<T> local) -> {
      Map<Integer, PreparedDocument> prepared = new HashMap<>();
      AnalysedDocuments analysed = new PreparedDocuments(prepared);
      for (int p : group) {
        int first = candidates.first(p);
        int second = candidates.second(p);
        verifier.verify(prepared(prepared, first), prepared(prepared, second), sameContent(documents.contentHash(first), documents.wordCount(first), second),
                candidates.judgedWhole(p))
            .ifPresent(pair -> local.accept(found.apply(pair, analysed)));
      }
      progress.update("verify", verified.addAndGet(group.length), total);
    }));
    return onPool(() -> ParallelSort.sorted(verifiedPairs,
        Comparator.comparing((T t) -> pairOf.apply(t).a()).thenComparing(t -> pairOf.apply(t).b())));
  }

  /**
   * A document's place in the order of publication, as {@link CandidateIndex#allCandidatePairs(java.util.function.IntUnaryOperator)}
   * reads it: dated documents by day and time (a day without a time at its start), then the undated, equal minutes in
   * the order added. The pair search pairs the copies of a text found in very many documents with the earliest of them
   * ({@link org.doppel.index.InMemoryCandidateIndex}), so only those documents' metadata is read for it: most
   * documents of a plain-text corpus never have their metadata lines read ({@link SourceText#metadata()}).
   */
  private int publicationMinute(int doc) {
    return (int) HotBands.minute(documents.source(doc).metadata()); // within the int range: HotBands.minute clamps it
  }

  /** The documents of one group of pairs as verification prepared them, for the direction signals. */
  private final class PreparedDocuments implements AnalysedDocuments {
    private final Map<Integer, PreparedDocument> prepared;

    PreparedDocuments(Map<Integer, PreparedDocument> prepared) {
      this.prepared = prepared;
    }

    @Override
    public TokenSequence words(SourceText document) {
      return of(document).document().words();
    }

    @Override
    public String text(SourceText document) {
      return of(document).document().text();
    }

    @Override
    public List<Sentence> sentences(SourceText document) {
      return of(document).sentences();
    }

    private PreparedDocument of(SourceText document) {
      return prepared(prepared, documents.number(document.id()));
    }
  }

  private PreparedDocument prepared(Map<Integer, PreparedDocument> cache, int number) {
    return cache.computeIfAbsent(number, n -> verifier.prepare(analysed(n)));
  }

  /** Document {@code number} analysed again, with the metadata lines found when it was added. */
  private Document analysed(int number) {
    return corpus.analyzer().analyze(documents.source(number), PackedMetadataLines.unpack(documents.metadataLines(number)));
  }

  /** The content words of a document of this corpus, as the matching stages saw them. */
  TokenSequence words(SourceText source) {
    Integer number = documents.numberOrNull(source.id());
    return number != null && documents.source(number) == source ? analysed(number).words() : corpus.analyzer().analyze(source).words();
  }

  /** Exact copies: equal content hash and word count, and not both empty. */
  private boolean sameContent(long contentHash, int wordCount, int other) {
    return PairVerifier.sameContent(contentHash, wordCount, documents.contentHash(other), documents.wordCount(other));
  }

  private <T> T onPool(Callable<T> work) {
    return corpus.lock().onPool(corpus.threads(), work);
  }
}
