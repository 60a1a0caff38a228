package org.doppel.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.doppel.document.TokenSequence;
import org.doppel.ingest.ArticleMetadata.Attribution;
import org.doppel.ingest.SourceText;
import org.doppel.relate.PairComponents;
import org.doppel.relate.RelatedPair;

/**
 * Runs the provenance stage: judges the direction of every pair, builds the story families and resolves the
 * documents' attribution statements against the documents they are related to.
 */
public final class ProvenanceAnalyzer {
  /** Pairs judged together, sharing their documents' words; see {@link PairComponents}. */
  private static final int MAX_GROUP_PAIRS = 2048;
  private final DirectionJudge judge;
  private final FamilyBuilder families;
  private final StoryLinks storyLinks;
  private final WordFrequencies frequencies;
  private final Function<SourceText, TokenSequence> storyWords;

  /** Families of the reported pairs alone: no {@linkplain StoryLinks story links}. */
  public ProvenanceAnalyzer(DirectionJudge judge, FamilyBuilder families) {
    this(judge, families, StoryLinks.none(), new DocumentFrequencies(), PairContext.ANALYSE);
  }

  /**
   * @param storyLinks how documents left alone join their story
   * @param frequencies the corpus's document frequencies, for the story links' word weights
   * @param storyWords a document's words as {@code frequencies} counted them
   */
  public ProvenanceAnalyzer(DirectionJudge judge, FamilyBuilder families, StoryLinks storyLinks, WordFrequencies frequencies,
      Function<SourceText, TokenSequence> storyWords) {
    this.judge = judge;
    this.families = families;
    this.storyLinks = storyLinks;
    this.frequencies = frequencies;
    this.storyWords = storyWords;
  }

  /**
   * @param documents every document id of the corpus, in corpus order
   * @param pairs the related pairs
   * @param source the document of an id
   * @param wordCount content words of a document
   */
  public Provenance analyze(Collection<String> documents, List<RelatedPair> pairs, Function<String, SourceText> source,
      ToIntFunction<String> wordCount) {
    return analyze(documents, pairs, source, wordCount, PairContext.ANALYSE);
  }

  /**
   * As {@link #analyze(Collection, List, Function, ToIntFunction)}, reading a document's content words
   * with {@code words} (see {@link PairContext#PairContext(RelatedPair, SourceText, SourceText, Function)}).
   */
  public Provenance analyze(Collection<String> documents, List<RelatedPair> pairs, Function<String, SourceText> source,
      ToIntFunction<String> wordCount, Function<SourceText, TokenSequence> words) {
    return ofDirected(documents, directions(pairs, source, words), source, wordCount);
  }

  /**
   * As {@link #analyze(Collection, List, Function, ToIntFunction, Function)}, given every pair already
   * {@linkplain #direct directed}, in the order of the pairs: a scan judges each pair as it verifies it,
   * with the words verification analysed, instead of analysing every related document again here. The directions of
   * sibling rewrites are made unknown first ({@link SiblingRewrites}), then the group's answers carried to the pairs left
   * unknown ({@link GroupAnswerCarrier}), then a group's original named by style ({@link GroupStyleRoot}), then by its
   * facts ({@link GroupFactsRoot}): {@code directed} must be every pair of the corpus.
   */
  public Provenance ofDirected(Collection<String> documents, List<DirectedPair> judged, Function<String, SourceText> source,
      ToIntFunction<String> wordCount) {
    List<DirectedPair> directed = settled(judged, source);
    Provenance.Families made = families(documents, directed, source, wordCount);
    return new Provenance(directed, made.families(), made.attributions());
  }

  /**
   * As {@link #ofDirected(Collection, List, Function, ToIntFunction)}, the families and attribution notes made when
   * first asked for ({@link Provenance#withFamiliesOnUse}), by {@code run} (which runs the making on a pool); sibling
   * rewrites' directions made unknown and the group's answers carried as there.
   */
  public Provenance ofDirected(Collection<String> documents, List<DirectedPair> judged, Function<String, SourceText> source,
      ToIntFunction<String> wordCount, Function<Supplier<Provenance.Families>, Provenance.Families> run) {
    List<DirectedPair> directed = settled(judged, source);
    return Provenance.withFamiliesOnUse(directed, () -> run.apply(() -> families(documents, directed, source, wordCount)));
  }

  /**
   * The judge's answers once every pair of the corpus is judged: sibling rewrites' answers withdrawn ({@link
   * SiblingRewrites}), then the group's answers carried to the pairs the judge left unknown ({@link GroupAnswerCarrier}),
   * then a group's original named by style on the pairs still unknown ({@link GroupStyleRoot}), then by its facts
   * ({@link GroupFactsRoot}). In this order because a carried answer must not give back what a third document withdrew,
   * nor lean on a withdrawn one; because the style root, weak evidence, must yield to an answer the judge's own evidence
   * carried (one naming the root a copy); and because the facts root, fitted after the style root on what it left
   * unknown, must yield to it in turn.
   */
  private static List<DirectedPair> settled(List<DirectedPair> judged, Function<String, SourceText> source) {
    List<DirectedPair> carried = GroupAnswerCarrier.apply(judged, SiblingRewrites.apply(judged));
    List<DirectedPair> styled = GroupStyleRoot.apply(judged, carried, id -> GroupStyleRoot.parentheses(source.apply(id)));
    return GroupFactsRoot.apply(judged, styled, id -> GroupFactsRoot.figures(source.apply(id).text()));
  }

  private Provenance.Families families(Collection<String> documents, List<DirectedPair> directed, Function<String, SourceText> source,
      ToIntFunction<String> wordCount) {
    List<RelatedPair> pairs = directed.stream().map(DirectedPair::pair).toList();
    List<AttributionNote> notes = attributions(documents, pairs, source);
    Set<String> creditsOutside = new HashSet<>();
    notes.stream().filter(n -> n.resolvedTo() == null).forEach(n -> creditsOutside.add(n.document()));
    List<StoryFamily> built = families.build(documents, directed, wordCount, creditsOutside::contains);
    return new Provenance.Families(storyLinks.join(built, id -> storyWords.apply(source.apply(id)), frequencies), notes);
  }

  /**
   * Each pair's direction alone, without families: what a query against a standing index needs, where
   * the rest of the corpus is not at hand (so sibling rewrites are not looked for: {@link SiblingRewrites}).
   */
  public List<DirectedPair> directions(List<RelatedPair> pairs, Function<String, SourceText> source) {
    return directions(pairs, source, PairContext.ANALYSE);
  }

  private List<DirectedPair> directions(List<RelatedPair> pairs, Function<String, SourceText> source,
      Function<SourceText, TokenSequence> words) {
    // Pairs are independent: judged in parallel (on the caller's fork-join pool when called from one),
    // component by component, so that a document in several pairs has its words read once per group.
    Map<String, Integer> numbers = new HashMap<>();
    int[] firsts = new int[pairs.size()];
    int[] seconds = new int[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      firsts[i] = numbers.computeIfAbsent(pairs.get(i).a(), k -> numbers.size());
      seconds[i] = numbers.computeIfAbsent(pairs.get(i).b(), k -> numbers.size());
    }
    List<int[]> groups = PairComponents.groups(pairs.size(), p -> firsts[p], p -> seconds[p], numbers.size(), MAX_GROUP_PAIRS);
    DirectedPair[] out = new DirectedPair[pairs.size()];
    PairComponents.<Void>eachLargestFirst(groups, (group, unused) -> {
      Map<SourceText, TokenSequence> read = new IdentityHashMap<>();
      Function<SourceText, TokenSequence> cached = document -> read.computeIfAbsent(document, words);
      for (int p : group) {
        RelatedPair pair = pairs.get(p);
        out[p] = direct(pair, source.apply(pair.a()), source.apply(pair.b()), cached);
      }
    });
    return List.of(out);
  }

  /**
   * The direction of one pair of documents {@code a} and {@code b}, whose content words {@code words} reads
   * (see {@link PairContext#PairContext(RelatedPair, SourceText, SourceText, Function)}).
   */
  public DirectedPair direct(RelatedPair pair, SourceText a, SourceText b, Function<SourceText, TokenSequence> words) {
    return direct(pair, a, b, AnalysedDocuments.ofWords(words));
  }

  /** As {@link #direct(RelatedPair, SourceText, SourceText, Function)}, reading the documents' words, texts and sentences from {@code documents}. */
  public DirectedPair direct(RelatedPair pair, SourceText a, SourceText b, AnalysedDocuments documents) {
    Direction direction = judge.judge(new PairContext(pair, a, b, documents));
    return new DirectedPair(pair.withSource(direction.source()), direction);
  }

  /**
   * Every attribution statement, each resolved to the related document on the site it names, if any; in the
   * order of {@code documents}.
   */
  private static List<AttributionNote> attributions(Collection<String> documents, List<RelatedPair> pairs,
      Function<String, SourceText> source) {
    Map<String, List<String>> related = RelatedDocuments.of(pairs);
    // Each document alone, in parallel on the caller's pool (a scan's every document, on one thread at the end
    // of a scan before), the notes kept in document order.
    return new ArrayList<>(documents).parallelStream()
        .flatMap(id -> resolveAttributions(source.apply(id), related.getOrDefault(id, List.of()), other -> source.apply(other).metadata().site()).stream())
        .toList();
  }

  /**
   * The attribution statements of one document, each resolved to the first of {@code related} (the documents
   * it is related to, in pair order) on the site it names, if any. A distributed scan calls this per document
   * with the sites of its related documents joined to it.
   */
  public static List<AttributionNote> resolveAttributions(SourceText document, List<String> related, Function<String, String> siteOf) {
    List<AttributionNote> notes = new ArrayList<>();
    for (Attribution attribution : document.metadata().attributions()) {
      String resolved = null;
      for (String other : related) {
        String site = siteOf.apply(other);
        boolean names = attribution.sourceName() != null ? SiteName.same(attribution.sourceName(), site)
            : SiteName.mentions(attribution.text(), site);
        if (names) {
          resolved = other;
          break;
        }
      }
      notes.add(new AttributionNote(document.id(), attribution.text(), attribution.sourceName(), resolved));
    }
    return notes;
  }
}
