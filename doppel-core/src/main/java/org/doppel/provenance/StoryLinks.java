package org.doppel.provenance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Only in a corpus of at least {@code minDocuments} documents, where a subject's words are common enough to fall
 * over {@code maxDocumentShare} and a story's own stay rare. Cost: only when some document is alone and some family has several members; then every such document's words
 * are read once (the caller's {@code words}) and each lone document's specific words are looked up in the members'
 * postings.
 */
public final class StoryLinks {
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
    return new StoryLinks(0.15, 1.6, 0.05, 1000);
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
    if (isNone() || frequencies.documents() < minDocuments) {
      return families; // the default: every scan's provenance passes here, so nothing is gathered for it
    }
    List<String> alone = new ArrayList<>();
    List<String> members = new ArrayList<>();
    List<Integer> familyOfMember = new ArrayList<>();
    for (int f = 0; f < families.size(); f++) {
      StoryFamily family = families.get(f);
      if (family.size() == 1) {
        alone.add(family.members().get(0).id());
      } else {
        for (FamilyMember member : family.members()) {
          members.add(member.id());
          familyOfMember.add(f);
        }
      }
    }
    if (alone.isEmpty() || members.isEmpty()) {
      return families;
    }
    int maxCount = Math.max(2, (int) (maxDocumentShare * frequencies.documents()));
    List<WordVector> memberVectors = members.parallelStream().map(id -> vector(words.apply(id), frequencies, maxCount)).toList();
    Postings postings = Postings.of(memberVectors);
    List<StoryLink> found = alone.parallelStream()
        .flatMap(id -> link(id, vector(words.apply(id), frequencies, maxCount), postings, familyOfMember, members).stream())
        .toList();
    if (found.isEmpty()) {
      return families;
    }
    Map<String, Integer> familyOf = new HashMap<>();
    for (int m = 0; m < members.size(); m++) {
      familyOf.put(members.get(m), familyOfMember.get(m));
    }
    Map<Integer, List<StoryLink>> byFamily = new HashMap<>();
    for (StoryLink link : found) {
      byFamily.computeIfAbsent(familyOf.getOrDefault(link.nearest(), -1), k -> new ArrayList<>()).add(link);
    }
    Set<String> joined = new HashSet<>();
    found.forEach(link -> joined.add(link.id()));
    List<StoryFamily> out = new ArrayList<>(families.size() - found.size());
    for (int f = 0; f < families.size(); f++) {
      StoryFamily family = families.get(f);
      if (family.size() == 1 && joined.contains(family.members().get(0).id())) {
        continue;
      }
      List<StoryLink> links = byFamily.get(f);
      if (links == null) {
        out.add(family);
        continue;
      }
      List<StoryLink> sorted = links.stream().sorted(Comparator.comparing(StoryLink::id)).toList();
      List<FamilyMember> grown = new ArrayList<>(family.members());
      for (StoryLink link : sorted) {
        grown.add(new FamilyMember(link.id(), null, null, false, 0, 0, CHANGE));
      }
      List<StoryLink> all = new ArrayList<>(family.storyLinks());
      all.addAll(sorted);
      out.add(new StoryFamily(family.id(), family.origin(), grown, family.edges(), all));
    }
    return FamilyBuilder.numbered(out);
  }

  /** The family a lone document joins, as the link to its nearest member there; empty when it stays alone. */
  private Optional<StoryLink> link(String id, WordVector vector, Postings postings, List<Integer> familyOfMember,
      List<String> members) {
    // the dot products with every member sharing a word, summed in this thread's dense array (cleared where touched
    // afterwards): boxed map entries per shared word, then a fresh array per document, were most of the cost on g20k
    Scratch scratch = SCRATCH.get().sizedFor(members.size());
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
    Map<Integer, Nearest> nearestOf = new HashMap<>(); // family -> its member nearest to the document
    for (int t = 0; t < touchedCount; t++) {
      Nearest candidate = new Nearest(touched[t], dot[touched[t]]);
      dot[touched[t]] = 0;
      nearestOf.merge(familyOfMember.get(touched[t]), candidate, (x, y) -> x.isBefore(y, members) ? x : y);
    }
    Nearest best = null;
    double next = 0;
    for (Nearest n : nearestOf.values()) {
      if (best == null || n.isBefore(best, members)) {
        next = best == null ? 0 : Math.max(next, best.similarity());
        best = n;
      } else {
        next = Math.max(next, n.similarity());
      }
    }
    if (best == null || best.similarity() < minSimilarity || best.similarity() < minMargin * next) {
      return Optional.empty();
    }
    return Optional.of(new StoryLink(id, members.get(best.member()), best.similarity(), next));
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** One thread's dot products by member, all zero between documents, and the members it touched. */
  private static final class Scratch {
    double[] dot = new double[0];
    int[] touched = new int[0];

    Scratch sizedFor(int members) {
      if (dot.length < members) {
        dot = new double[members];
        touched = new int[members];
      }
      return this;
    }
  }

  /** A family's member nearest to a lone document, with its cosine. */
  private record Nearest(int member, double similarity) {
    /** Nearer, or as near and first by id: the order that makes the choice the same on any thread. */
    boolean isBefore(Nearest other, List<String> members) {
      return similarity > other.similarity
          || similarity == other.similarity && members.get(member).compareTo(members.get(other.member)) < 0;
    }
  }

  /**
   * The members' words as sorted arrays: the distinct hashes, and for the {@code i}th the members holding it and its
   * weight there in {@code [starts[i], starts[i + 1])}.
   */
  private record Postings(long[] hashes, int[] starts, int[] members, double[] weights) {
    static Postings of(List<WordVector> vectors) {
      int total = vectors.stream().mapToInt(v -> v.hashes().length).sum();
      long[] hashOf = new long[total];
      int[] memberOf = new int[total];
      double[] weightOf = new double[total];
      Integer[] order = new Integer[total];
      int n = 0;
      for (int m = 0; m < vectors.size(); m++) {
        WordVector v = vectors.get(m);
        for (int i = 0; i < v.hashes().length; i++, n++) {
          hashOf[n] = v.hashes()[i];
          memberOf[n] = m;
          weightOf[n] = v.weights()[i];
          order[n] = n;
        }
      }
      Arrays.sort(order, Comparator.comparingLong((Integer k) -> hashOf[k]).thenComparingInt(k -> memberOf[k]));
      long[] hashes = new long[total];
      int[] starts = new int[total + 1];
      int[] members = new int[total];
      double[] weights = new double[total];
      int distinct = 0;
      for (int k = 0; k < total; k++) {
        int from = order[k];
        if (k == 0 || hashOf[from] != hashes[distinct - 1]) {
          hashes[distinct] = hashOf[from];
          starts[distinct++] = k;
        }
        members[k] = memberOf[from];
        weights[k] = weightOf[from];
      }
      starts[distinct] = total;
      return new Postings(Arrays.copyOf(hashes, distinct), Arrays.copyOf(starts, distinct + 1), members, weights);
    }
  }

  /** A document's specific words (sorted hashes) with their unit-length TF-IDF weights. */
  private record WordVector(long[] hashes, double[] weights) {}

  private static WordVector vector(TokenSequence words, WordFrequencies frequencies, int maxCount) {
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
