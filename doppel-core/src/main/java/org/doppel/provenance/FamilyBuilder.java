package org.doppel.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.doppel.match.Passage;
import org.doppel.relate.PairComponents;
import org.doppel.relate.ParallelSort;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;

/**
 * Groups documents into story families and grows each family's provenance tree.
 *
 * <p>Connected components of the related pairs are not enough: one noisy pair would merge two stories. So
 * <ol>
 *   <li>links are taken strongest first (exact, near-duplicate, paraphrase, then partial, each by score); a
 *       partial link is strong only when it shares at least {@code minPartialWords} words (a real paragraph,
 *       not a stock sentence);
 *   <li>a strong link joins a document to a family at once, but a link that would bridge two families that
 *       already have several members each must be corroborated: at least two links between the two families.
 *       Members of one story are all related to each other (a copy shares text with its original and with the
 *       original's other copies), so a true merge comes with many links and a noisy pair with one;
 *   <li>a weak link joins a document to a family at once only when it is the document's one link: it then
 *       cannot bridge two stories, and a family without it would leave a reported pair outside every family;
 *   <li>other weak links join two families only when corroborated in the same way, and two families of several
 *       members each only when at least one of the links between them is strong: weak links bring a document
 *       into a story, but a couple of shared stock sentences between two established stories is what two
 *       stories on one subject show, not one story.
 * </ol>
 * Within a family each document takes at most one parent ({@link FamilyTree}); undirected links join the
 * branches that no directed link connects. The
 * origin is the one member left without a directed parent; when several are left, the origin is unknown.
 */
public final class FamilyBuilder {
  private final int minPartialWords;

  /** @param minPartialWords shared words a partial link needs to join families on its own, {@code >= 1} */
  public FamilyBuilder(int minPartialWords) {
    if (minPartialWords < 1) {
      throw new IllegalArgumentException("minPartialWords must be >= 1, got " + minPartialWords);
    }
    this.minPartialWords = minPartialWords;
  }

  public static FamilyBuilder defaults() {
    return new FamilyBuilder(25);
  }

  /**
   * @param documents every document id of the corpus; documents without links become families of one
   * @param pairs the directed pairs
   * @param wordCount content words of a document, for the shares each member took
   */
  public List<StoryFamily> build(Collection<String> documents, List<DirectedPair> pairs, ToIntFunction<String> wordCount) {
    return build(documents, pairs, wordCount, id -> false);
  }

  /**
   * As {@link #build(Collection, List, ToIntFunction)}; a root for which {@code creditsOutside} holds (its
   * attribution names a site no related document is on) is by its own statement a copy, so it is never
   * the origin.
   */
  public List<StoryFamily> build(Collection<String> documents, List<DirectedPair> pairs, ToIntFunction<String> wordCount,
      Predicate<String> creditsOutside) {
    // Only the documents in pairs are numbered; the others are families of one, made in parallel below.
    Map<String, Integer> number = new HashMap<>();
    List<String> ids = new ArrayList<>();
    int[] firsts = new int[pairs.size()];
    int[] seconds = new int[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      firsts[p] = numbered(pairs.get(p).pair().a(), number, ids);
      seconds[p] = numbered(pairs.get(p).pair().b(), number, ids);
    }
    List<int[]> components = PairComponents.groups(pairs.size(), p -> firsts[p], p -> seconds[p], ids.size(),
        Integer.MAX_VALUE);
    // Families never reach across components (every join follows a pair), so each component's families are
    // built on their own, in parallel on the caller's fork-join pool when it runs on one, and the families
    // numbered together afterwards: what one pass over all the pairs gives, on any number of threads.
    List<Built> built = new ArrayList<>(components.parallelStream()
        .flatMap(component -> {
          List<DirectedPair> own = new ArrayList<>(component.length);
          for (int p : component) {
            own.add(pairs.get(p));
          }
          return familiesOf(own, wordCount, creditsOutside).stream();
        }).toList());
    built.addAll(documents.parallelStream().unordered().filter(id -> !number.containsKey(id)).distinct() // numbered after
        .map(id -> new Built(id, FamilyTree.of(List.of(id), List.of(), wordCount, creditsOutside))).toList());
    return numberedBuilt(built);
  }

  /**
   * The families numbered "family-1", "family-2" … by size (largest first), then by smallest member id: how
   * {@link #build} numbers them, again after {@link StoryLinks} has grown some.
   */
  static List<StoryFamily> numbered(List<StoryFamily> families) {
    return numberedBuilt(families.stream()
        .map(f -> new Built(f.smallestMemberId(), f)).toList());
  }

  private static List<StoryFamily> numberedBuilt(List<Built> built) {
    List<StoryFamily> families = new ArrayList<>(built.size());
    for (Built b : ParallelSort.sorted(built,
        Comparator.comparingInt((Built b) -> b.family().size()).reversed().thenComparing(Built::first))) {
      families.add(b.family().withId("family-" + (families.size() + 1)));
    }
    return families;
  }

  /** The number given to a document of the pairs (every pair's documents are numbered before its pairs are read). */
  static int numberOf(Map<String, Integer> numbers, String id) {
    return Objects.requireNonNull(numbers.get(id), id);
  }

  private static int numbered(String id, Map<String, Integer> number, List<String> ids) {
    Integer known = number.putIfAbsent(id, ids.size());
    if (known != null) {
      return known;
    }
    ids.add(id);
    return ids.size() - 1;
  }

  /** A family before it is numbered, with its smallest member id, by which families of one size are numbered. */
  private record Built(String first, StoryFamily family) {}

  /** The families of the documents linked by {@code pairs}, one connected component of the related pairs. */
  private List<Built> familiesOf(List<DirectedPair> pairs, ToIntFunction<String> wordCount,
      Predicate<String> creditsOutside) {
    Map<String, Integer> number = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (DirectedPair p : pairs) {
      numbered(p.pair().a(), number, ids);
      numbered(p.pair().b(), number, ids);
    }
    UnionFind groups = new UnionFind(number.size());
    int[] linkCount = new int[ids.size()];
    for (DirectedPair p : pairs) {
      linkCount[numberOf(number, p.pair().a())]++;
      linkCount[numberOf(number, p.pair().b())]++;
    }
    List<DirectedPair> ordered = new ArrayList<>(pairs);
    ordered.sort(LinkOrder.STRONGEST_FIRST);
    List<DirectedPair> pending = new ArrayList<>();
    for (DirectedPair p : ordered) {
      int a = numberOf(number, p.pair().a());
      int b = numberOf(number, p.pair().b());
      if (groups.same(a, b)) {
        continue;
      }
      boolean joinsALoneDocument = groups.size(a) == 1 || groups.size(b) == 1;
      if (joinsALoneDocument && (isStrong(p.pair()) || linkCount[a] == 1 || linkCount[b] == 1)) {
        groups.union(a, b);
      } else {
        pending.add(p);
      }
    }
    joinCorroborated(pending, pairs, number, groups);

    Map<Integer, List<String>> byGroup = new HashMap<>();
    for (int d = 0; d < ids.size(); d++) {
      byGroup.computeIfAbsent(groups.find(d), k -> new ArrayList<>()).add(ids.get(d));
    }
    Map<Integer, List<DirectedPair>> linksByGroup = new HashMap<>();
    for (DirectedPair p : ordered) {
      int a = numberOf(number, p.pair().a());
      if (groups.same(a, numberOf(number, p.pair().b()))) {
        linksByGroup.computeIfAbsent(groups.find(a), k -> new ArrayList<>()).add(p);
      }
    }
    List<Built> families = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> group : byGroup.entrySet()) {
      List<String> members = group.getValue();
      members.sort(Comparator.naturalOrder());
      List<DirectedPair> links = linksByGroup.getOrDefault(group.getKey(), List.of());
      families.add(new Built(members.get(0), FamilyTree.of(members, links, wordCount, creditsOutside)));
    }
    return families;
  }

  /**
   * Joins families linked by at least two pairs, until no more join: each time the first pending pair
   * (strongest first) whose two families are linked by two pairs or more, at least one of them strong
   * when both families have several members. Counted incrementally, so
   * the cost grows with the pairs, not with pairs times joins: the links between families are kept
   * per family and merged smaller into larger on a join, and a pending pair is looked at again only
   * when one of its families has changed (only then can the count between them have grown).
   */
  private void joinCorroborated(List<DirectedPair> pending, List<DirectedPair> all, Map<String, Integer> number,
      UnionFind groups) {
    if (pending.isEmpty()) {
      return;
    }
    int[][] ends = new int[pending.size()][];
    Map<Integer, Map<Integer, Integer>> linksOf = new HashMap<>();
    Map<Integer, Map<Integer, Integer>> strongLinksOf = new HashMap<>();
    Map<Integer, List<Integer>> pendingOf = new HashMap<>();
    for (DirectedPair p : all) {
      int ra = groups.find(numberOf(number, p.pair().a()));
      int rb = groups.find(numberOf(number, p.pair().b()));
      if (ra != rb) {
        countLink(linksOf, ra, rb);
        if (isStrong(p.pair())) {
          countLink(strongLinksOf, ra, rb);
        }
      }
    }
    TreeSet<Integer> toLook = new TreeSet<>();
    for (int i = 0; i < pending.size(); i++) {
      DirectedPair p = pending.get(i);
      ends[i] = new int[] {numberOf(number, p.pair().a()), numberOf(number, p.pair().b())};
      pendingOf.computeIfAbsent(groups.find(ends[i][0]), k -> new ArrayList<>()).add(i);
      pendingOf.computeIfAbsent(groups.find(ends[i][1]), k -> new ArrayList<>()).add(i);
      toLook.add(i);
    }
    for (Integer i = toLook.pollFirst(); i != null; i = toLook.pollFirst()) {
      int ra = groups.find(ends[i][0]);
      int rb = groups.find(ends[i][1]);
      if (ra == rb || links(linksOf, ra, rb) < 2
          || groups.size(ra) > 1 && groups.size(rb) > 1 && links(strongLinksOf, ra, rb) == 0) {
        continue;
      }
      groups.union(ra, rb);
      int root = groups.find(ra);
      int gone = root == ra ? rb : ra;
      mergeLinks(linksOf, root, gone);
      mergeLinks(strongLinksOf, root, gone);
      List<Integer> kept = pendingOf.computeIfAbsent(root, k -> new ArrayList<>());
      List<Integer> moved = pendingOf.remove(gone);
      if (moved != null) {
        kept.addAll(moved);
      }
      // their family changed: the count may have reached two; pairs now inside one family are done
      kept.removeIf(j -> groups.same(ends[j][0], ends[j][1]));
      toLook.addAll(kept);
    }
  }

  private static void countLink(Map<Integer, Map<Integer, Integer>> linksOf, int ra, int rb) {
    linksOf.computeIfAbsent(ra, k -> new HashMap<>()).merge(rb, 1, Integer::sum);
    linksOf.computeIfAbsent(rb, k -> new HashMap<>()).merge(ra, 1, Integer::sum);
  }

  private static int links(Map<Integer, Map<Integer, Integer>> linksOf, int ra, int rb) {
    return linksOf.getOrDefault(ra, Map.of()).getOrDefault(rb, 0);
  }

  /** The links of family {@code gone} become links of {@code root}, which absorbed it. */
  private static void mergeLinks(Map<Integer, Map<Integer, Integer>> linksOf, int root, int gone) {
    Map<Integer, Integer> into = linksOf.computeIfAbsent(root, k -> new HashMap<>());
    Map<Integer, Integer> from = linksOf.remove(gone);
    into.remove(gone);
    if (from == null) {
      return;
    }
    for (Map.Entry<Integer, Integer> e : from.entrySet()) {
      int other = e.getKey();
      if (other == root) {
        continue;
      }
      into.merge(other, e.getValue(), Integer::sum);
      Map<Integer, Integer> back = Objects.requireNonNull(linksOf.get(other));
      back.remove(gone);
      back.merge(root, e.getValue(), Integer::sum);
    }
  }

  boolean isStrong(RelatedPair pair) {
    return pair.relation() != Relation.PARTIAL || sharedWords(pair) >= minPartialWords;
  }

  private static int sharedWords(RelatedPair pair) {
    int a = 0;
    int b = 0;
    for (Passage passage : pair.passages()) {
      a += passage.wordsA();
      b += passage.wordsB();
    }
    return Math.min(a, b);
  }
}
