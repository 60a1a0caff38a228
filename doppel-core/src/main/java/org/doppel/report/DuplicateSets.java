package org.doppel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;

/**
 * What a deduplicator drops: the documents joined by exact or near-duplicate pairs, taken together (a chain of
 * near-duplicates is one set), and the documents whose whole texts are identical (whitespace aside) however many
 * there are — the pair search ignores a key found in more than {@code maxPostings} documents, so a text copied into
 * 150 documents yields no pairs at all, and a crawl has many such. Each set keeps one document: one that no pair of the
 * set names as a copy (the likely original), the first in id order among several; every other member is dropped.
 */
public final class DuplicateSets {
  private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

  private DuplicateSets() {}

  /**
   * @param pairs the related pairs of a scan, with their likely originals where known
   * @param texts every document's id and text
   * @return the sets of two or more documents, by the id they keep
   */
  public static List<DuplicateSet> find(List<RelatedPair> pairs, Map<String, String> texts) {
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
    Map<String, String> firstWithText = new HashMap<>();
    texts.forEach((id, text) -> {
      String other = firstWithText.putIfAbsent(fingerprint(text), id);
      if (other != null) {
        join(parent, other, id);
      }
    });
    Map<String, TreeSet<String>> members = new TreeMap<>();
    for (String id : parent.keySet()) {
      members.computeIfAbsent(root(parent, id), r -> new TreeSet<>()).add(id);
    }
    List<DuplicateSet> sets = new ArrayList<>();
    for (TreeSet<String> set : members.values()) {
      if (set.size() < 2) {
        continue;
      }
      String keep = set.stream().filter(id -> !copies.contains(id)).findFirst().orElse(set.first());
      sets.add(new DuplicateSet(keep, set.stream().filter(id -> !id.equals(keep)).toList()));
    }
    sets.sort(java.util.Comparator.comparing(DuplicateSet::keep));
    return sets;
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

  /** A digest of the text with runs of whitespace made one space and the ends trimmed: identical texts, one digest. */
  private static String fingerprint(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String normalised = text.strip().replaceAll("\\s+", " ");
      return java.util.HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
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
    for (String up; !(up = java.util.Objects.requireNonNull(parent.get(root))).equals(root); ) {
      root = up;
    }
    // path compression: a long chain of near-duplicates would make every later look-up walk it again
    for (String at = id, up; !at.equals(root); at = up) {
      up = java.util.Objects.requireNonNull(parent.get(at));
      parent.put(at, root);
    }
    return root;
  }
}
