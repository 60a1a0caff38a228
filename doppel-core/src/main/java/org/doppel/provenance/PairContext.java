package org.doppel.provenance;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.function.Function;
import java.util.List;
import java.util.Set;
import org.doppel.document.DocumentAnalyzer;
import org.doppel.document.Sentence;
import org.doppel.document.SentenceSplitter;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.AsciiFirst;
import org.doppel.ingest.SourceText;
import org.doppel.match.Passage;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DirectionSignal} may look at: the pair, both documents as read, their texts and content words,
 * and which of those words lie inside the pair's passages, each made once per pair on first request and shared
 * by the signals that read it. Confined to one thread.
 */
public final class PairContext {
  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();
  /** Reads a document's content words by analysing it afresh. */
  public static final Function<SourceText, TokenSequence> ANALYSE = source -> ANALYZER.analyze(source).words();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private final AnalysedDocuments documents;
  private final RelatedPair pair;
  private final SourceText a;
  private final SourceText b;
  // each made on first use: most signals read none of them
  private @Nullable TokenSequence wordsA;
  private @Nullable TokenSequence wordsB;
  private @Nullable String textA;
  private @Nullable String textB;
  private @Nullable List<Sentence> sentencesA;
  private @Nullable List<Sentence> sentencesB;
  private @Nullable BitSet insideA;
  private @Nullable BitSet insideB;
  private @Nullable MissingFactCounts missingFacts;
  private int letterRunsA = -1;
  private int letterRunsB = -1;
  private @Nullable Set<String> numbersA;
  private @Nullable Set<String> numbersB;

  /**
   * @param pair the related pair, {@code a} before {@code b}
   * @param a the pair's first document
   * @param b the pair's second document
   */
  public PairContext(RelatedPair pair, SourceText a, SourceText b) {
    this(pair, a, b, ANALYSE);
  }

  /**
   * @param words a document's content words as the matching stages saw them; a corpus that kept
   *     what it found when the document was added reads them faster than {@link #ANALYSE}
   */
  public PairContext(RelatedPair pair, SourceText a, SourceText b, Function<SourceText, TokenSequence> words) {
    this(pair, a, b, AnalysedDocuments.ofWords(words));
  }

  /** @param documents the documents' words, texts and sentences as the matching stages saw them */
  public PairContext(RelatedPair pair, SourceText a, SourceText b, AnalysedDocuments documents) {
    if (!pair.a().equals(a.id()) || !pair.b().equals(b.id())) {
      throw new IllegalArgumentException("documents " + a.id() + ", " + b.id() + " do not belong to the pair "
          + pair.a() + ", " + pair.b());
    }
    this.pair = pair;
    this.a = a;
    this.b = b;
    this.documents = documents;
  }

  public RelatedPair pair() {
    return pair;
  }

  public SourceText a() {
    return a;
  }

  public SourceText b() {
    return b;
  }

  /**
   * Whether the pair is a paraphrase whose passages were aligned: the only pairs the clues of a rewrite's manner read
   * (condensing, generalising, easy language, kept facts, case, shorthand, typography, an unfinished ending).
   */
  public boolean isAlignedParaphrase() {
    return pair.relation() == Relation.PARAPHRASE && !pair.passages().isEmpty();
  }

  /** The content words of document a, as the matching stages saw them (passage spans point into them). */
  public TokenSequence wordsA() {
    if (wordsA == null) {
      wordsA = documents.words(a);
    }
    return wordsA;
  }

  /** The content words of document b. */
  public TokenSequence wordsB() {
    if (wordsB == null) {
      wordsB = documents.words(b);
    }
    return wordsB;
  }

  /** Document a's text, read once for the signals ({@link SourceText#text()} decodes it on every call). */
  public String textA() {
    if (textA == null) {
      textA = documents.text(a);
    }
    return textA;
  }

  /** Document b's text. */
  public String textB() {
    if (textB == null) {
      textB = documents.text(b);
    }
    return textB;
  }

  /** Document a's sentences ({@link SentenceSplitter#split(String, TokenSequence)} of its text and words). */
  public List<Sentence> sentencesA() {
    if (sentencesA == null) {
      sentencesA = sentences(a, textA(), wordsA());
    }
    return sentencesA;
  }

  /** Document b's sentences. */
  public List<Sentence> sentencesB() {
    if (sentencesB == null) {
      sentencesB = sentences(b, textB(), wordsB());
    }
    return sentencesB;
  }

  private List<Sentence> sentences(SourceText document, String text, TokenSequence words) {
    List<Sentence> kept = documents.sentences(document);
    return kept != null ? kept : SPLITTER.split(text, words);
  }

  /** The indexes of the words of {@link #wordsA()} inside the pair's passages ({@link PassageWords#inside}). */
  BitSet insideA() {
    if (insideA == null) {
      insideA = PassageWords.inside(wordsA(), pair.passages().stream().map(Passage::a).toList());
    }
    return insideA;
  }

  /** The indexes of the words of {@link #wordsB()} inside the pair's passages. */
  BitSet insideB() {
    if (insideB == null) {
      insideB = PassageWords.inside(wordsB(), pair.passages().stream().map(Passage::b).toList());
    }
    return insideB;
  }

  /** The facts each side's passages state that the other's lack ({@link FactSubsetSignal#missingFacts}), counted once for the signals that read them. */
  MissingFactCounts missingFacts() {
    if (missingFacts == null) {
      missingFacts = FactSubsetSignal.missingFacts(this);
    }
    return missingFacts;
  }

  /** The runs of letters of document a's text ({@link #letterRuns(String)}), the length the whole-text clues compare. */
  int letterRunsA() {
    if (letterRunsA < 0) {
      letterRunsA = letterRuns(textA());
    }
    return letterRunsA;
  }

  /** The runs of letters of document b's text. */
  int letterRunsB() {
    if (letterRunsB < 0) {
      letterRunsB = letterRuns(textB());
    }
    return letterRunsB;
  }

  /** The distinct numbers of document a's text, as written ({@link #numbers(String)}); unmodifiable. */
  Set<String> numbersA() {
    if (numbersA == null) {
      numbersA = Collections.unmodifiableSet(numbers(textA()));
    }
    return numbersA;
  }

  /** The distinct numbers of document b's text; unmodifiable. */
  Set<String> numbersB() {
    if (numbersB == null) {
      numbersB = Collections.unmodifiableSet(numbers(textB()));
    }
    return numbersB;
  }

  /** The runs of letters (a word with an apostrophe or hyphen counts twice, in both texts alike). */
  static int letterRuns(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = AsciiFirst.isLetter(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /**
   * The distinct numbers of a text, as written, in the order they first appear: the matches of {@code
   * \d+(?:[.,]\d+)*} ({@link NumberRuns}, ASCII digits as Java's {@code \d}: the clues that read them were fitted on
   * that pattern), found by hand, as that pattern's matcher finds them (a test compares the two), at about a quarter of
   * its cost under C1 (docs/benchmarks.md, "The model scan without AVX-512"). Unlike {@link GroupFactsRoot#figures} it
   * keeps one digit, the separators and clock times: the clues compare the pair's texts as written.
   */
  static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      // NumberRuns.isDigit(c, false) written out: asked of every char, its call cost a third more under C1 (ScanCost)
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int start = i;
      i = NumberRuns.end(text, i, false);
      out.add(text.substring(start, i));
    }
    return out;
  }

  /** The other document of the pair. */
  SourceText other(SourceText one) {
    return one == a ? b : a;
  }
}
