import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.doppel.document.Span;
import org.doppel.match.Passage;
import org.doppel.provenance.Direction;
import org.doppel.provenance.DirectedPair;
import org.doppel.provenance.DirectionClue;
import org.doppel.provenance.FamilyBuilder;
import org.doppel.relate.RelatedPair;
import org.doppel.relate.Relation;
import org.doppel.relate.Verdict;

/**
 * Thread CPU of {@link FamilyBuilder#build} alone on a scan's pairs, built again and again: what the families cost a
 * scan with {@code --families}, without the noise of the rest of the scan. A passage's words are its characters / 6
 * (the report has no word counts); every known source is given as a date clue.
 *
 * <pre>java -cp doppel-cli/target/doppel.jar bin/FamilyCost.java PAIRS_JSONL CORPUS_DIR [ROUNDS]</pre>
 */
public final class FamilyCost {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<DirectedPair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode p = json.readTree(line);
      int wordsA = 0;
      int wordsB = 0;
      for (JsonNode passage : p.get("passages")) {
        wordsA += (passage.get("a").get(1).asInt() - passage.get("a").get(0).asInt()) / 6;
        wordsB += (passage.get("b").get(1).asInt() - passage.get("b").get(0).asInt()) / 6;
      }
      String source = p.get("source").isNull() ? null : p.get("source").asText();
      Passage passage = new Passage(new Span(0, 1), new Span(0, 1), wordsA, wordsB, 0, 0);
      RelatedPair pair = new RelatedPair(p.get("a").asText(), p.get("b").asText(),
          new Verdict(Relation.valueOf(p.get("relation").asText().toUpperCase(Locale.ROOT)), p.get("score").asDouble(), "read"),
          source, List.of(passage));
      Direction direction = source == null ? Direction.unknown(List.of(), "none")
          : new Direction(source, 0.9, List.of("date"), List.of(new DirectionClue("date", source, true, "read")), "read");
      pairs.add(new DirectedPair(pair, direction));
    }
    List<String> documents;
    try (Stream<Path> files = Files.list(Path.of(args[1]))) {
      documents = files.map(f -> f.getFileName().toString().replaceFirst("\\.[^.]*$", "")).sorted().toList();
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    FamilyBuilder builder = FamilyBuilder.defaults();
    int families = 0;
    for (int warm = 0; warm < 5; warm++) {
      families = builder.build(documents, pairs, id -> 300).size();
    }
    long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    for (int round = 0; round < rounds; round++) {
      families = builder.build(documents, pairs, id -> 300).size();
    }
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
    System.out.printf(Locale.ROOT, "%d documents, %d pairs, %d families: %.1f ms of thread CPU a build%n",
        documents.size(), pairs.size(), families, cpu / 1e6 / rounds);
  }
}
