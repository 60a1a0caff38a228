package org.doppel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.doppel.bench.EmbeddingBenchmark;
import org.doppel.eval.EvalInputException;
import org.doppel.eval.SentencePairFile;
import org.doppel.match.sentence.SentencePair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-embed", mixinStandardHelpOptions = true,
    description = {"Measures the sentence encoder (all-MiniLM-L6-v2, quantized): model load time, sentences/s on "
        + "distinct sentences with each thread count, and sentences/s when all are cached; prints a markdown table.",
        "The sentences are the distinct texts of a pair file (label<TAB>text1<TAB>text2), e.g. "
            + "../shared/data/pairs/msrp-train.tsv (news sentences)."})
final class BenchEmbedCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAIRS.tsv", description = "A TSV pair file whose sentences are encoded.")
  Path file;

  @Option(names = "--limit", converter = OptionValues.AtLeastOne.class, description = "Sentences to encode, the first distinct ones of the file (default: 2000).")
  int limit = 2_000;

  @Option(names = "--threads", converter = OptionValues.AtLeastOne.class, split = ",", description = "Thread counts to measure (default: 1,2).")
  List<Integer> threads = List.of(1, 2);

  @Override
  public Integer call() throws IOException {
    SentencePairFile pairs;
    try {
      pairs = SentencePairFile.read(file);
    } catch (EvalInputException e) {
      System.err.println("doppel bench-embed: " + e.getMessage());
      return 2;
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (SentencePair pair : pairs.pairs()) {
      distinct.add(pair.first());
      distinct.add(pair.second());
    }
    List<String> sentences = new ArrayList<>(distinct).subList(0, Math.min(limit, distinct.size()));
    double words = sentences.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0);
    List<EmbeddingBenchmark.Row> rows;
    try {
      rows = EmbeddingBenchmark.run(sentences, threads);
    } catch (IllegalArgumentException e) {
      System.err.println("doppel bench-embed: " + file + ": " + e.getMessage());
      return 2;
    }
    var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf("Sentences: %,d distinct from %s, %.1f words on average; %d cores.%n%n", sentences.size(), file,
        words, Runtime.getRuntime().availableProcessors());
    out.print(EmbeddingBenchmark.markdown(rows));
    return 0;
  }
}
