package org.doppel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doppel.document.Document;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.fingerprint.Fingerprint;
import org.doppel.fingerprint.Fingerprinter;
import org.doppel.index.Candidate;
import org.doppel.index.HotBands;
import org.doppel.index.IndexSnapshot;
import org.doppel.index.VectorSearch;
import org.doppel.ingest.SourceText;
import org.doppel.provenance.DirectionJudge;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.provenance.Provenance;
import org.doppel.provenance.ProvenanceAnalyzer;
import org.doppel.provenance.WordFrequencies;
import org.doppel.relate.PhotoRelations;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.SharedPhoto;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DoppelIndex} query's answer from one snapshot, as a scan of the indexed documents and the query would give
 * it: the scan's vector neighbours added to the key candidates, each candidate verified by the scan's
 * {@link PairVerifier} with the stock lines and word frequencies the snapshot (and the query, when it is not indexed)
 * would give a scan, directions judged, pairs ranked. Thread-safe: each query brings its own snapshot.
 */
final class SnapshotAnswers {
  private final Settings settings;
  private final DocumentAnalyzer analyzer;
  private final PairVerifier verifier;

  SnapshotAnswers(Settings settings, DocumentAnalyzer analyzer, PairVerifier verifier) {
    this.settings = settings;
    this.analyzer = analyzer;
    this.verifier = verifier;
  }

  /**
   * The provenance stage as scans and index queries both run it. Rarity is read when provenance is
   * asked for, once documents are added; see RewriteSignal for the margin.
   */
  static ProvenanceAnalyzer provenanceAnalyzer(WordFrequencies frequencies) {
    return new ProvenanceAnalyzer(DirectionJudge.standard(frequencies), FamilyBuilder.defaults());
  }

  /**
   * The key candidates with the documents the scan's vector search adds (short texts only, when the
   * settings search vectors), each once, by document number as the key candidates come.
   */
  List<Candidate> withVectorNeighbours(IndexSnapshot snapshot, List<Candidate> candidates, Fingerprint fingerprint, int self) {
    VectorSearch search = settings.rewrites().vectorSearch();
    if (!search.searches(fingerprint.wordCount()) || fingerprint.vector().length == 0) {
      return candidates;
    }
    int[] neighbours = snapshot.vectorNeighbours(fingerprint.vector(), search.queries(fingerprint.wordCount()), self, search);
    if (neighbours.length == 0) {
      return candidates;
    }
    Set<Integer> proposed = new HashSet<>();
    List<Candidate> out = new ArrayList<>(candidates);
    out.forEach(c -> proposed.add(c.docNumber()));
    for (int doc : neighbours) {
      if (proposed.add(doc)) {
        out.add(Candidate.byVectorsAlone(doc, fingerprint.vector(), snapshot.storedVector(doc), search.minCosine()));
      }
    }
    out.sort(Comparator.comparingInt(Candidate::docNumber));
    return out;
  }

  DoppelIndex.QueryResult answer(IndexSnapshot snapshot, SourceText source, Document document, Fingerprint fingerprint,
      List<Candidate> candidates, long @Nullable [] queryWords, StockLines stock, int top, Map<String, List<SharedPhoto>> shared) {
    Map<String, SourceText> documents = new HashMap<>();
    documents.put(source.id(), source);
    List<RelatedPair> pairs = new ArrayList<>();
    PreparedDocument prepared = verifier.prepare(document, stock);
    for (Candidate candidate : candidates) {
      SourceText other = snapshot.document(candidate.docNumber());
      Document analysed = analyzer.analyze(other);
      // The content hash and length a fingerprint of the other document would hold, from its words.
      boolean sameContent = fingerprint.wordCount() > 0 && fingerprint.wordCount() == analysed.words().size()
          && fingerprint.contentHash() == Fingerprinter.contentHash(analysed.words());
      verifier.verify(prepared, verifier.prepare(analysed, stock), sameContent, candidate.judgedWhole()).ifPresent(pair -> {
        pairs.add(pair);
        documents.put(other.id(), other);
      });
    }
    // Directions as a scan would judge them, with this document counted among the corpus's words.
    Provenance provenance = new Provenance(
        provenanceAnalyzer(frequencies(snapshot, queryWords)).directions(pairs, documents::get), List.of(), List.of());
    // a document that shares a photo but no text is a shared_photo pair, as in a scan
    List<RelatedPair> ranked = new ArrayList<>(PhotoRelations.withPhotoOnlyPairs(provenance.relatedPairs(), shared));
    for (String key : shared.keySet()) {
      for (String id : key.split("\n", 2)) {
        if (!documents.containsKey(id)) {
          int number = snapshot.numberOf(id);
          documents.put(id, snapshot.document(number));
        }
      }
    }
    // equal scores (every verbatim copy of a sentence scores 1.00) in publication order, earliest first, undated last:
    // a fact-checker asking where a claim comes from reads the first match as its earliest known source
    ranked.sort(Comparator.comparingDouble(RelatedPair::score).reversed()
        .thenComparingLong(pair -> publicationMinute(documents.get(other(pair, source.id()))))
        .thenComparing(pair -> other(pair, source.id())));
    return new DoppelIndex.QueryResult(source, List.copyOf(ranked.subList(0, Math.min(top, ranked.size()))), provenance, Map.copyOf(documents),
        Map.copyOf(shared));
  }

  private static String other(RelatedPair pair, String id) {
    return pair.a().equals(id) ? pair.b() : pair.a();
  }

  private static long publicationMinute(@Nullable SourceText document) {
    return document == null ? HotBands.UNDATED : HotBands.minute(document.metadata());
  }

  /**
   * The stock lines a scan of the snapshot's documents, plus the query's {@code queryLines} when it
   * is not indexed (null when it is), would learn: a line is stock once seen in
   * {@code stockSurroundings} distinct surroundings. Each line is looked up once a query.
   */
  StockLines stockLines(IndexSnapshot snapshot, StockLines.@Nullable Lines queryLines) {
    int minLineWords = settings.fingerprint().minLineWords();
    int min = settings.reportFloor().stockSurroundings();
    if (min == 0) {
      return new StockLines(minLineWords, 0);
    }
    long @Nullable [] keys = queryLines == null ? null : queryLines.keys();
    long @Nullable [] inSurroundings = queryLines == null ? null : queryLines.inSurroundings();
    Map<Long, Boolean> known = new ConcurrentHashMap<>();
    return StockLines.lookedUp(minLineWords, min,
        key -> known.computeIfAbsent(key, k -> snapshot.lineSurroundings(k, keys, inSurroundings, min) >= min));
  }

  /**
   * Word document frequencies of the snapshot, with one more document holding {@code queryWords}
   * when the query is not indexed (null when it is): the query counts as part of the corpus, as in a scan.
   */
  private static WordFrequencies frequencies(IndexSnapshot snapshot, long @Nullable [] queryWords) {
    long @Nullable [] extra = queryWords == null ? null : Arrays.stream(queryWords).sorted().distinct().toArray();
    int documents = snapshot.size() + (extra == null ? 0 : 1);
    // The direction signals ask again for the words each pair shares; one postings lookup per
    // segment and word is the costly part, so each word is looked up once a query.
    Map<Long, Integer> counted = new ConcurrentHashMap<>();
    return new WordFrequencies() {
      @Override
      public int count(long hash) {
        return counted.computeIfAbsent(hash, h -> {
          boolean inQuery = extra != null && Arrays.binarySearch(extra, h) >= 0;
          return snapshot.documentFrequency(h) + (inQuery ? 1 : 0);
        });
      }

      @Override
      public int documents() {
        return documents;
      }
    };
  }
}
