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
 * postings.
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
    Members index = members(members, familyOfMember.stream().mapToInt(Integer::intValue).toArray(),
        members.parallelStream().map(id -> vector(words.apply(id), frequencies)).toList());
    List<StoryLink> found = alone.parallelStream()
        .flatMap(id -> link(id, vector(words.apply(id), frequencies), index).stream())
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
      out.add(links == null ? family : grown(family, links));
    }
    return FamilyBuilder.numbered(out);
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
   * @param ids the members' ids
   * @param familyOf for each member, its family (any number that is the same for the members of one family)
   * @param vectors each member's {@link #vector}
   */
  public static Members members(List<String> ids, int[] familyOf, List<WordVector> vectors) {
    if (ids.size() != familyOf.length || ids.size() != vectors.size()) {
      throw new IllegalArgumentException("need a family and a vector per member, got " + ids.size() + " ids, " + familyOf.length
          + " families and " + vectors.size() + " vectors");
    }
    int families = Arrays.stream(familyOf).max().orElse(-1) + 1;
    return new Members(List.copyOf(ids), familyOf.clone(), families, Postings.of(vectors));
  }

  /** The members of the families of two or more with their words' postings; made by {@link #members}. */
  public record Members(List<String> ids, int[] familyOf, int families, Postings postings) implements Serializable {}

  /** The family a lone document joins, as the link to its nearest member there; empty when it stays alone. */
  public Optional<StoryLink> link(String id, WordVector vector, Members index) {
    // the dot products with every member sharing a word, summed in this thread's dense array (cleared where touched
    // afterwards): boxed map entries per shared word, then a fresh array per document, were most of the cost on g20k
    Postings postings = index.postings();
    Scratch scratch = SCRATCH.get().sizedFor(index.ids().size(), index.families());
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
      } else if (d > nearestDot[family] || d == nearestDot[family] && isBefore(member, nearestOf[family], dot, index.ids())) {
        nearestOf[family] = member;
        nearestDot[family] = d;
      }
    }
    int best = -1;
    double next = 0;
    for (int k = 0; k < familyCount; k++) {
      int n = nearestOf[families[k]];
      nearestOf[families[k]] = -1;
      if (best < 0 || isBefore(n, best, dot, index.ids())) {
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
  private static boolean isBefore(int member, int other, double[] dot, List<String> ids) {
    return dot[member] > dot[other] || dot[member] == dot[other] && ids.get(member).compareTo(ids.get(other)) < 0;
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

    Scratch sizedFor(int members, int familyCount) {
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
  public record Postings(long[] hashes, int[] starts, int[] members, double[] weights) implements Serializable {
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
