package org.doppel.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Combines the clues of several {@link DirectionSignal}s into one {@link Direction}.
 *
 * <ul>
 *   <li>Strong clues (dates, attributions, canonical URLs, photo credits) decide when they all point the same
 *       way; the answer's confidence is {@code 1 - Π(1 - p_signal)} over the agreeing signals, with
 *       {@code p} from {@link #CONFIDENCE}. Weak clues that agree are listed too; weak clues that disagree are
 *       outweighed and mentioned in the detail.
 *   <li>When strong clues disagree the answer is unknown: a wrong source is worse than none, because it sends
 *       a publisher after the wrong site.
 *   <li>Without strong clues, weak clues (rewrite, cohesion, facts, model style, condensation, generalisation,
 *       typography, easy language, lower case, shorthand, an unfinished ending) decide
 *       only when they all agree, and not when each of them is one that may not decide alone
 *       ({@link DirectionClue#decidesAlone()}): such a clue comes from a context where the signal's answers were not
 *       clearly right on the development sets.
 * </ul>
 */
public final class DirectionJudge {
  /**
   * The chance that a signal alone points the right way; measured on reuse-dev, facts and model_style on
   * rewrites-dev's fit part (docs/quality.md). model_style was right on 102 of 105 clues there; 0.9 leaves room for
   * the human simplifications of formal articles that no development set holds.
   */
  static final Map<String, Double> CONFIDENCE = Map.ofEntries(
      Map.entry("attribution", 0.95), Map.entry("date", 0.9), Map.entry("canonical_url", 0.9), Map.entry("photo_credit", 0.8),
      Map.entry("cohesion", 0.7), Map.entry("rewrite", 0.7), Map.entry("facts", 0.9), Map.entry("model_style", 0.9),
      Map.entry("condensed", 0.9), Map.entry("generalised", 0.9), Map.entry("typography", 0.9),
      Map.entry("easy_language", 0.9), Map.entry("lower_case", 0.9), Map.entry("shorthand", 0.9),
      Map.entry("unfinished_ending", 0.9));

  private final List<DirectionSignal> signals;

  public DirectionJudge(List<DirectionSignal> signals) {
    this.signals = List.copyOf(signals);
  }

  /** Dates, attributions, canonical URLs and photo credits; weak signals are added by the caller. */
  public static DirectionJudge metadataSignals() {
    return new DirectionJudge(List.of(new DateSignal(), new AttributionSignal(), new CanonicalUrlSignal(), new PhotoCreditSignal()));
  }

  /**
   * The scan's judge: the metadata signals, then rewrite rarity (margin 0.3 nats, passages within 5% in length,
   * Welch's t of 1.5 for a paraphrase and 1 for a near-duplicate, 4 differing words a side for a near-duplicate, not alone
   * on a paraphrase under t 3 whose named copy states more facts, nor on one whose sentences were split or merged, see
   * {@link RewriteSignal}), cohesion (0.1 and 1.5 times), facts
   * dropped (3, 3 times, 60 words, not naming a text the original of a rewrite over 2 times its words), the model
   * vocabulary (1 word and 1 per 100 words more, see {@link ModelStyleSignal}),
   * condensation (1.5 times the words and 2 numbers, or numbers and names, more, or 2.5 times the words and no number of
   * the shorter text's own, see {@link CondensationSignal}) and
   * generalisation (2 numbers dropped and more vague quantities, see {@link GeneralisationSignal}) and typography
   * (apostrophes, or English double quotation marks outside German texts, all typographic against all plain, see
   * {@link TypographySignal}), an easy-language layout on one side only (see {@link EasyLanguageSignal}) and a
   * lower-cased text against a cased rewrite (four in five sentence beginnings in lower case against one in five or
   * fewer, 3 sentences a side, see {@link LowerCaseSignal}) and shorthand spelt out (2 abbreviations, slashes,
   * ampersands or ellipses against none, see {@link ShorthandSignal}) and a last line cut off mid-sentence against a
   * finished one (5 words, at most 0.6 of them in the other's last line, see {@link UnfinishedEndingSignal}), reading word rarity from
   * {@code frequencies}.
   */
  public static DirectionJudge standard(WordFrequencies frequencies) {
    return metadataSignals()
        .with(new RewriteSignal(frequencies, 0.3, 1.05, 1.5, 1.0, 0.75, 4, 3, false, 0.6))
        .with(new CohesionSignal(frequencies, 0.1, 1.5))
        .with(new FactSubsetSignal(3, 3, 60, 2))
        .with(new ModelStyleSignal(ModelVocabulary.standard(), 1, 1.0))
        .with(new CondensationSignal(1.5, 2, 2.5))
        .with(new GeneralisationSignal(2))
        .with(new TypographySignal(1))
        .with(new EasyLanguageSignal())
        .with(new LowerCaseSignal(0.8, 3))
        .with(new ShorthandSignal(2))
        .with(new UnfinishedEndingSignal(5, 0.6));
  }

  /** This judge with one more signal weighed after the others. */
  public DirectionJudge with(DirectionSignal signal) {
    List<DirectionSignal> more = new ArrayList<>(signals);
    more.add(signal);
    return new DirectionJudge(more);
  }

  public Direction judge(PairContext pair) {
    List<DirectionClue> clues = new ArrayList<>();
    for (DirectionSignal signal : signals) {
      clues.addAll(signal.clues(pair));
    }
    List<DirectionClue> strong = clues.stream().filter(DirectionClue::strong).toList();
    List<DirectionClue> weak = clues.stream().filter(c -> !c.strong()).toList();
    if (!strong.isEmpty()) {
      return decide(strong, weak, clues);
    }
    if (!weak.isEmpty()) {
      if (weak.stream().noneMatch(DirectionClue::decidesAlone)) {
        // a clue whose record in its context is not clearly right (RewriteSignal) may support or veto, not decide
        return Direction.unknown(clues, "only weak evidence that does not decide alone: " + describe(weak));
      }
      return decide(weak, List.of(), clues);
    }
    // two documents of one day are dated, but the day tells no order: say so rather than "no date"
    return Direction.unknown(clues, DateSignal.sameDate(pair)
        .map(same -> "no date evidence: " + same + "; no attribution, URL, credit, rewrite, cohesion or facts evidence")
        .orElse("no date, attribution, URL, credit, rewrite, cohesion or facts evidence"));
  }

  private static Direction decide(List<DirectionClue> deciding, List<DirectionClue> supporting, List<DirectionClue> all) {
    Set<String> originals = deciding.stream().map(DirectionClue::original).collect(Collectors.toCollection(LinkedHashSet::new));
    if (originals.size() > 1) {
      return Direction.unknown(all, "evidence disagrees: " + describe(deciding));
    }
    String source = originals.iterator().next();
    List<DirectionClue> agreeing = new ArrayList<>(deciding);
    List<DirectionClue> outweighed = new ArrayList<>();
    for (DirectionClue clue : supporting) {
      (clue.original().equals(source) ? agreeing : outweighed).add(clue);
    }
    Set<String> used = agreeing.stream().map(DirectionClue::signal).collect(Collectors.toCollection(LinkedHashSet::new));
    double doubt = 1;
    for (String signal : used) {
      doubt *= 1 - CONFIDENCE.getOrDefault(signal, 0.5);
    }
    String detail = describe(agreeing) + (outweighed.isEmpty() ? "" : "; outweighed: " + describe(outweighed));
    return new Direction(source, Math.round((1 - doubt) * 1000) / 1000.0, List.copyOf(used), all, detail);
  }

  private static String describe(List<DirectionClue> clues) {
    return clues.stream().map(c -> c.signal() + ": " + c.detail()).collect(Collectors.joining("; "));
  }
}
