package org.doppel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standing index opens only under the layout it was built with ({@code DoppelIndex.open} writes it from the parts
 * that shape the rows: fingerprint settings, banding, {@code PhotoFields}, the short-text vectors,
 * {@code DocumentVectorizer.LAYOUT}, {@code FactExtractor.KEYS_LAYOUT}, {@code WordTokenizer.LAYOUT},
 * {@code StockLines.LAYOUT}). A part whose rows change without a new layout lets an index built before open silently
 * and answer otherwise than a scan, as edge blocks once did before {@code StockLines.LAYOUT} was added by hand. So a
 * fresh index of a fixed corpus is read back row by row (every term of every field with the ids and counts of the
 * documents posting it, every stored value, every vector) into one digest, recorded beside its layout in
 * {@code index-rows/recorded.txt}: rows that change under the same layout fail here.
 */
class IndexRowsTest {
  private static final String RECORDED = "/index-rows/recorded.txt";
  /** The fields whose rows the scan's answers depend on: the digest must read each, or it guards nothing. */
  private static final Set<String> SHAPING_FIELDS = Set.of("id", "text", "meta", "title", "word", "band", "line", "anchor", "fact",
      "line_in_surroundings", "vector", "vector_query");

  @TempDir
  Path folder;

  @Test
  void aFreshIndexHoldsTheRowsRecordedForItsLayoutSoRowsThatChangeMustChangeTheLayout() throws Exception {
    Path path = folder.resolve("index");
    try (DoppelIndex index = Doppel.builder().threads(2).openIndex(path)) {
      index.add(corpus());
      index.commit();
    }
    Rows rows = Rows.of(path, root().toString());
    assertThat(rows.fields()).as("fields read into the digest").containsAll(SHAPING_FIELDS);
    Map<String, String> recorded = recorded();
    String record = "layout " + rows.layout() + "\nrows " + rows.digest() + "\n";
    if (!rows.layout().equals(recorded.get("layout"))) {
      fail("the index layout changed; if the rows changed with it, record them: " + RECORDED + " is now\n" + record);
    }
    if (!rows.digest().equals(recorded.get("rows"))) {
      fail("a fresh index's rows changed but its layout did not, so an index built before would open silently and answer"
          + " otherwise than a scan: say what changed in the LAYOUT of the part that shapes these rows (or in DoppelIndex.open's"
          + " layout), then record the new layout and rows: " + RECORDED + " is then\n" + record);
    }
  }

  /**
   * The sample corpus's texts and JSON Lines (its web page left out: a page's text and metadata are what the extraction
   * rules make of it, which change with them while an index of the same text holds the same rows), and texts written
   * for this test for the parts it lacks: Turkish and Greek capitals (word folding), a caseless text with names, numbers
   * and a quote (its vector and fact keys), and a site's header and footer lines over several texts (edge blocks).
   */
  private static List<SourceText> corpus() throws IOException, URISyntaxException {
    List<String> problems = new ArrayList<>();
    List<Path> folders = List.of(root().resolve("copies"), root().resolve("seeds"), root().resolve("feeds"));
    List<SourceText> documents = new ArrayList<>(new CorpusReader(problem -> {
      if (!problem.note()) { // a JSON Lines file's record count is a note, no problem (IngestProblem.note)
        problems.add(problem.toString());
      }
    }).readAll(folders));
    assertThat(problems).isEmpty();
    documents.add(SourceText.of("capitals", "KIŞ GELDİ İZMİR'DE\n\nİzmir'de kış erken geldi ve kar yağdı. ΣΥΡΟΣ ΚΑΙ ΝΑΞΟΣ:"
        + " η Σύρος και η Νάξος είχαν θύελλα.\n"));
    documents.add(SourceText.of("caseless", "the mayor of vellingrad, oskar brandtvik, opened the new harbour bridge on tuesday."
        + " brandtvik said the bridge cost the city 40 million crowns, far less than planned. \"it will carry the trams for a"
        + " century,\" he told reporters waiting in the cold rain.\n"));
    String header = "The Harbour Gazette\nNews from the coast\nSubscribe for the morning letter\n";
    String footer = "Letters to the editor\nAll rights reserved by the Harbour Gazette\n";
    String[] bodies = {"The ferry to the islands ran late on Monday after a storm closed the port for six hours.",
        "A new school opened in the old fish market, with two hundred pupils in its first year.",
        "The lighthouse keeper retired after forty years and the town gave him a boat of his own."};
    for (int i = 0; i < bodies.length; i++) {
      documents.add(SourceText.of("gazette-" + i, header + "\n" + bodies[i] + "\n\n" + footer));
    }
    return documents;
  }

  private static Path root() throws URISyntaxException {
    return Path.of(IndexRowsTest.class.getResource("/index-equality/sample").toURI());
  }

  private static Map<String, String> recorded() throws IOException {
    Map<String, String> lines = new TreeMap<>();
    try (InputStream in = IndexRowsTest.class.getResourceAsStream(RECORDED)) {
      assertThat(in).as(RECORDED).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int space = line.indexOf(' ');
        if (space > 0) {
          lines.put(line.substring(0, space), line.substring(space + 1));
        }
      }
    }
    return lines;
  }

  /** An index's layout, the fields it holds and a digest of its rows, by document id (not Lucene's numbers, which follow the threads). */
  private record Rows(String layout, Set<String> fields, String digest) {
    static Rows of(Path path, String root) throws IOException, NoSuchAlgorithmException {
      TreeSet<String> rows = new TreeSet<>();
      TreeSet<String> fields = new TreeSet<>();
      // a term's documents, gathered over the segments: which segment holds a document follows the threads
      Map<String, TreeSet<String>> postings = new TreeMap<>();
      try (Directory directory = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext context : reader.leaves()) {
          LeafReader leaf = context.reader();
          String[] ids = ids(leaf);
          for (FieldInfo field : leaf.getFieldInfos()) {
            if (field.getIndexOptions() != IndexOptions.NONE) {
              fields.add(field.name);
              addTerms(leaf, field.name, ids, postings);
            }
            if (field.getVectorDimension() > 0) {
              fields.add(field.name);
              addVectors(leaf, field.name, ids, rows);
            }
          }
          StoredFields stored = leaf.storedFields();
          Bits live = leaf.getLiveDocs();
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              for (IndexableField value : stored.document(doc)) {
                fields.add(value.name());
                BytesRef bytes = value.binaryValue();
                String shown = bytes != null ? hex(bytes)
                    : String.valueOf(value.stringValue() != null ? value.stringValue() : value.numericValue()).replace(root, "ROOT");
                rows.add("stored " + ids[doc] + " " + value.name() + " " + shown);
              }
            }
          }
        }
        String layout = SegmentInfos.readLatestCommit(directory).getUserData().get("doppel.layout");
        postings.forEach((term, documents) -> rows.add(term + " " + documents));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String row : rows) {
          digest.update((row + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new Rows(layout, fields, HexFormat.of().formatHex(digest.digest()));
      }
    }

    private static String hex(BytesRef bytes) {
      return HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }

    private static String[] ids(LeafReader leaf) throws IOException {
      String[] ids = new String[leaf.maxDoc()];
      StoredFields stored = leaf.storedFields();
      for (int doc = 0; doc < ids.length; doc++) {
        ids[doc] = stored.document(doc, Set.of("id")).get("id");
      }
      return ids;
    }

    /** Each term of {@code field} with the live documents posting it in this segment, by id with its count. */
    private static void addTerms(LeafReader leaf, String field, String[] ids, Map<String, TreeSet<String>> postings) throws IOException {
      Terms terms = leaf.terms(field);
      if (terms == null) {
        return;
      }
      Bits live = leaf.getLiveDocs();
      TermsEnum term = terms.iterator();
      for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
        TreeSet<String> documents = postings.computeIfAbsent("term " + field + " " + hex(bytes), key -> new TreeSet<>());
        PostingsEnum docs = term.postings(null, PostingsEnum.FREQS);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            documents.add(ids[doc] + "×" + docs.freq());
          }
        }
      }
    }

    private static void addVectors(LeafReader leaf, String field, String[] ids, Set<String> rows) throws IOException {
      ByteVectorValues values = leaf.getByteVectorValues(field);
      if (values == null) {
        return;
      }
      Bits live = leaf.getLiveDocs();
      KnnVectorValues.DocIndexIterator iterator = values.iterator();
      for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
        if (live == null || live.get(doc)) {
          rows.add("vector " + field + " " + ids[doc] + " " + HexFormat.of().formatHex(values.vectorValue(iterator.index())));
        }
      }
    }
  }
}
