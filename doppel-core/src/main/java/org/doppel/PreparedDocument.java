package org.doppel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doppel.document.Document;
import org.doppel.document.EasyReadLayout;
import org.doppel.document.GermanText;
import org.doppel.document.QuotedWords;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.Span;
import org.doppel.document.StockSentences;
import org.doppel.document.TokenSequence;
import org.doppel.fingerprint.DocumentVectorizer;
import org.doppel.fingerprint.Fact;
import org.doppel.fingerprint.FactExtractor;
import org.doppel.fingerprint.Shingles;
import org.doppel.match.Passage;
import org.doppel.match.PassageAligner;
import org.doppel.match.SeedGrams;
import org.doppel.match.SentenceAligner;
import org.doppel.match.SentenceBags;
import org.doppel.match.ShingleOverlap;
import org.doppel.match.ShingleSet;
import org.doppel.match.TextJudge;
import org.doppel.match.TextReading;
import org.doppel.relate.EasyLanguageNames;
import org.jspecify.annotations.Nullable;

/**
 * A document with its sentences and facts, computed when a pair first needs them (most pairs are
 * settled as copies without) and then kept however many pairs the document is in. Confined to
 * the thread that verifies its pairs. Made by {@link PairVerifier#prepare(Document)}, read by its
 * {@link PairVerifier#verify(PreparedDocument, PreparedDocument, boolean)}.
 */
public final class PreparedDocument {
  private final Document document;
  // each computed on first use: a pair settled by its shingles never needs the rest
  private @Nullable List<Sentence> sentences;
  private @Nullable List<Fact> facts;
  private @Nullable SentenceBags bags;
  private boolean @Nullable [] discounted;
  private @Nullable StockSentences furniture;
  private @Nullable Boolean caseless;
  private @Nullable Boolean german;
  private @Nullable Boolean easyRead;
  private EasyLanguageNames.@Nullable Kept kept;
  private @Nullable ShingleSet shingles;
  private @Nullable SeedGrams seedGrams;
  private byte @Nullable [] vocabulary;
  private @Nullable TextReading reading;
  private final StockLines stock;
  private final Analysers analysers;

  PreparedDocument(Document document, StockLines stock, Analysers analysers) {
    this.document = document;
    this.stock = stock;
    this.analysers = analysers;
  }

  /**
   * What prepares every document of one verifier, shared by all of them (each is thread-safe): the shingle length and
   * seed grams of its passage aligner, and the sentence, fact and vocabulary analysers.
   */
  record Analysers(int shingleSize, PassageAligner aligner, SentenceSplitter splitter, FactExtractor factExtractor,
      DocumentVectorizer vectorizer) {}

  Document document() {
    return document;
  }

  String id() {
    return document.id();
  }

  /** The document's distinct shingles, for {@link ShingleOverlap#of(ShingleSet, ShingleSet)}. */
  ShingleSet shingles() {
    if (shingles == null) {
      shingles = ShingleSet.of(Shingles.of(document.words(), analysers.shingleSize()));
    }
    return shingles;
  }

  /** The document's k-grams for {@link PassageAligner#align(TokenSequence, SeedGrams, TokenSequence, SeedGrams)}. */
  SeedGrams seedGrams() {
    if (seedGrams == null) {
      seedGrams = analysers.aligner().seedGrams(document.words());
    }
    return seedGrams;
  }

  /** Whether the text is laid out as easy language ({@link EasyReadLayout}). */
  boolean easyRead() {
    if (easyRead == null) {
      easyRead = EasyReadLayout.is(document, sentences());
    }
    return easyRead;
  }

  /** Its names and numbers as an easy-language version keeps them ({@link EasyLanguageNames}), for two German texts. */
  EasyLanguageNames.Kept kept() {
    if (kept == null) {
      kept = EasyLanguageNames.of(document, sentences());
    }
    return kept;
  }

  /** Whether it is German ({@link GermanText}), which the sentence models do not read. */
  boolean german() {
    if (german == null) {
      german = GermanText.is(document);
    }
    return german;
  }

  List<Sentence> sentences() {
    if (sentences == null) {
      sentences = analysers.splitter().split(document);
    }
    return sentences;
  }

  /** Its sentences' content-word stems, for {@link SentenceAligner}. */
  SentenceBags sentenceBags() {
    if (bags == null) {
      bags = SentenceBags.of(document, sentences());
    }
    return bags;
  }

  List<Fact> facts() {
    if (facts == null) {
      facts = analysers.factExtractor().extract(document, sentences());
    }
    return facts;
  }

  /**
   * Its facts as they count against {@code other}'s: a caseless text (all lower case) has no capitals to find
   * names by, so the names of a cased other that it states count as its own.
   */
  List<Fact> factsAgainst(PreparedDocument other) {
    if (!caseless() || other.caseless()) {
      return facts();
    }
    List<Fact> names = analysers.factExtractor().namesIn(document, sentences(), other.facts());
    if (names.isEmpty()) {
      return facts();
    }
    List<Fact> all = new ArrayList<>(facts());
    all.addAll(names);
    return all;
  }

  /** Its vocabulary vector ({@link DocumentVectorizer}), for the cosine that shortlists pairs to judge whole. */
  byte[] vocabulary() {
    if (vocabulary == null) {
      vocabulary = analysers.vectorizer().vectorize(document);
    }
    return vocabulary;
  }

  /** The whole text as {@code judge} reads it: encoded once, however many pairs the document is judged in. */
  TextReading reading(TextJudge judge) {
    if (reading == null) {
      reading = judge.read(document.text());
    }
    return reading;
  }

  boolean caseless() {
    if (caseless == null) {
      caseless = SentenceSplitter.isCaseless(document.text());
    }
    return caseless;
  }

  /**
   * Words that are no evidence of copying on their own: quotations, stock lines, and the stock sentences
   * ({@link StockSentences}) of the fragments that hold the words of {@code passages} on this document's
   * side ({@code sideA}: the passages' {@code a} spans); those are read only as a pair's passages ask.
   */
  boolean[] discounted(List<Passage> passages, boolean sideA) {
    if (discounted == null) {
      discounted = QuotedWords.of(document.words(), document.text());
      boolean[] stock = this.stock.mask(document.words());
      for (int i = 0; i < stock.length; i++) {
        discounted[i] |= stock[i];
      }
      furniture = new StockSentences(document.words(), document.text());
    }
    StockSentences sentences = Objects.requireNonNull(furniture);
    TokenSequence words = document.words();
    for (Passage passage : passages) {
      Span span = sideA ? passage.a() : passage.b();
      sentences.markIn(words.firstStartingAt(span.start()), words.firstStartingAt(span.end()), discounted);
    }
    return discounted;
  }
}
