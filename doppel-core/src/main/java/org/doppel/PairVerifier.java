package org.doppel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.doppel.match.Alignment;
import org.doppel.match.FactOverlap;
import org.doppel.match.JudgedAlignment;
import org.doppel.match.Passage;
import org.doppel.match.PassageAligner;
import org.doppel.match.PassageEvidence;
import org.doppel.match.SeedGrams;
import org.doppel.match.SemanticSimilarity;
import org.doppel.match.SentenceAligner;
import org.doppel.match.SentenceAlignment;
import org.doppel.match.SentenceBags;
import org.doppel.match.SentenceJudge;
import org.doppel.match.SentencePassages;
import org.doppel.match.ShingleOverlap;
import org.doppel.match.ShingleSet;
import org.doppel.match.TextJudge;
import org.doppel.match.TextReading;
import org.doppel.relate.EasyLanguageNames;
import org.doppel.relate.ModelGate;
import org.doppel.relate.PairEvidence;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.RelationClassifier;
import org.doppel.relate.ReportFloor;
import org.doppel.relate.SentenceLink;
import org.doppel.relate.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Verifies one candidate pair, cheapest evidence first: exact shared runs settle copies; only pairs
 * they leave open (reworded throughout, or linked by facts alone) get their sentences aligned; and
 * only pairs that lexical sentence alignment leaves undecided, and whose report the model could change
 * ({@link ModelGate}), are shown to the embedding model.
 * Thread-safe when the model is. A {@link Corpus} verifies its candidates with one; a distributed scan
 * gets one from {@link Doppel.Builder#verifier()} and verifies the pairs it joined to their texts.
 */
public final class PairVerifier {
  /** A rewrite whose aligned sentences cover this much of the shorter side needs no model to settle it. */
  private static final double SETTLED_WITHOUT_MODEL = 0.6;
  /**
   * Below this lexical coverage of the shorter side the model is not asked: it judges only the
   * sentence pairs words find half-similar, and these never lift such a pair to a rewrite's coverage.
   */
  private static final double WORTH_THE_MODEL = 0.3;
  /** Texts this short (the shorter side, in words) always go to the model: a few sentences cost little. */
  private static final int SHORT_TEXT_WORDS = 130;
  /** Seed density below which a "partial copy" is checked for being a rewrite; verbatim passages are near 1. */
  private static final double LOOSE_COPY_DENSITY = 0.8;
  /**
   * The whole-text judge's probability a pair proposed only by the short texts' vector floor needs to be reported
   * ({@link #verify(Prepared, Prepared, boolean, boolean)}); chosen on the fit parts.
   */
  static final double JUDGED_WHOLE_MIN_PROBABILITY = 0.3;
  /**
   * The facts (names, numbers, quotations) two texts must share for a pair the whole-text judge turns down to be
   * reported all the same when one of them is laid out as easy language ({@link #keepsFactsAsEasyLanguage}); chosen on
   * the fit parts.
   */
  static final int EASY_LANGUAGE_MIN_SHARED_FACTS = 2;
  private static final Verdict NOT_A_COPY = new Verdict(Relation.UNRELATED, 0, "not a copy: its shared passages are too slight to report");
  private final int shingleSize;
  private final PassageAligner aligner;
  private final boolean rewrites;
  private final SentenceAligner sentenceAligner;
  private final RelationClassifier classifier;
  private final ModelGate modelGate;
  private final @Nullable SemanticSimilarity model;
  /** What reads a pair again when its sentences leave it unrelated. */
  private final SecondReadings secondReadings;
  private final ReportFloor floor;
  /** The judge that reads two short texts whole; what a pair proposed only by the short texts' floor must pass. */
  private final @Nullable TextJudge wholeTexts;
  private final StockLines stockLines;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final FactExtractor factExtractor = new FactExtractor();
  private final DocumentVectorizer vectorizer = new DocumentVectorizer();

  PairVerifier(Pipeline pipeline, @Nullable SemanticSimilarity model, Judges judges, StockLines stockLines) {
    Settings settings = pipeline.settings();
    this.shingleSize = pipeline.shingleSize();
    this.aligner = pipeline.aligner();
    this.rewrites = settings.rewrites().enabled();
    this.sentenceAligner = new SentenceAligner(settings.rewrites().sentences());
    this.classifier = pipeline.classifier();
    this.modelGate = new ModelGate(classifier);
    this.model = model;
    SentenceJudge judge = judges.sentences();
    JudgedAlignment judged = model != null && judge != null ? new JudgedAlignment(model, judge, RelationClassifier.JUDGED_SHORT_SIDE) : null;
    TextJudge wholeTexts = model != null ? judges.wholeTexts() : null;
    this.secondReadings = new SecondReadings(sentenceAligner, classifier, model, wholeTexts, judged);
    this.wholeTexts = wholeTexts;
    this.floor = settings.reportFloor();
    this.stockLines = stockLines;
  }

  /**
   * A document with its sentences and facts, computed when a pair first needs them (most pairs are
   * settled as copies without) and then kept however many pairs the document is in. Confined to
   * the thread that verifies its pairs.
   */
  public final class Prepared {
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

    private Prepared(Document document, StockLines stock) {
      this.document = document;
      this.stock = stock;
    }

    Document document() {
      return document;
    }

    String id() {
      return document.id();
    }

    /** The document's distinct shingles, for {@link ShingleOverlap#of(ShingleSet, ShingleSet)}. */
    ShingleSet shingles() {
      if (shingles == null) {
        shingles = ShingleSet.of(Shingles.of(document.words(), shingleSize));
      }
      return shingles;
    }

    /** The document's k-grams for {@link PassageAligner#align(TokenSequence, SeedGrams, TokenSequence, SeedGrams)}. */
    SeedGrams seedGrams() {
      if (seedGrams == null) {
        seedGrams = aligner.seedGrams(document.words());
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
        sentences = splitter.split(document);
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
        facts = factExtractor.extract(document, sentences());
      }
      return facts;
    }

    /**
     * Its facts as they count against {@code other}'s: a caseless text (all lower case) has no capitals to find
     * names by, so the names of a cased other that it states count as its own.
     */
    List<Fact> factsAgainst(Prepared other) {
      if (!caseless() || other.caseless()) {
        return facts();
      }
      List<Fact> names = factExtractor.namesIn(document, sentences(), other.facts());
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
        vocabulary = vectorizer.vectorize(document);
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

  /** Wraps an analysed document; prepare each document once and verify it in as many pairs as it is in. */
  public Prepared prepare(Document document) {
    return new Prepared(document, stockLines);
  }

  /**
   * As {@link #prepare(Document)}, with stock lines other than this verifier's: a standing index
   * counts them per snapshot, as of the query.
   */
  Prepared prepare(Document document, StockLines stock) {
    return new Prepared(document, stock);
  }

  /**
   * Whether two documents are exact copies: equal content hash and word count, and not both empty.
   * Fingerprints carry both ({@link org.doppel.fingerprint.Fingerprint#contentHash()}, {@code wordCount()}).
   */
  public static boolean sameContent(long contentHashA, int wordCountA, long contentHashB, int wordCountB) {
    return contentHashA == contentHashB && wordCountA == wordCountB && wordCountA > 0;
  }

  /**
   * The relation of two documents, with passages, or empty when they are unrelated; the pair's ids come
   * in order whatever the order of {@code x} and {@code y}.
   *
   * @param sameContent whether the two are exact copies ({@link #sameContent(long, int, long, int)})
   */
  public Optional<RelatedPair> verify(Prepared x, Prepared y, boolean sameContent) {
    return verify(new PreparedPair(x, y), sameContent);
  }

  /** {@link #verify(Prepared, Prepared, boolean)} of {@code prepared}'s two documents. */
  private Optional<RelatedPair> verify(PreparedPair prepared, boolean sameContent) {
    Prepared a = prepared.a;
    Prepared b = prepared.b;
    ShingleOverlap overlap = ShingleOverlap.of(a.shingles(), b.shingles());
    Alignment alignment = aligner.align(a.document().words(), a.seedGrams(), b.document().words(), b.seedGrams());
    PairEvidence copyEvidence = new PairEvidence(sameContent, overlap, alignment);
    Verdict copy = classifier.classify(copyEvidence);
    // A partial copy made of loosely seeded passages may be a rewrite whose moved sentences broke
    // the passages up: the sentence evidence decides between the two.
    boolean looseCopy = copy.relation() == Relation.PARTIAL && alignment.density() < LOOSE_COPY_DENSITY;
    if (copy.relation() != Relation.UNRELATED && !looseCopy) {
      Optional<RelatedPair> reported = reported(a, b, copy, alignment);
      if (reported.isPresent() || !rewrites || !slightCopyOfShortTexts(a, b, copy)) {
        return reported;
      }
      // A copy too slight to report (a quotation kept verbatim, a sign-off) between two short texts may be a rewrite
      // that kept its quotation: a restyled or simplified news item rewords everything but the words it quotes.
      return verifyRewrite(prepared, overlap, alignment, Alignment.NONE, NOT_A_COPY);
    }
    // Without a rewrite, a pair reworded throughout that covers both documents is still an edited near-duplicate.
    Verdict noRewrite = looseCopy ? copy : classifier.editedCopy(copyEvidence);
    if (!rewrites) {
      return reported(a, b, noRewrite, alignment);
    }
    return verifyRewrite(prepared, overlap, alignment, looseCopy ? Alignment.NONE : alignment, noRewrite);
  }

  /**
   * As {@link #verify(Prepared, Prepared, boolean)}, for a pair proposed only by two short texts' vocabulary vectors
   * from the short texts' floor ({@code judgedWhole}: {@link org.doppel.index.CandidatePairs#judgedWhole}): reported only
   * when the whole-text judge also gives the two at least {@link #JUDGED_WHOLE_MIN_PROBABILITY}. The cosine that
   * proposed it does not tell a simplification from a same-topic text, and such a text reaches a rewrite's reading as
   * easily (reworded sentence pairs); the judge, reading both to the end, tells most of them apart. Without a model,
   * and where a side is German (the judge reads English: it gave 5 of the 6 German rewrites on german-rewrites' fit part
   * under 0.3), the pair is verified as any other.
   */
  public Optional<RelatedPair> verify(Prepared x, Prepared y, boolean sameContent, boolean judgedWhole) {
    PreparedPair prepared = new PreparedPair(x, y);
    Optional<RelatedPair> pair = verify(prepared, sameContent);
    if (!judgedWhole || wholeTexts == null || pair.isEmpty() || x.german() || y.german()) {
      return pair;
    }
    double probability = wholeTexts.probability(x.reading(wholeTexts), y.reading(wholeTexts));
    return probability >= JUDGED_WHOLE_MIN_PROBABILITY || keepsFactsAsEasyLanguage(prepared) ? pair : Optional.empty();
  }

  /**
   * Whether one of two texts is laid out as easy language ({@link EasyReadLayout}) and the two share at least
   * {@link #EASY_LANGUAGE_MIN_SHARED_FACTS} facts: an easy-language version keeps its original's names where it drops its
   * words, and the whole-text judge, which learnt on prose, gives such a version and its original under 0.1–0.2 where a
   * reading has verified them. Same-topic texts that a reading pairs with a prose text of the subject share a name or
   * a number at most.
   */
  private static boolean keepsFactsAsEasyLanguage(PreparedPair pair) {
    return (pair.a.easyRead() || pair.b.easyRead()) && pair.facts().shared().size() >= EASY_LANGUAGE_MIN_SHARED_FACTS;
  }

  /**
   * Two documents of a pair in id order, and the facts they share ({@link FactOverlap}), worked out when the pair first
   * needs them and then kept: the rewrite reading needs them, and a pair the whole-text judge then turns down asks
   * again ({@link #keepsFactsAsEasyLanguage}); most pairs, settled as copies, never do.
   */
  private static final class PreparedPair {
    final Prepared a;
    final Prepared b;
    private @Nullable FactOverlap facts;

    PreparedPair(Prepared x, Prepared y) {
      boolean xFirst = x.id().compareTo(y.id()) <= 0;
      this.a = xFirst ? x : y;
      this.b = xFirst ? y : x;
    }

    FactOverlap facts() {
      if (facts == null) {
        facts = FactOverlap.of(a.factsAgainst(b), b.factsAgainst(a));
      }
      return facts;
    }
  }

  /**
   * The rewrite reading of a pair the copy rules leave unrelated or loosely copied: sentence evidence, read
   * again with the embedding model where it could change the report, then the second readings.
   */
  private Optional<RelatedPair> verifyRewrite(PreparedPair pair, ShingleOverlap overlap, Alignment alignment, Alignment copyPassages,
      Verdict noRewrite) {
    Prepared a = pair.a;
    Prepared b = pair.b;
    FactOverlap facts = pair.facts();
    SentenceAlignment sentences = sentenceAligner.align(a.document(), a.sentences(), a.sentenceBags(), b.document(), b.sentences(), b.sentenceBags(), null);
    Verdict rewrite = classifier.classify(new PairEvidence(false, overlap, copyPassages, sentences, facts));
    if (model != null && undecided(sentences, a.document(), b.document())
        && modelGate.couldChangeReport(rewrite, noRewrite, sentences, facts, comparesEverySentence(a, b))) {
      sentences = sentenceAligner.align(a.document(), a.sentences(), a.sentenceBags(), b.document(), b.sentences(), b.sentenceBags(), model);
      rewrite = classifier.classify(new PairEvidence(false, overlap, copyPassages, sentences, facts));
    }
    if (rewrite.relation() != Relation.PARAPHRASE && noRewrite.relation() == Relation.UNRELATED) {
      SecondReadings.Reading second = secondReadings.of(a, b, facts);
      if (second != null) {
        sentences = second.sentences();
        rewrite = second.verdict();
      }
    }
    if (rewrite.relation() != Relation.PARAPHRASE) {
      return reported(a, b, noRewrite, alignment);
    }
    if (rewrite.score() < floor.minScore()) {
      return Optional.empty();
    }
    List<SentenceLink> links = sentences.pairs().stream()
        .map(match -> new SentenceLink(match.a().span(a.document().words()), match.b().span(b.document().words()), match.similarity()))
        .toList();
    return Optional.of(pair(a, b, rewrite, SentencePassages.of(sentences, a.document(), b.document())).withSentences(links));
  }

  /**
   * Whether a partial copy the report floor turned down is between two texts short enough to be judged whole, so
   * that reading it as a rewrite costs a few sentences: long articles sharing a quotation stay as they were.
   */
  private static boolean slightCopyOfShortTexts(Prepared a, Prepared b, Verdict copy) {
    return copy.relation() == Relation.PARTIAL
        && RelationClassifier.shortEnoughToJudgeWhole(a.document().words().size(), b.document().words().size());
  }

  /**
   * Lexical alignment left the pair open: it does not cover the shorter side well enough to be a rewrite
   * whatever the model says, and either covers enough for the model to make it one, or the texts are short.
   */
  private boolean undecided(SentenceAlignment sentences, Document a, Document b) {
    double shortSide = sentences.wordsA() <= sentences.wordsB() ? sentences.coverageA() : sentences.coverageB();
    if (shortSide >= SETTLED_WITHOUT_MODEL) {
      return false;
    }
    // Below 30% the model also finds same-topic sentences ("X and Y split up") across unrelated articles:
    // on rewrites-dev, asking it there (when the vocabularies were close) added 0.4% of the rewrites and 3% wrong pairs.
    return shortSide >= WORTH_THE_MODEL || Math.min(a.words().size(), b.words().size()) <= SHORT_TEXT_WORDS;
  }

  /** Whether the model would compare every sentence pair of the two: short texts, or few sentences on one side. */
  private static boolean comparesEverySentence(Prepared a, Prepared b) {
    return Math.min(a.document().words().size(), b.document().words().size()) <= SHORT_TEXT_WORDS
        || SentenceAligner.comparesEveryPair(a.sentences().size(), b.sentences().size());
  }

  /** The copy, when it is one and clears the report floor. */
  private Optional<RelatedPair> reported(Prepared a, Prepared b, Verdict verdict, Alignment alignment) {
    if (verdict.relation() == Relation.UNRELATED) {
      return Optional.empty();
    }
    PassageEvidence evidence = floor.weighsPassages() && verdict.relation() == Relation.PARTIAL
        ? PassageEvidence.of(alignment, a.document().words(), a.discounted(alignment.passages(), true), b.document().words(),
            b.discounted(alignment.passages(), false))
        : new PassageEvidence(Integer.MAX_VALUE, true);
    return floor.admits(verdict, evidence) ? Optional.of(pair(a, b, verdict, alignment)) : Optional.empty();
  }

  private static RelatedPair pair(Prepared a, Prepared b, Verdict verdict, Alignment alignment) {
    List<Passage> passages = alignment.passages().stream()
        .map(p -> p.withAttachedPunctuation(a.document().text(), b.document().text())).toList();
    return new RelatedPair(a.id(), b.id(), verdict, null, passages);
  }
}
