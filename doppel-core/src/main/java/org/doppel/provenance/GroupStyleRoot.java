package org.doppel.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.doppel.ingest.SourceText;

/**
 * Names a group's original by style, decided over the whole group rather than pair by pair. Of a pair the judge left
 * unknown, an end R is named the original when R writes {@link #MIN_PARENTHESES} parentheses or more, every document
 * R has a reported pair with (the pair's other end and {@link #MIN_RELATED} − 1 more at least) writes none, and no
 * document is named R's original. Read pair by pair, a style cue orders two rewrites of one source as readily as a
 * source and its rewrite (models drop an original's asides in parentheses, and drop them from one rewrite and not
 * another); read over the group, a sibling cannot lead both its source and the source's other rewrites, so the
 * sibling answers fall away (docs/quality.md, "Direction, a twentieth round": on the fit parts 11 right answers, none
 * backwards, 2 sibling answers, on three sets; the other cues screened, words a sentence and German long words, gave
 * more sibling or backwards answers than right ones).
 *
 * <p>Runs last in the provenance stage, after {@link SiblingRewrites} and {@link GroupAnswerCarrier}, on their
 * answers, and only on the pairs the judge itself left unknown and the carrier did not answer: the carrier's answers
 * rest on the judge's own evidence, so they come first and may name R's original (which stops R here); a pair whose
 * answer a third document withdrew stays unknown. Its answers need no order among themselves: a named root writes
 * parentheses and every document related to it none, so no root is related to another. Linear in the pairs: each
 * document's parentheses are counted once, and each candidate root's related documents read once. A query against a
 * standing index sees only the query's pairs and does not run it; the Spark job counts the same by joins and decides
 * with {@link #leads}.
 */
public final class GroupStyleRoot {
  /** Parentheses the named original writes at least (one may be a stray mark; two are a habit of the text). */
  public static final int MIN_PARENTHESES = 2;

  /** Documents the named original has a reported pair with, the pair's other end among them: a group, not a pair. */
  public static final int MIN_RELATED = 2;

  /** The share of its answers right on the development sets' fit parts, a sibling pair's answer counted wrong (11 of 13). */
  static final double CONFIDENCE = 0.85;

  static final String SIGNAL = "group_style";

  private GroupStyleRoot() {}

  /** The opening parentheses of {@code text}. */
  public static int parentheses(String text) {
    int n = 0;
    for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      n++;
    }
    return n;
  }

  /** The opening parentheses of {@code document}'s text, as {@link #parentheses(String)} counts them, without decoding it. */
  public static int parentheses(SourceText document) {
    return document.countAscii('(');
  }

  /**
   * Whether a document that writes {@code parentheses} parentheses, is named the copy of no document ({@code
   * namedCopy} false) and has reported pairs with {@code related} documents, of which {@code relatedWithParentheses}
   * write a parenthesis, leads its group: the group's original.
   */
  public static boolean leads(int parentheses, boolean namedCopy, int related, int relatedWithParentheses) {
    return parentheses >= MIN_PARENTHESES && !namedCopy && related >= MIN_RELATED && relatedWithParentheses == 0;
  }

  /**
   * {@code settled} (the directions after {@link GroupAnswerCarrier}) with a group's style root named the original of
   * the pairs {@code judged} (the same pairs in the same order, as the judge left them) and {@code settled} both have
   * unknown; {@code parentheses} counts a document's parentheses (each document asked once at most).
   */
  public static List<DirectedPair> apply(List<DirectedPair> judged, List<DirectedPair> settled, ToIntFunction<String> parentheses) {
    Map<String, List<String>> related = RelatedDocuments.ofDirected(settled);
    Set<String> namedCopies = GroupRoots.namedCopies(settled);
    Map<String, Integer> counted = new HashMap<>();
    ToIntFunction<String> count = id -> counted.computeIfAbsent(id, parentheses::applyAsInt);
    return GroupRoots.named(judged, settled, id -> isRoot(id, related.getOrDefault(id, List.of()), namedCopies, count),
        (p, root) -> name(p, root, related.getOrDefault(root, List.of()).size()));
  }

  private static boolean isRoot(String id, List<String> related, Set<String> namedCopies, ToIntFunction<String> parentheses) {
    if (parentheses.applyAsInt(id) < MIN_PARENTHESES || namedCopies.contains(id) || related.size() < MIN_RELATED) {
      return false; // the cheap tests first: most documents are no candidate, and their group is not read
    }
    // the first related document that writes one is enough to stop it
    int withParentheses = (int) related.stream().filter(z -> parentheses.applyAsInt(z) > 0).limit(1).count();
    return leads(parentheses.applyAsInt(id), false, related.size(), withParentheses);
  }

  /** {@code unknown} with {@code original} named its original, the group's size in the detail. */
  public static DirectedPair name(DirectedPair unknown, String original, int related) {
    return GroupRoots.name(unknown, original, SIGNAL, CONFIDENCE,
        "writes asides in parentheses and none of the " + related + " documents related to it does");
  }
}
