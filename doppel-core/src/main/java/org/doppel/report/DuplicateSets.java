package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;

/**
 * What a deduplicator drops: the documents joined by exact or near-duplicate pairs, taken together (a chain of
 * near-duplicates is one set), and the documents whose whole texts are identical (whitespace aside, by a 128-bit hash) however many
 * there are — the pair search ignores a key found in more than {@code maxPostings} documents, so a text copied into
 * 150 documents yields no pairs at all, and a crawl has many such. Each set keeps one document: one that no pair of the
 * set names as a copy (the likely original), the first in id order among several; every other member is dropped.
 */
public final class DuplicateSets {
  private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

  private DuplicateSets() {}

  /**
   * @param pairs the related pairs of a scan, with their likely originals where known
   * @param ids every document of the corpus
   * @param textOf each one's text, asked once per document and not kept (a corpus's texts held as strings at once
   *     cost more than the digests)
   * @return the sets of two or more documents, by the id they keep
   */
  public static List<DuplicateSet> find(List<RelatedPair> pairs, Iterable<String> ids, Function<String, String> textOf) {
    Map<String, String> parent = new HashMap<>();
    Set<String> copies = new HashSet<>();
    for (RelatedPair pair : pairs) {
      if (pair.relation() == Relation.EXACT || pair.relation() == Relation.NEAR_DUPLICATE) {
        join(parent, pair.a(), pair.b());
        String source = pair.source();
        if (source != null) {
          copies.add(source.equals(pair.a()) ? pair.b() : pair.a());
        }
      }
    }
    Map<TextDigest, String> firstWithText = new HashMap<>();
    for (String id : ids) {
      String other = firstWithText.putIfAbsent(digest(textOf.apply(id)), id);
      if (other != null) {
        join(parent, other, id);
      }
    }
    Map<String, TreeSet<String>> members = new TreeMap<>();
    for (String id : parent.keySet()) {
      members.computeIfAbsent(root(parent, id), r -> new TreeSet<>()).add(id);
    }
    List<DuplicateSet> sets = new ArrayList<>();
    for (TreeSet<String> set : members.values()) {
      if (set.size() >= 2) {
        sets.add(keepOne(set, copies::contains));
      }
    }
    sets.sort(Comparator.comparing(DuplicateSet::keep));
    return sets;
  }

  /**
   * One set of copies with the member it keeps: the first, in id order, that is not a copy of another member by the
   * set's pairs, or the first when each is. The Spark job chooses per set by this too.
   *
   * @param members two or more documents joined by copy pairs or identical texts
   * @param isCopy whether a pair of the set names the document as the copy
   */
  public static DuplicateSet keepOne(SortedSet<String> members, Predicate<String> isCopy) {
    String keep = members.stream().filter(id -> !isCopy.test(id)).findFirst().orElse(members.first());
    return new DuplicateSet(keep, members.stream().filter(id -> !id.equals(keep)).toList());
  }

  /** Writes one line per set: {@code {"keep": ID, "drop": [ID…]}}. */
  public static void write(List<DuplicateSet> sets, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      for (DuplicateSet set : sets) {
        json.writeStartObject();
        json.writeStringField("keep", set.keep());
        json.writeArrayFieldStart("drop");
        for (String id : set.drop()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
  }

  /** 128 bits of a text: two 64-bit hashes of its chars, each with its own multiplier and a final mix. */
  public record TextDigest(long first, long second) implements Serializable {}

  /**
   * The text's chars with each run of whitespace taken as one space and the ends trimmed, hashed twice: identical
   * texts, one digest; two different texts share one by chance once in 2^128. SHA-256 cost a third of a
   * copies-only scan of 20,000 documents (the JVM of ./doppel compiles with C1 only, without SHA intrinsics).
   */
  public static TextDigest digest(String text) {
    long first = 0x9E3779B97F4A7C15L;
    long second = 0xC2B2AE3D27D4EB4FL;
    boolean space = false;
    boolean started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = started;
        continue;
      }
      if (space) {
        first = (first + ' ') * 0x100000001B3L;
        second = (second + ' ') * 0x5851F42D4C957F2DL;
        space = false;
      }
      first = (first + c) * 0x100000001B3L;
      second = (second + c) * 0x5851F42D4C957F2DL;
      started = true;
    }
    return new TextDigest(mix(first), mix(second));
  }

  /** A 64-bit finaliser (MurmurHash3's), so that texts differing in their last chars differ in every bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  private static void join(Map<String, String> parent, String a, String b) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private static String root(Map<String, String> parent, String id) {
    String root = id;
    for (String up; !(up = Objects.requireNonNull(parent.get(root))).equals(root); ) {
      root = up;
    }
    // path compression: a long chain of near-duplicates would make every later look-up walk it again
    for (String at = id, up; !at.equals(root); at = up) {
      up = Objects.requireNonNull(parent.get(at));
      parent.put(at, root);
    }
    return root;
  }
}
