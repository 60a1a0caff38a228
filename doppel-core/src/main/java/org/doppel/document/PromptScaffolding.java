package org.doppel.document;

import java.util.List;
import java.util.Set;

/**
 * What a language model's prompt or answer leaves in a text it rewrote: the request ("Please paraphrase
 * the passage.", "Given a 'passage', please rewrite it …", "Your task is to rewrite this passage"), its
 * constraints ("The style should be serious.", "Do not generate any other word.", "You are a
 * journalist."), the announcement of the answer ("Here is the paraphrased version of the passage:"), a
 * label ("Rewritten:", "Paraphrased passage:") and the sign-off ("I hope this helps"). Every rewrite made
 * with one prompt carries the same words, so they join texts that share nothing else.
 */
final class PromptScaffolding {
  /** Verbs that ask for a rewrite, and their German forms. */
  private static final Set<String> REQUESTS = Set.of("paraphrase", "rewrite", "rephrase", "reword", "polish", "revise", "refine",
      "condense", "simplify", "summarize", "summarise", "shorten", "improve", "edit", "concise", "formuliere", "formulieren",
      "umformulieren", "paraphrasiere", "paraphrasieren", "überarbeite", "überarbeiten", "schreibe", "kürze", "fasse");
  /** Stems of the words no article uses about its own text: "paraphrase(d)", "rewrite/rewritten", "rephrased", "reworded", "umformuliert". */
  private static final List<String> REWRITE_STEMS = List.of("paraphras", "rewrit", "rephras", "reword", "umformulier", "paraphrasier");
  /** What an answer calls itself ("a polished version", "the condensed text"). */
  private static final Set<String> REWRITTEN = Set.of("polished", "revised", "refined", "condensed", "simplified", "summarized",
      "summarised", "shorter", "concise", "improved", "edited", "fluent", "überarbeitete", "gekürzte", "vereinfachte");
  /** What a prompt calls the text to rewrite. */
  private static final Set<String> TEXT = Set.of("passage", "text", "paragraph", "article", "sentence", "statement", "snippet",
      "following", "content", "story", "this", "it", "absatz", "artikel", "abschnitt", "folgenden");
  /** What a prompt's constraints are about ("The content should be the same."). */
  private static final Set<String> CONSTRAINED = Set.of("content", "style", "tone", "meaning", "length", "output", "answer", "language",
      "wording", "format", "facts", "passage", "text", "rewrite", "paraphrase");
  /** Words a label before the answer or the original may hold besides the rewrite words ("The 'passage' is:", "Original:"). */
  private static final Set<String> LABEL_WORDS = Set.of("passage", "original", "prompt", "input", "output", "answer", "response");
  /** Who a prompt tells the model it is ("You are a journalist."). */
  private static final Set<String> ROLES = Set.of("journalist", "writer", "editor", "assistant", "reporter", "copywriter", "model",
      "ai", "proofreader", "paraphraser");
  /** At most this many words, a fragment ending with a colon is a label. */
  static final int LABEL_SIZE = 8;
  /** At most this many words, "Here is …" without a colon still announces an answer. */
  static final int ANNOUNCEMENT_SIZE = 12;

  /** Every sentence this class recognises, but a label ending in a colon, holds one of these words. */
  static final Set<String> TRIGGERS = SegmentWords.union(List.of("help", "please", "bitte", "can", "could", "task", "given", "want",
      "here", "here's", "below", "hier", "should", "must", "generate", "generating", "you", "hope"), REQUESTS);

  private PromptScaffolding() {}

  static boolean matches(SegmentWords s) {
    return request(s) || announcement(s) || label(s) || constraint(s) || s.hasPair("hope", "this") && s.has("helps");
  }

  /** Whether a word of the fragment is a rewrite word; asked last, as it tests every word's stem. */
  private static boolean rewriteWord(SegmentWords s) {
    return s.hasPrefixed(REWRITE_STEMS);
  }

  /** "Please paraphrase the passage.", "Can you rewrite this?", "Help me polish this", "Bitte formuliere den Text um". */
  private static boolean request(SegmentWords s) {
    int lead = s.leadFrom(0);
    if (s.at(lead).equals("help") && s.at(lead + 1).equals("me")) {
      lead += 2;
    }
    if (REQUESTS.contains(s.at(lead)) && (s.hasAny(TEXT) || s.hasPair("for", "me"))) {
      return true;
    }
    return (s.has("please") || s.has("bitte") || s.hasPair("can", "you") || s.hasPair("could", "you") || s.hasPair("your", "task")
        || s.has("given") || s.hasPair("i", "want")) && s.hasAny(TEXT) && rewriteWord(s);
  }

  /** "Here is the paraphrased version of the passage:", "Sure! Here's a shorter version:", "Hier ist die umformulierte Fassung:". */
  private static boolean announcement(SegmentWords s) {
    boolean here = s.has("here's") || s.hasPair("here", "is") || s.hasPair("below", "is") || s.hasPair("hier", "ist");
    return here && (s.endsWithColon() || s.size() <= ANNOUNCEMENT_SIZE) && (s.hasAny(REWRITTEN) || rewriteWord(s));
  }

  /** "Rewritten:", "Paraphrased passage:", "After rewriting:", "The 'passage' is:". */
  private static boolean label(SegmentWords s) {
    if (!s.endsWithColon()) {
      return false;
    }
    int first = s.at(0).equals("the") ? 1 : 0;
    return s.size() <= LABEL_SIZE && (s.hasAny(REWRITTEN) || rewriteWord(s))
        || s.size() <= first + 2 && LABEL_WORDS.contains(s.at(first));
  }

  /** "The content should be the same.", "Do not generate any other word.", "You are a journalist." */
  private static boolean constraint(SegmentWords s) {
    if (s.at(0).equals("the") && CONSTRAINED.contains(s.at(1)) && (s.at(2).equals("should") || s.at(2).equals("must"))) {
      return true;
    }
    if ((s.hasPair("not", "generate") || s.hasPair("without", "generating") || s.hasPair("don't", "generate")) && (s.has("word") || s.has("words"))) {
      return true;
    }
    return s.at(0).equals("you") && s.at(1).equals("are") && (s.at(2).equals("a") || s.at(2).equals("an")) && s.size() <= 6
        && s.hasAny(ROLES);
  }
}
