package org.doppel.index;

import static org.doppel.index.IndexFields.ANCHOR;
import static org.doppel.index.IndexFields.BAND;
import static org.doppel.index.IndexFields.FACT;
import static org.doppel.index.IndexFields.LINE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.doppel.fingerprint.Fingerprint;
import org.jspecify.annotations.Nullable;

/**
 * The scan's candidate rule ({@link InMemoryCandidateIndex}) over the Lucene postings of one {@link IndexSnapshot}: each
 * document's shared band, line, anchor and fact keys counted, stock keys (in more than {@code maxPostings} documents)
 * skipped but a band key's, whose documents {@link HotBands} links.
 */
final class SnapshotCandidates {
  private final IndexReader reader;
  private final LuceneIndex.KeyRules rules;

  SnapshotCandidates(IndexReader reader, LuceneIndex.KeyRules rules) {
    this.reader = reader;
    this.rules = rules;
  }

  /**
   * The candidates of {@code fingerprint}'s keys; {@code self} is never one, and when it is not {@code selfIndexed} (a
   * text asked about in its place, or none) its postings are left out of the keys' counts and the text's own counted.
   */
  List<Candidate> find(Fingerprint fingerprint, int self, boolean selfIndexed, IntToLongFunction minute, long selfMinute) {
    try {
      Map<Integer, int[]> shared = new HashMap<>();
      Map<Integer, Long> minutes = new HashMap<>(); // a document's minute read once, however many hot bands it shares
      count(BAND, rules.banding().keys(fingerprint.minHash()), 0, self, selfIndexed, shared, doc -> minutes.computeIfAbsent(doc, minute::applyAsLong), selfMinute);
      count(LINE, KeyTerms.keys(fingerprint.lineKeyCount(), fingerprint::lineKey), 1, self, selfIndexed, shared, null, 0);
      count(ANCHOR, KeyTerms.keys(fingerprint.anchorCount(), fingerprint::anchor), 2, self, selfIndexed, shared, null, 0);
      count(FACT, KeyTerms.keys(fingerprint.factCount(), fingerprint::fact), 3, self, selfIndexed, shared, null, 0);
      List<Candidate> out = new ArrayList<>();
      shared.forEach((doc, c) -> {
        if (c[0] > 0 || c[1] > 0 || c[2] >= rules.minSharedAnchors() || c[3] >= rules.minSharedFacts()) {
          out.add(new Candidate(doc, c[0], c[2] + c[1], c[3]));
        }
      });
      out.sort(Comparator.comparingInt(Candidate::docNumber));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds to {@code shared[doc][slot]} how often each document posts the query's keys, skipping stock keys; a
   * band key over the cap ({@code minute} given) adds the documents {@link HotBands#linkedDocs} picks, once each.
   * {@code self} is never counted: when it is not {@code selfIndexed} (a question replacing it) its postings are left
   * out of the keys' counts too, and the question's own counted instead.
   */
  private void count(String field, int[] queryKeys, int slot, int self, boolean selfIndexed, Map<Integer, int[]> shared,
      @Nullable IntToLongFunction minute, long selfMinute) throws IOException {
    int[] sorted = queryKeys.clone();
    Arrays.sort(sorted);
    List<long[]> postings = new ArrayList<>();
    // One terms iterator per segment for all keys of the field: the keys are sorted, so each
    // seek moves forward through the same term blocks.
    TermsEnum[] iterators = new TermsEnum[reader.leaves().size()];
    PostingsEnum[] reuse = new PostingsEnum[iterators.length];
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      iterators[leaf.ord] = terms == null ? null : terms.iterator();
    }
    for (int start = 0; start < sorted.length; ) {
      int end = start;
      while (end < sorted.length && sorted[end] == sorted[start]) {
        end++;
      }
      int multiplicity = end - start;
      // The scan counts the query's own postings of a key when it decides whether the key is stock.
      int limit = rules.maxPostings() - (selfIndexed ? 0 : multiplicity);
      int replaced = selfIndexed ? -1 : self;
      postings.clear();
      if (livePostings(iterators, reuse, KeyTerms.intTerm(sorted[start]), limit, replaced, postings)) {
        for (long[] posting : postings) {
          int doc = (int) posting[0];
          if (doc != self) {
            shared.computeIfAbsent(doc, d -> new int[4])[slot] += (int) posting[1] * multiplicity;
          }
        }
      } else if (minute != null) {
        postings.clear();
        livePostings(iterators, reuse, KeyTerms.intTerm(sorted[start]), Integer.MAX_VALUE, replaced, postings);
        int[] posted = postings.stream().mapToInt(p -> (int) p[0]).toArray();
        for (int doc : HotBands.linkedDocs(posted, self, minute, selfMinute)) {
          shared.computeIfAbsent(doc, d -> new int[4])[slot] += multiplicity;
        }
      }
      start = end;
    }
  }

  /** Collects (doc, freq) of the live postings of a term but {@code skipped}'s; false when they sum past {@code limit}. */
  private boolean livePostings(TermsEnum[] iterators, PostingsEnum[] reuse, BytesRef term, int limit, int skipped, List<long[]> out)
      throws IOException {
    int total = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      TermsEnum iterator = iterators[leaf.ord];
      if (iterator == null || !iterator.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum docs = iterator.postings(reuse[leaf.ord], PostingsEnum.FREQS);
      reuse[leaf.ord] = docs;
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live != null && !live.get(doc) || leaf.docBase + doc == skipped) {
          continue;
        }
        total += docs.freq();
        if (total > limit) {
          return false;
        }
        out.add(new long[] {leaf.docBase + doc, docs.freq()});
      }
    }
    return true;
  }
}
