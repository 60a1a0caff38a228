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
  private final int heaviestWords;

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
    this(minSimilarity, minMargin, maxDocumentShare, minDocuments, DEFAULT_HEAVIEST_WORDS);
  }

  /** The default of {@code heaviestWords}. */
  static final int DEFAULT_HEAVIEST_WORDS = Integer.getInteger("doppel.storyLinks.heaviest", 8);

  /**
   * @param heaviestWords how many of a lone document's heaviest shared words (by its own weights: the rarest words it
   *     repeats most) choose the families it may join, {@code >= 1}
   */
  public StoryLinks(double minSimilarity, double minMargin, double maxDocumentShare, int minDocuments, int heaviestWords) {
    if (heaviestWords < 1) {
      throw new IllegalArgumentException("heaviestWords must be >= 1, got " + heaviestWords);
    }
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
    this.heaviestWords = heaviestWords;
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
    int[] familyStarts = new int[keys.size() + 1];
    for (int family : familyOf) {
      familyStarts[family + 1]++;
    }
    for (int f = 0; f < keys.size(); f++) {
      familyStarts[f + 1] += familyStarts[f];
    }
    int[] next = Arrays.copyOf(familyStarts, keys.size());
    int[] byFamily = new int[ids.size()];
    for (int m = 0; m < familyOf.length; m++) {
      byFamily[next[familyOf[m]]++] = m;
    }
    return new Members(List.copyOf(ids), idRanks(ids), familyOf, List.copyOf(keys), familyStarts, byFamily, List.copyOf(vectors),
        Postings.of(vectors));
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
   * @param familyStarts where each family's members are in {@code byFamily}: {@code [familyStarts[f], familyStarts[f + 1])}
   * @param byFamily the members, family by family
   * @param vectors each member's words
   */
  public record Members(List<String> ids, int[] idRank, int[] familyOf, List<String> familyKeys, int[] familyStarts, int[] byFamily,
      List<WordVector> vectors, Postings postings) implements Serializable {
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

  /**
   * The family a lone document joins, as the link to its nearest member there; empty when it stays alone.
   *
   * <p>Only the families that hold one of the document's {@code heaviestWords} heaviest shared words (by its own
   * weights, which are highest for the rare words it repeats: a story's names) may be joined: each is compared with
   * the document through all its members, cosines summed in full. Only where the nearest of them clears the threshold
   * is the document compared with every member of every other family, for the margin, so that a family of its topic
   * that shares none of those words still keeps it alone. The margin is so the rule's own, and a document joins only
   * where the rule over every family would join it too; it loses the joins whose family holds none of its heaviest
   * words. Most documents alone stop at the first step, and the band's common words, which every family of a topic
   * holds, were most of the cost of comparing each with every member (docs/quality.md, "Story links by their rarest
   * words").
   */
  public Optional<StoryLink> link(String id, WordVector vector, Members index) {
    Scratch scratch = SCRATCH.get().sizedFor(index.ids().size(), index.families(), vector.hashes().length);
    Postings postings = index.postings();
    int[] starts = postings.starts();
    // the shared words by the document's weight, heaviest first, as (weight bits << 32 | place in the postings): a
    // positive double's bits order as the double does, so the top 32 bits order by weight (ties by the word's place
    // in the sorted hashes, so the choice is the same whatever order the members were indexed in)
    long[] byWeight = scratch.byWeight;
    int shared = 0;
    for (int i = 0; i < vector.hashes().length; i++) {
      int at = Arrays.binarySearch(postings.hashes(), vector.hashes()[i]);
      if (at >= 0) {
        byWeight[shared++] = -(Double.doubleToLongBits(vector.weights()[i]) >>> 32 << 32) | at;
      }
    }
    if (shared == 0) {
      return Optional.empty();
    }
    Arrays.sort(byWeight, 0, shared);
    int[] candidates = scratch.families;
    boolean[] isCandidate = scratch.isCandidate;
    int candidateCount = 0;
    for (int k = 0; k < Math.min(heaviestWords, shared); k++) {
      int at = (int) (byWeight[k] & 0xffffffffL);
      for (int p = starts[at]; p < starts[at + 1]; p++) {
        int family = index.familyOf()[postings.members()[p]];
        if (!isCandidate[family]) {
          isCandidate[family] = true;
          candidates[candidateCount++] = family;
        }
      }
    }
    // each candidate family's member nearest to the document (its cosine summed over the document's words in their
    // order, as a sum over the postings would), then the best family and the next
    int best = -1;
    double bestDot = 0;
    double next = 0;
    for (int c = 0; c < candidateCount; c++) {
      int family = candidates[c];
      isCandidate[family] = false;
      int nearest = -1;
      double nearestDot = 0;
      for (int f = index.familyStarts()[family]; f < index.familyStarts()[family + 1]; f++) {
        int member = index.byFamily()[f];
        double d = dot(vector, index.vectors().get(member));
        if (nearest < 0 || d > nearestDot || d == nearestDot && index.idRank()[member] < index.idRank()[nearest]) {
          nearest = member;
          nearestDot = d;
        }
      }
      if (best < 0 || nearestDot > bestDot || nearestDot == bestDot && index.idRank()[nearest] < index.idRank()[best]) {
        next = best < 0 ? 0 : Math.max(next, bestDot);
        best = nearest;
        bestDot = nearestDot;
      } else {
        next = Math.max(next, nearestDot);
      }
    }
    if (best < 0 || bestDot < minSimilarity || bestDot < minMargin * next) {
      return Optional.empty();
    }
    // the margin over every family, not only the candidates: a family of the document's topic may share none of its
    // rarest words and still come near (without this, same-topic documents joined one story of their topic)
    double nextOfAll = nextFamily(vector, index, index.familyOf()[best], scratch);
    if (bestDot < minMargin * nextOfAll) {
      return Optional.empty();
    }
    return Optional.of(new StoryLink(id, index.ids().get(best), bestDot, nextOfAll));
  }

  /**
   * The cosine of the nearest member of any family but {@code family}: the dot products with every member sharing a
   * word, summed over the document's words in order in this thread's dense array (cleared where touched afterwards).
   */
  private static double nextFamily(WordVector vector, Members index, int family, Scratch scratch) {
    Postings postings = index.postings();
    double[] dot = scratch.dot;
    int[] touched = scratch.touched;
    int touchedCount = 0;
    for (int i = 0; i < vector.hashes().length; i++) {
      int at = Arrays.binarySearch(postings.hashes(), vector.hashes()[i]);
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
    double next = 0;
    for (int t = 0; t < touchedCount; t++) {
      int member = touched[t];
      if (index.familyOf()[member] != family) {
        next = Math.max(next, dot[member]);
      }
      dot[member] = 0;
    }
    return next;
  }

  /** The cosine of two unit vectors, summed over {@code a}'s words in order (both are sorted by hash). */
  private static double dot(WordVector a, WordVector b) {
    long[] x = a.hashes();
    long[] y = b.hashes();
    double sum = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        sum += a.weights()[i++] * b.weights()[j++];
      }
    }
    return sum;
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** One thread's scratch: the document's shared words and its candidate families, all unmarked between documents. */
  private static final class Scratch {
    /** The dot products by member, all zero between documents, and the members touched ({@link #nextFamily}). */
    double[] dot = new double[0];
    int[] touched = new int[0];
    /** The document's shared words by weight ({@link #link}). */
    long[] byWeight = new long[0];
    /** The candidate families found so far. */
    int[] families = new int[0];
    /** Per family, whether it is a candidate already; false between documents. */
    boolean[] isCandidate = new boolean[0];

    Scratch sizedFor(int members, int familyCount, int words) {
      if (dot.length < members) {
        dot = new double[members];
        touched = new int[members];
      }
      if (byWeight.length < words) {
        byWeight = new long[words];
      }
      if (isCandidate.length < familyCount) {
        isCandidate = new boolean[familyCount];
        families = new int[familyCount];
      }
      return this;
    }
  }

  /**
   * The members' words as sorted arrays: the distinct hashes, and for the {@code i}th the members holding it in
   * {@code [starts[i], starts[i + 1])}, in member order, with its weight there.
   */
  public record Postings(long[] hashes, int[] starts, int[] members, double[] weights) implements Serializable {
    static Postings of(List<WordVector> vectors) {
      // the distinct hashes sorted once, then every member counted into its hash's run, members in order: a sort of
      // boxed entry numbers by comparator was a good part of the cost on g20k
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
      return new Postings(hashes, starts, members, weights);
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
