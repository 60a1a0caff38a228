package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.doppel.document.TokenSequence;

/**
 * Joins documents that no reported pair links (families of one) to the one story family whose words they share
 * clearly more of than any other's: a continuation of an article, or a rewrite too free to be reported as a copy,
 * is still part of its story, and a reader asking "which story is this part of?" expects it there. A story link
 * is weaker than a copy relation: it is never reported as a pair, it never gives a member a parent (so it never
 * moves a family's origin or tree), and it never bridges two families, since only a document still alone joins and
 * it joins one family.
 *
 * <p>The evidence is the documents' specific words: each document is a vector of its words that occur in at least
 * two documents and at most {@code maxDocumentShare} of the corpus, weighted by (1 + log count) times log inverse
 * document frequency and normalised (a TF-IDF cosine), so shared names, places, figures and rare words weigh and
 * common ones do not. A lone document's similarity to a family is its cosine with the family's nearest member
 * (not with the whole family, whose many members would outweigh a small family's few). It joins the family with the
 * highest similarity when that is at least {@code minSimilarity} and at least {@code minMargin} times the similarity
 * to any other family: a document about the same celebrity or the same event as two stories says nothing about
 * which of them it belongs to, so it stays alone.
 *
 * <p>Only in a corpus of at least {@code minDocuments} documents: in fewer, a subject's words are as rare as a story's
 * names. Above that a topic's words still fall inside the band in a corpus of a few thousand documents (and a band by
 * document count instead lets a large corpus's chance rare words in), so it is the default's cosine and margin, fitted
 * on one same-topic corpus at 3,000 to 20,000 documents, that keep same-topic documents alone (docs/quality.md,
 * "Story links at every corpus size"). Cost: only when some document is alone and some family has several members; then every such document's words
 * are read once (the caller's {@code words}) and each lone document's specific words are looked up in the members'
 * postings, first summed over all but its commonest words to show by bounds that it cannot join (most cannot), and
 * summed in full only where it may (about +15 % of a {@code --families} scan of a 20,000-document same-topic corpus).
 *
 * <p>The parts, in the order a scan meets them: {@link SpecificWords} (a document's weighted words), {@link
 * StoryMembers} (the members of the families of two or more, their words in {@link MemberPostings}), {@link #link}
 * (a lone document's nearest family, after {@link JoinBounds} has shown where it cannot join) and {@link StoryJoins}
 * (the families grown by the links found). A distributed job calls the same parts where its data are.
 */
public final class StoryLinks implements Serializable {
  /** The {@link FamilyMember#change()} of a member that came in by a story link. */
  public static final String CHANGE = "joined by a story link: no copy relation, shares its story's specific words";
  private final double minSimilarity;
  private final double minMargin;
  private final double maxDocumentShare;
  private final int minDocuments;

  /**
   * @param minSimilarity the least cosine with the nearest member of the family joined, in (0, 1]
   * @param minMargin how many times the similarity to the next family the similarity to the family joined must be,
   *     {@code >= 1}
   * @param maxDocumentShare the largest share of the corpus's documents a word may occur in to count, in (0, 1]
   * @param minDocuments the fewest documents a corpus needs for story links: in a hundred documents on a few dozen
   *     subjects a subject's words are in two to five of them, as rare as one story's names, so rarity cannot tell a
   *     story from a subject there
   */
  public StoryLinks(double minSimilarity, double minMargin, double maxDocumentShare, int minDocuments) {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1], got " + minSimilarity);
    }
    if (!(minMargin >= 1)) {
      throw new IllegalArgumentException("minMargin must be >= 1, got " + minMargin);
    }
    if (!(maxDocumentShare > 0 && maxDocumentShare <= 1)) {
      throw new IllegalArgumentException("maxDocumentShare must be in (0, 1], got " + maxDocumentShare);
    }
    this.minSimilarity = minSimilarity;
    this.minMargin = minMargin;
    this.maxDocumentShare = maxDocumentShare;
    this.minDocuments = minDocuments;
  }

  public static StoryLinks defaults() {
    return new StoryLinks(0.18, 1.9, 0.05, 1000);
  }

  /** No document ever joins by a story link: the families of the reported pairs alone. */
  public static StoryLinks none() {
    return new StoryLinks(1, Double.POSITIVE_INFINITY, 1, Integer.MAX_VALUE);
  }

  private boolean isNone() {
    return minMargin == Double.POSITIVE_INFINITY;
  }

  /** How a lone document came into a family: the member it is nearest to and by how much it chose this family. */
  public record StoryLink(String id, String nearest, double similarity, double nextFamilySimilarity) implements Serializable {}

  /**
   * The families with every lone document that meets the rule joined to its family (appended after the members
   * with copy relations, by id) and the others left alone, numbered again as {@link FamilyBuilder} numbers them.
   *
   * @param families every family of the corpus, families of one included
   * @param words a document's words, as counted in {@code frequencies}
   */
  public List<StoryFamily> join(List<StoryFamily> families, Function<String, TokenSequence> words, WordFrequencies frequencies) {
    if (!appliesTo(frequencies.documents())) {
      return families; // the default: every scan's provenance passes here, so nothing is gathered for it
    }
    List<String> alone = new ArrayList<>();
    List<String> members = new ArrayList<>();
    List<String> familyKeys = new ArrayList<>();
    for (StoryFamily family : families) {
      if (family.size() == 1) {
        alone.add(family.members().get(0).id());
      } else {
        String key = family.smallestMemberId();
        for (FamilyMember member : family.members()) {
          members.add(member.id());
          familyKeys.add(key);
        }
      }
    }
    if (alone.isEmpty() || members.isEmpty()) {
      return families;
    }
    StoryMembers index = StoryMembers.of(members, familyKeys, members.parallelStream().map(id -> vector(words.apply(id), frequencies)).toList());
    List<StoryLink> found = alone.parallelStream()
        .flatMap(id -> link(id, vector(words.apply(id), frequencies), index).stream())
        .toList();
    if (found.isEmpty()) {
      return families;
    }
    StoryJoins joins = StoryJoins.of(found, index);
    return FamilyBuilder.numbered(families.stream().flatMap(family -> joins.applied(family).stream()).toList());
  }

  /**
   * Whether documents may join by story links in a corpus of {@code documents}: not when story links are off, nor in
   * a corpus under the minimum, so that a caller gathers nothing for them then.
   */
  public boolean appliesTo(int documents) {
    return !isNone() && documents >= minDocuments;
  }

  /** The family a lone document joins, as the link to its nearest member there; empty when it stays alone. */
  public Optional<StoryLink> link(String id, SpecificWords vector, StoryMembers index) {
    LinkScratch scratch = LinkScratch.ofThread(index.ids().size(), index.families(), vector.hashes().length);
    int[] postingOf = scratch.postingOf;
    for (int i = 0; i < vector.hashes().length; i++) {
      postingOf[i] = Arrays.binarySearch(index.postings().hashes(), vector.hashes()[i]);
    }
    if (!JoinBounds.mayJoin(vector, index, scratch, minSimilarity, minMargin)) {
      return Optional.empty();
    }
    int touchedCount = summedDots(vector, index.postings(), scratch);
    Nearest nearest = nearest(index, scratch, touchedCount);
    double[] dot = scratch.dot;
    int[] touched = scratch.touched;
    for (int t = 0; t < touchedCount; t++) {
      dot[touched[t]] = 0;
    }
    if (nearest.member() < 0 || nearest.similarity() < minSimilarity || nearest.similarity() < minMargin * nearest.nextFamily()) {
      return Optional.empty();
    }
    return Optional.of(new StoryLink(id, index.ids().get(nearest.member()), nearest.similarity(), nearest.nextFamily()));
  }

  /**
   * The document's dot products with every member sharing a word, summed into {@code scratch.dot}, the members touched
   * listed in {@code scratch.touched}; returns how many. The dense array, cleared by the caller where touched: boxed map
   * entries per shared word, then a fresh array per document, were most of the cost on g20k.
   */
  private static int summedDots(SpecificWords vector, MemberPostings postings, LinkScratch scratch) {
    int[] postingOf = scratch.postingOf;
    double[] dot = scratch.dot;
    int[] touched = scratch.touched;
    int touchedCount = 0;
    for (int i = 0; i < vector.hashes().length; i++) {
      int at = postingOf[i];
      if (at < 0) {
        continue;
      }
      double weight = vector.weights()[i];
      for (int k = postings.starts()[at]; k < postings.starts()[at + 1]; k++) {
        int member = postings.members()[k];
        if (dot[member] == 0) {
          touched[touchedCount++] = member;
        }
        dot[member] += weight * postings.weights()[k];
      }
    }
    return touchedCount;
  }

  /**
   * The member nearest to the document (-1: none shares a word), its cosine, and the cosine of the nearest member of
   * any other family (0: none).
   */
  private record Nearest(int member, double similarity, double nextFamily) {}

  /**
   * The nearest member of the touched members' families, from the dot products in {@code scratch}: each family's member
   * nearest to the document first, in a dense array by family (a map of boxed families was the next cost once the sums
   * were dense), which is left all -1 again.
   */
  private static Nearest nearest(StoryMembers index, LinkScratch scratch, int touchedCount) {
    double[] dot = scratch.dot;
    int[] touched = scratch.touched;
    int[] nearestOf = scratch.nearestOf;
    double[] nearestDot = scratch.nearestDot;
    int[] families = scratch.families;
    int familyCount = 0;
    for (int t = 0; t < touchedCount; t++) {
      int member = touched[t];
      int family = index.familyOf()[member];
      double d = dot[member];
      if (nearestOf[family] < 0) {
        nearestOf[family] = member;
        nearestDot[family] = d;
        families[familyCount++] = family;
      } else if (d > nearestDot[family] || d == nearestDot[family] && index.idRank()[member] < index.idRank()[nearestOf[family]]) {
        nearestOf[family] = member;
        nearestDot[family] = d;
      }
    }
    int best = -1;
    double next = 0;
    for (int k = 0; k < familyCount; k++) {
      int n = nearestOf[families[k]];
      nearestOf[families[k]] = -1;
      if (best < 0 || isBefore(n, best, dot, index.idRank())) {
        next = best < 0 ? 0 : Math.max(next, dot[best]);
        best = n;
      } else {
        next = Math.max(next, dot[n]);
      }
    }
    return new Nearest(best, best < 0 ? 0 : dot[best], next);
  }

  /** Nearer, or as near and first by id: the order that makes the choice the same on any thread. */
  private static boolean isBefore(int member, int other, double[] dot, int[] idRank) {
    return dot[member] > dot[other] || dot[member] == dot[other] && idRank[member] < idRank[other];
  }

  /** A document's specific words, as this rule counts them ({@link SpecificWords}, up to {@code maxDocumentShare}). */
  public SpecificWords vector(TokenSequence words, WordFrequencies frequencies) {
    return SpecificWords.of(words, frequencies, maxDocumentShare);
  }
}
