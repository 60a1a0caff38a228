import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;

/** Eight threads add 60 texts each, every tenth id shared by two threads, while two threads ask findCopies and findAllPairs. */
public class Concurrent {
  public static void main(String[] args) throws Exception {
    Corpus corpus = Doppel.builder().threads(2).build();
    String[] words = "harbour ferry council budget river bridge school teacher minister museum storm flood rescue market price wheat farmer station train delay strike union mayor election".split(" ");
    AtomicInteger duplicates = new AtomicInteger(), other = new AtomicInteger(), queries = new AtomicInteger();
    Set<String> added = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<?>> jobs = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      jobs.add(pool.submit(() -> {
        Random r = new Random(thread);
        for (int i = 0; i < 60; i++) {
          String id = i % 10 == 0 ? "shared-" + (thread / 2) + "-" + i : "t" + thread + "-" + i;
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < 120; w++) text.append(words[r.nextInt(words.length)]).append(w % 15 == 14 ? ". " : " ");
          try { corpus.add(SourceText.of(id, text.toString())); added.add(id); }
          catch (IllegalArgumentException e) { if (e.getMessage().startsWith("duplicate document id")) duplicates.incrementAndGet(); else other.incrementAndGet(); }
          catch (RuntimeException e) { other.incrementAndGet(); e.printStackTrace(); }
        }
      }));
    }
    for (int q = 0; q < 2; q++) {
      jobs.add(pool.submit(() -> {
        for (int i = 0; i < 20; i++) {
          try { corpus.findAllPairs(ScanProgress.NONE); if (corpus.size() > 0) corpus.findCopies(corpus.get("t0-1").id()); queries.incrementAndGet(); }
          catch (IllegalArgumentException e) { queries.incrementAndGet(); } // t0-1 not added yet
          catch (RuntimeException e) { other.incrementAndGet(); e.printStackTrace(); }
        }
      }));
    }
    for (Future<?> job : jobs) job.get();
    pool.shutdown();
    System.out.println("size " + corpus.size() + ", distinct ids added " + added.size() + ", duplicates refused " + duplicates
        + ", other errors " + other + ", queries " + queries);
  }
}
