package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    Members index = members(members, familyKeys, members.parallelStream().map(id -> vector(words.apply(id), frequencies)).toList());
    List<StoryLink> found = alone.parallelStream()
        .flatMap(id -> link(id, vector(words.apply(id), frequencies), index).stream())
        .toList();
    if (found.isEmpty()) {
      return families;
    }
    Joins joins = Joins.of(found, index);
    return FamilyBuilder.numbered(families.stream().flatMap(family -> joins.applied(family).stream()).toList());
  }

  /**
   * The links found, by the family they join (its {@link StoryFamily#smallestMemberId smallest member id}), and the documents they take out of their
   * families of one: how the scan and the distributed job both grow their families, so that the two agree.
   */
  public record Joins(Map<String, List<StoryLink>> byFamily, Set<String> joined) implements Serializable {
    /** {@code found}'s links grouped by the family of their nearest member in {@code index}. */
    public static Joins of(Collection<StoryLink> found, Members index) {
      Map<String, String> familyKeyOf = index.familyKeyByMember();
      Map<String, List<StoryLink>> byFamily = new HashMap<>();
      Set<String> joined = new HashSet<>();
      for (StoryLink link : found) {
        byFamily.computeIfAbsent(familyKeyOf.get(link.nearest()), k -> new ArrayList<>()).add(link);
        joined.add(link.id());
      }
      return new Joins(byFamily, joined);
    }

    /** {@code family} after the joins: empty for a document alone that joined a story, grown for a story joined. */
    public Optional<StoryFamily> applied(StoryFamily family) {
      if (family.size() == 1) {
        return joined.contains(family.members().get(0).id()) ? Optional.empty() : Optional.of(family);
      }
      List<StoryLink> links = byFamily.get(family.smallestMemberId());
      return Optional.of(links == null ? family : grown(family, links));
    }
  }

  /**
   * Whether documents may join by story links in a corpus of {@code documents}: not when story links are off, nor in
   * a corpus under the minimum, so that a caller gathers nothing for them then.
   */
  public boolean appliesTo(int documents) {
    return !isNone() && documents >= minDocuments;
  }

  /**
   * {@code family} with the documents of {@code links} (each a link to one of its members) appended after its members,
   * by id, and listed in its {@link StoryFamily#storyLinks()}; its id, origin and edges unchanged.
   */
  public static StoryFamily grown(StoryFamily family, Collection<StoryLink> links) {
    List<StoryLink> sorted = links.stream().sorted(Comparator.comparing(StoryLink::id)).toList();
    List<FamilyMember> grown = new ArrayList<>(family.members());
    for (StoryLink link : sorted) {
      grown.add(new FamilyMember(link.id(), null, null, false, 0, 0, CHANGE));
    }
    List<StoryLink> all = new ArrayList<>(family.storyLinks());
    all.addAll(sorted);
    return new StoryFamily(family.id(), family.origin(), grown, family.edges(), all);
  }

  /**
   * The members of the families of two or more, their specific words indexed, for {@link #link}: what a lone document
   * is compared with. Serializable, so that a distributed job can send it to where the lone documents are.
   *
   * @param ids the members' ids, in any order: the links do not depend on it
   * @param familyKeys for each member, its family's {@link StoryFamily#smallestMemberId}
   * @param vectors each member's {@link #vector}
   */
  public static Members members(List<String> ids, List<String> familyKeys, List<WordVector> vectors) {
    if (ids.size() != familyKeys.size() || ids.size() != vectors.size()) {
      throw new IllegalArgumentException("need a family and a vector per member, got " + ids.size() + " ids, " + familyKeys.size()
          + " families and " + vectors.size() + " vectors");
    }
    Map<String, Integer> numbers = new HashMap<>();
    List<String> keys = new ArrayList<>();
    int[] familyOf = new int[ids.size()];
    for (int m = 0; m < familyOf.length; m++) {
      familyOf[m] = numbers.computeIfAbsent(familyKeys.get(m), key -> {
        keys.add(key);
        return keys.size() - 1;
      });
    }
    return new Members(List.copyOf(ids), idRanks(ids), familyOf, List.copyOf(keys), Postings.of(vectors));
  }

  /** Each member's place in the order of the ids: tied cosines are told apart by id, and ints compare faster than strings. */
  private static int[] idRanks(List<String> ids) {
    Integer[] byId = new Integer[ids.size()];
    Arrays.setAll(byId, m -> m);
    Arrays.sort(byId, Comparator.comparing(ids::get));
    int[] rank = new int[ids.size()];
    for (int r = 0; r < byId.length; r++) {
      rank[byId[r]] = r;
    }
    return rank;
  }

  /**
   * The members of the families of two or more with their words' postings; made by {@link #members}.
   *
   * @param idRank each member's place in the order of {@code ids}
   * @param familyOf each member's family, a number
   * @param familyKeys each family number's {@link StoryFamily#smallestMemberId}
   */
  public record Members(List<String> ids, int[] idRank, int[] familyOf, List<String> familyKeys, Postings postings) implements Serializable {
    int families() {
      return familyKeys.size();
    }

    /** The {@link StoryFamily#smallestMemberId} of each member's family, by member id. */
    Map<String, String> familyKeyByMember() {
      Map<String, String> keys = new HashMap<>();
      for (int m = 0; m < ids.size(); m++) {
        keys.put(ids.get(m), familyKeys.get(familyOf[m]));
      }
      return keys;
    }
  }

  /** The family a lone document joins, as the link to its nearest member there; empty when it stays alone. */
  public Optional<StoryLink> link(String id, WordVector vector, Members index) {
    Scratch scratch = SCRATCH.get().sizedFor(index.ids().size(), index.families(), vector.hashes().length);
    int[] postingOf = scratch.postingOf;
    for (int i = 0; i < vector.hashes().length; i++) {
      postingOf[i] = Arrays.binarySearch(index.postings().hashes(), vector.hashes()[i]);
    }
    if (!mayJoin(vector, index, scratch)) {
      return Optional.empty();
    }
    // the dot products with every member sharing a word, summed in this thread's dense array (cleared where touched
    // afterwards): boxed map entries per shared word, then a fresh array per document, were most of the cost on g20k
    Postings postings = index.postings();
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
    // each family's member nearest to the document, in a dense array by family (-1: none touched): a map of
    // boxed families was the next cost once the sums were dense
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
    double similarity = best < 0 ? 0 : dot[best];
    for (int t = 0; t < touchedCount; t++) {
      dot[touched[t]] = 0;
    }
    if (best < 0 || similarity < minSimilarity || similarity < minMargin * next) {
      return Optional.empty();
    }
    return Optional.of(new StoryLink(id, index.ids().get(best), similarity, next));
  }

  /** Nearer, or as near and first by id: the order that makes the choice the same on any thread. */
  private static boolean isBefore(int member, int other, double[] dot, int[] idRank) {
    return dot[member] > dot[other] || dot[member] == dot[other] && idRank[member] < idRank[other];
  }

  /** How far a bound may be from the exact sums' rounding: far more than a double's error, far less than any threshold. */
  private static final double SLACK = 1e-9;

  /** The share of {@code minSimilarity} that the words left out of the first pass of {@link #mayJoin} may add at most. */
  private static final double LEFT_OUT_SHARE = 0.5;

  /**
   * False only where the document cannot join any family, shown by bounds without summing every word: true where it
   * may (then {@link #link} sums it in full, as before, so the links and their figures do not change).
   *
   * <p>Every weight is positive, so the dot product over some of the document's words is a lower bound of a member's
   * cosine, and the words left out can add at most their weight times the largest weight any member gives the word.
   * The words left out are the ones with the most members (the band's commonest words, whose postings are most of the
   * sums' work: a document alone was compared with thousands of members through them), as many as keep what they
   * can add under {@code LEFT_OUT_SHARE} of {@code minSimilarity}. Then no family can join when no member's lower
   * bound plus that is {@code minSimilarity}, or when, with the two families of the highest lower bounds, the first's
   * upper bound is under the margin times the second's lower bound and every other family's upper bound under the
   * margin times the first's lower bound.
   */
  private boolean mayJoin(WordVector vector, Members index, Scratch scratch) {
    Postings postings = index.postings();
    int[] postingOf = scratch.postingOf;
    int words = vector.hashes().length;
    // the shared words by how many members hold them, most first, as (members << 32 | word) sorted
    long[] byMembers = scratch.byMembers;
    int shared = 0;
    for (int i = 0; i < words; i++) {
      int at = postingOf[i];
      if (at >= 0) {
        byMembers[shared++] = -((long) (postings.starts()[at + 1] - postings.starts()[at]) << 32 | i);
      }
    }
    Arrays.sort(byMembers, 0, shared);
    double leftOut = 0;
    int first = 0;
    for (; first < shared; first++) {
      int i = (int) (-byMembers[first] & 0xffffffffL);
      double most = vector.weights()[i] * postings.maxWeights()[postingOf[i]];
      if (leftOut + most >= LEFT_OUT_SHARE * minSimilarity) {
        break;
      }
      leftOut += most;
    }
    if (first == 0) {
      return true; // nothing to leave out: the full sums are the bound
    }
    // the partial sums in a dense array, without the list of members touched (most members are, through the band's
    // words): then each family's highest by one pass over all members, which clears the sums for the next document
    double[] dot = scratch.dot;
    int[] starts = postings.starts();
    int[] holders = postings.members();
    double[] held = postings.weights();
    for (int k = first; k < shared; k++) {
      int i = (int) (-byMembers[k] & 0xffffffffL);
      int at = postingOf[i];
      double weight = vector.weights()[i];
      for (int p = starts[at]; p < starts[at + 1]; p++) {
        dot[holders[p]] += weight * held[p];
      }
    }
    double[] highest = scratch.nearestDot;
    int[] seen = scratch.nearestOf;
    int[] families = scratch.families;
    int[] familyOf = index.familyOf();
    int familyCount = 0;
    int memberCount = index.ids().size();
    for (int member = 0; member < memberCount; member++) {
      double d = dot[member];
      if (d == 0) {
        continue;
      }
      dot[member] = 0;
      int family = familyOf[member];
      if (seen[family] < 0) {
        seen[family] = member;
        highest[family] = d;
        families[familyCount++] = family;
      } else if (d > highest[family]) {
        highest[family] = d;
      }
    }
    double top = 0;
    double second = 0;
    for (int k = 0; k < familyCount; k++) {
      double h = highest[families[k]];
      seen[families[k]] = -1;
      if (h > top) {
        second = top;
        top = h;
      } else if (h > second) {
        second = h;
      }
    }
    if (top + leftOut + SLACK < minSimilarity) {
      return false;
    }
    return !(top + leftOut + SLACK < minMargin * (second - SLACK) && second + leftOut + SLACK < minMargin * (top - SLACK));
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** One thread's dot products by member, all zero between documents, the members it touched, and per family scratch. */
  private static final class Scratch {
    double[] dot = new double[0];
    int[] touched = new int[0];
    /** Per family, its member nearest to the document so far; -1 between documents. */
    int[] nearestOf = new int[0];
    /** Per family, the cosine of its nearest member so far (read only where {@code nearestOf} is set). */
    double[] nearestDot = new double[0];
    int[] families = new int[0];
    /** Per word of the document, its place in the postings (negative: no member holds it). */
    int[] postingOf = new int[0];
    /** The document's shared words by how many members hold them ({@link #mayJoin}). */
    long[] byMembers = new long[0];

    Scratch sizedFor(int members, int familyCount, int words) {
      if (postingOf.length < words) {
        postingOf = new int[words];
        byMembers = new long[words];
      }
      if (dot.length < members) {
        dot = new double[members];
        touched = new int[members];
      }
      if (nearestOf.length < familyCount) {
        nearestOf = new int[familyCount];
        Arrays.fill(nearestOf, -1);
        nearestDot = new double[familyCount];
        families = new int[familyCount];
      }
      return this;
    }
  }

  /**
   * The members' words as sorted arrays: the distinct hashes, and for the {@code i}th the members holding it and its
   * weight there in {@code [starts[i], starts[i + 1])}.
   */
  public record Postings(long[] hashes, int[] starts, int[] members, double[] weights, double[] maxWeights) implements Serializable {
    static Postings of(List<WordVector> vectors) {
      // the distinct hashes sorted once, then every (member, weight) counted into its hash's run, members in order:
      // a sort of boxed entry numbers by comparator was a good part of the cost on g20k
      int total = vectors.stream().mapToInt(v -> v.hashes().length).sum();
      long[] all = new long[total];
      int n = 0;
      for (WordVector v : vectors) {
        System.arraycopy(v.hashes(), 0, all, n, v.hashes().length);
        n += v.hashes().length;
      }
      Arrays.sort(all);
      int distinct = 0;
      for (int k = 0; k < total; k++) {
        if (k == 0 || all[k] != all[distinct - 1]) {
          all[distinct++] = all[k];
        }
      }
      long[] hashes = Arrays.copyOf(all, distinct);
      int[] starts = new int[distinct + 1];
      for (WordVector v : vectors) {
        for (long hash : v.hashes()) {
          starts[Arrays.binarySearch(hashes, hash) + 1]++;
        }
      }
      for (int i = 0; i < distinct; i++) {
        starts[i + 1] += starts[i];
      }
      int[] next = Arrays.copyOf(starts, distinct);
      int[] members = new int[total];
      double[] weights = new double[total];
      for (int m = 0; m < vectors.size(); m++) {
        WordVector v = vectors.get(m);
        for (int i = 0; i < v.hashes().length; i++) {
          int at = next[Arrays.binarySearch(hashes, v.hashes()[i])]++;
          members[at] = m;
          weights[at] = v.weights()[i];
        }
      }
      double[] maxWeights = new double[distinct];
      for (int i = 0; i < distinct; i++) {
        for (int k = starts[i]; k < starts[i + 1]; k++) {
          maxWeights[i] = Math.max(maxWeights[i], weights[k]);
        }
      }
      return new Postings(hashes, starts, members, weights, maxWeights);
    }
  }

  /** A document's specific words (sorted hashes) with their unit-length TF-IDF weights; made by {@link #vector}. */
  public record WordVector(long[] hashes, double[] weights) implements Serializable {}

  /**
   * A document's specific words: those of {@code words} that {@code frequencies} counts in at least two documents
   * and at most {@code maxDocumentShare} of them, weighted by (1 + log count) times log inverse document frequency,
   * unit length.
   */
  public WordVector vector(TokenSequence words, WordFrequencies frequencies) {
    int maxCount = Math.max(2, (int) (maxDocumentShare * frequencies.documents()));
    long[] all = new long[words.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = words.hash(i);
    }
    Arrays.sort(all);
    int documents = frequencies.documents();
    long[] hashes = new long[all.length];
    double[] weights = new double[all.length];
    int n = 0;
    double norm = 0;
    for (int i = 0; i < all.length; ) {
      int j = i;
      while (j < all.length && all[j] == all[i]) {
        j++;
      }
      int count = frequencies.count(all[i]);
      if (count >= 2 && count <= maxCount) {
        double weight = (1 + Math.log(j - i)) * Math.log((double) documents / count);
        hashes[n] = all[i];
        weights[n++] = weight;
        norm += weight * weight;
      }
      i = j;
    }
    double length = Math.sqrt(norm);
    for (int k = 0; k < n; k++) {
      weights[k] /= length;
    }
    return new WordVector(Arrays.copyOf(hashes, n), Arrays.copyOf(weights, n));
  }
}
