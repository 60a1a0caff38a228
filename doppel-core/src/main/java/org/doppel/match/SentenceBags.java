package org.doppel.match;

import java.util.List;
import org.doppel.document.Document;
import org.doppel.document.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * A document's sentences as {@link SentenceBag}s, for {@link SentenceAligner}: made once per document however many
 * pairs it is aligned in (stemming every word of both sides was half of aligning a pair), with the postings of their
 * stems made the first time the document is a pair's second side. Not thread-safe: kept by the thread that verifies
 * the document's pairs.
 */
public final class SentenceBags {
  private final List<SentenceBag> bags;
  private @Nullable StemPostings postings;

  private SentenceBags(List<SentenceBag> bags) {
    this.bags = bags;
  }

  /** The bags of {@code sentences} of {@code document}, in order. */
  public static SentenceBags of(Document document, List<Sentence> sentences) {
    SentenceBag[] bags = new SentenceBag[sentences.size()];
    for (int i = 0; i < bags.length; i++) {
      bags[i] = SentenceBag.of(document.words(), document.text(), sentences.get(i));
    }
    return new SentenceBags(List.of(bags));
  }

  List<SentenceBag> list() {
    return bags;
  }

  StemPostings postings() {
    if (postings == null) {
      postings = StemPostings.of(bags);
    }
    return postings;
  }
}
