package org.doppel.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Finds the words of a text written all in lower case that its capitals would have marked as names: a word the
 * sentence model's WordPiece vocabulary lacks (the tokenizer must cut it into pieces, so the model's training text
 * rarely had it whole: "borchetta", "lithosphere"), or a word past the vocabulary's {@value #COMMON_WORD_IDS}th id
 * that the text uses more than once (a text's subject is named again and again, while "taliban" or "trump" are
 * whole words of the vocabulary). The vocabulary's word ids run from the most frequent word ("the", 1996) down, so
 * that id stands for about its 3,000 most frequent words.
 *
 * <p>Document-local, as the vocabulary vector must be (the scan, the Spark job and the standing index compute the
 * same vector from the document alone): the list is all-MiniLM-L6-v2's {@code tokenizer.json}, which the jar ships
 * for the sentence model; it is read once, on the first caseless text.
 */
final class CaselessNames {
  /** Word ids above this are uncommon (see the class comment); chosen on the fit parts, docs/quality.md. */
  static final int COMMON_WORD_IDS = 5000;

  private CaselessNames() {}

  /** How rare a word is: its rarest part's vocabulary id, {@link Integer#MAX_VALUE} when a part is not a whole word. */
  static int rank(String word) {
    return Vocabulary.TOKENIZER.wholeWordRank(word);
  }

  /** True when the vocabulary lacks a part of {@code word}: a name or term whatever the text's other words. */
  static boolean isUnknown(int rank) {
    return rank == Integer.MAX_VALUE;
  }

  /** True when {@code word}'s rank puts it past the vocabulary's common words: a name when the text repeats it. */
  static boolean isUncommon(int rank) {
    return rank > COMMON_WORD_IDS;
  }

  /** Loaded on first use (about 0.3 s of CPU), so a scan of cased texts never reads it. */
  private static final class Vocabulary {
    static final WordPieceTokenizer TOKENIZER = load();

    private static WordPieceTokenizer load() {
      String name = TransformerModel.ALL_MINILM_L6_V2.tokenizerResource();
      try (InputStream json = CaselessNames.class.getResourceAsStream(name)) {
        if (json == null) {
          throw new IOException(name + " is not on the class path; the artifact " + TransformerModel.ALL_MINILM_L6_V2.artifact() + " must be");
        }
        return WordPieceTokenizer.fromTokenizerJson(json);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the word list of caseless names", e);
      }
    }
  }
}
