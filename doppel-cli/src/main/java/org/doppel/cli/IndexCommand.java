package org.doppel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doppel.Doppel;
import org.doppel.DoppelIndex;
import org.doppel.index.IndexStats;
import org.doppel.index.IndexWriteException;
import org.doppel.index.LuceneIndex;
import org.doppel.ingest.CorpusReader;
import org.doppel.ingest.Counted;
import org.doppel.ingest.IngestProblem;
import org.doppel.ingest.SourceText;
import org.doppel.report.IndexStatsJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code doppel index add|remove|stats}: a standing index on disk. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Builds and inspects a standing index that queries and the server answer from.",
    subcommands = {IndexCommand.Add.class, IndexCommand.Remove.class, IndexCommand.Merge.class, IndexCommand.Stats.class})
final class IndexCommand implements Callable<Integer> {
  /** Commit data key: documents this `index add` run has committed so far. */
  static final String COMMITTED_DOCUMENTS = "doppel.add.documents";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** No subcommand named: the usage, and a non-zero exit, as for {@code doppel} alone. */
  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return CommandLine.ExitCode.USAGE;
  }

  /**
   * Opens an index that must already exist, for writing. Opening for writing creates an index where
   * there is none, which a command that changes documents (merge, remove) must not do to a mistyped
   * folder: the read-only open first refuses it with a message that names the folder.
   */
  private static DoppelIndex openExisting(Path index) throws IOException {
    Doppel.builder().openIndexReadOnly(index).close();
    return Doppel.builder().openIndex(index);
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds documents (any input scan reads), replacing those with the same id; creates INDEX.")
  static final class Add implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "CORPUS", description = CorpusLoader.INPUT_HELP)
    List<Path> corpus;

    @Option(names = "--commit-every", converter = OptionValues.AtLeastOne.class, paramLabel = "N", description = "Commit after every N documents (default ${DEFAULT-VALUE}); a crash loses at most the uncommitted ones.")
    int commitEvery = 10_000;

    @Option(names = "--threads", converter = OptionValues.Threads.class, description = "Worker threads (default and most: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress lines, and no notes of what each crawl held, on stderr; problems are still said.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      CorpusLoader.refuseMissing(corpus, spec.commandLine());
      PrintWriter err = Terminal.stderr();
      Doppel.Builder builder = Doppel.builder();
      if (threads != null) {
        builder.threads(threads);
      }
      ProblemLines problems = new ProblemLines(err, quiet);
      int workers = threads != null ? threads : builder.settings().threads();
      ExecutorService adder = Executors.newSingleThreadExecutor();
      BatchedAdds.Counts counts = new BatchedAdds.Counts();
      // a commit is atomic: whatever stops the run, the index holds its last commit, and the same command completes it
      OnInterrupt interrupted = OnInterrupt.say(err, () -> "the index " + index + " keeps its last commit, whole ("
          + Counted.of(counts.committed(), "document") + " of this run committed); run the same command again to add the rest");
      long documentsBefore = 0;
      long documentsAfter = 0;
      try (interrupted; DoppelIndex target = builder.openIndex(index)) {
        documentsBefore = target.stats().documents();
        BatchedAdds adds = new BatchedAdds(target, adder, counts, commitEvery, problems, quiet, err);
        CorpusLoader.noteIfInside(index, "index", corpus, err);
        // documents arrive one at a time, in name order, as scan reads them
        IdsSeen seen = new IdsSeen();
        new CorpusReader(problems).withThreads(workers).skipping(List.of(index)).read(corpus, source -> {
          if (isIndexable(source, seen, problems)) {
            adds.accept(source);
          }
        });
        problems.sayHeldBack();
        adds.finish();
        documentsAfter = target.stats().documents();
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof IndexWriteException failed) {
          return writeFailed(failed, counts.committed(), err);
        }
        throw e.getCause();
      } catch (IndexWriteException failed) {
        return writeFailed(failed, counts.committed(), err);
      } finally {
        adder.shutdownNow();
      }
      long added = counts.added();
      if (!quiet) {
        // what the index grew by is the documents of new ids; the rest replaced one of the same id, indexed before or
        // read earlier in this run (counted from the index's size, so adding costs no lookup per document)
        long replaced = added - (documentsAfter - documentsBefore);
        err.println("doppel: " + Counted.of(added - replaced, "document") + " added and " + replaced + " replaced (of an id"
            + " indexed before or read earlier in this run) in " + index + ", " + problems.summary());
      }
      if (added == 0) {
        // As scan: a mistyped path or a folder of unreadable files must not look like a successful add.
        err.println(ProblemLines.nothingRead("document", corpus, problems.count()));
        return 2;
      }
      return 0;
    }

    /**
     * Whether {@code source} goes to the index: an id too long for it is named and skipped (one record's id must not end
     * the run); an id this run read before is named ({@link #repeated}) and indexed all the same.
     */
    private static boolean isIndexable(SourceText source, IdsSeen seen, ProblemLines problems) {
      try {
        DoppelIndex.checkId(source.id());
      } catch (IllegalArgumentException tooLong) {
        problems.accept(new IngestProblem(source.origin(), tooLong.getMessage(), true));
        return false;
      }
      if (!seen.add(source.id())) {
        problems.accept(repeated(source));
      }
      return true;
    }

    /**
     * The warning for a document whose id an earlier one of this run had: it replaces that one in the index, as a
     * document of an id indexed before does. Which document had it is not known (only the ids' hashes are kept): a
     * scan of the same paths names both, with what to do.
     */
    private static IngestProblem repeated(SourceText source) {
      return new IngestProblem(source.origin(), "duplicate document id '" + source.id()
          + "', read earlier in this run: this one replaces that document in the index ('doppel scan' of the same paths names both)", false);
    }

    /**
     * A full disk or a folder that refuses files, said in one line with what is kept and what to do: Lucene's
     * exception came out as a stack trace from a worker thread, its cause thirty lines down.
     */
    private static int writeFailed(IndexWriteException failed, long committed, PrintWriter err) {
      err.println("doppel: cannot write the index " + failed.index() + ": " + failed.reason() + "; it keeps its last commit, whole ("
          + Counted.of(committed, "document") + " of this run " + (committed == 1 ? "was" : "were") + " committed before the failure): run the same command again once that is fixed,"
          + " and it adds what is missing");
      return 1;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = {"Merges the index down to a few segments and commits. A query looks each of its keys up in every segment: "
          + "after a bulk add, merging makes queries several times faster (1,000,000 documents: 39 segments, 10 ms of CPU a query; "
          + "4 segments, 2.7 ms). Rewrites the whole index (about a minute of CPU at 1,000,000 documents, and as much free disk as the index)."})
  static final class Merge implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--segments", converter = OptionValues.AtLeastOne.class, description = "At most this many segments (default: ${DEFAULT-VALUE}).")
    int segments = 4;

    @Override
    public Integer call() throws IOException {
      try (DoppelIndex target = openExisting(index)) {
        int before = target.stats().segments();
        target.merge(segments);
        Terminal.stderr().printf("doppel: merged %s from %d to %d segments%n", index, before, target.stats().segments());
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes documents by id.")
  static final class Remove implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Document ids.")
    List<String> ids;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = Terminal.stderr();
      int missing = 0;
      try (DoppelIndex target = openExisting(index)) {
        for (String id : ids) {
          if (!target.remove(id)) {
            err.println("doppel: no document '" + id + "' in " + index);
            missing++;
          }
        }
        target.commit();
      }
      err.println("doppel: removed " + Counted.of(ids.size() - missing, "document") + " from " + index);
      return missing == 0 ? 0 : 1;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Prints one JSON object: documents, bytes on disk (in all and by part), segments, last commit time.")
  static final class Stats implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INDEX", description = "The index folder.")
    Path index;

    @Option(names = "--text", description = "Also measure the texts alone, compressed as the index compresses them, and the bytes "
        + "beyond them: stores every text again in a scratch folder under the temporary directory (about 25 s per 100,000 documents on a shared machine; "
        + "as much disk as the compressed texts while it runs).")
    boolean text;

    @Override
    public Integer call() throws IOException {
      try (DoppelIndex target = Doppel.builder().openIndexReadOnly(index)) {
        IndexStats stats = target.stats();
        System.out.println(text ? IndexStatsJson.of(stats, target.compressedTextBytes(Path.of(System.getProperty("java.io.tmpdir"))))
            : IndexStatsJson.of(stats));
      }
      return 0;
    }
  }
}
