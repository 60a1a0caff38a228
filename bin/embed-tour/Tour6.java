import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;
import org.doppel.relate.RelatedPair;

public class Tour6 {
  static final String[] SENTENCES = (Texts.ORIGINAL + " " + Texts.PARTIAL + " " + Texts.UNRELATED).replaceAll("\\s+", " ").split("(?<=[.!?]) ");
  /** Document i: its own opening and five sentences of the pool chosen by i, so documents share some passages. */
  static String variant(int i) {
    Random r = new Random(i / 3);
    StringBuilder sb = new StringBuilder("Report " + i + " filed by desk number " + (i * 7 % 13) + " of the network.\n\n");
    for (int k = 0; k < 5; k++) sb.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(k % 2 == 1 ? "\n\n" : " ");
    return sb.toString();
  }
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]); String jar = args.length > 1 ? args[1] : "";
    // 1. adds from 4 threads, then queries: safe (add is synchronized)?
    Corpus corpus = Doppel.builder().threads(2).build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < 4; t++) { int tt = t; fs.add(pool.submit(() -> { for (int i = tt; i < n; i += 4) corpus.add(SourceText.of("d" + i, variant(i))); })); }
    for (Future<?> f : fs) f.get();
    System.out.println("parallel adds: size " + corpus.size() + " pairs " + corpus.findAllPairs(ScanProgress.NONE).size());
    // 2. queries while adding
    Corpus c2 = Doppel.builder().threads(2).build();
    c2.add(SourceText.of("d0", variant(0)));
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<Throwable> first = new AtomicReference<>();
    Future<?> adder = pool.submit(() -> { for (int i = 1; i < n; i++) c2.add(SourceText.of("d" + i, variant(i))); });
    List<Future<?>> qs = new ArrayList<>();
    for (int t = 0; t < 3; t++) qs.add(pool.submit(() -> { while (!adder.isDone()) { try { c2.findCopies("d0"); c2.findCopies(SourceText.of("q", variant(7))); } catch (Throwable e) { errors.incrementAndGet(); first.compareAndSet(null, e); } } }));
    adder.get(); for (Future<?> f : qs) f.get();
    System.out.println("queries while adding: errors " + errors.get() + (first.get() == null ? "" : " first: " + first.get()));
    // 3. findAllPairs while adding
    Corpus c3 = Doppel.builder().threads(2).build();
    for (int i = 0; i < n / 2; i++) c3.add(SourceText.of("d" + i, variant(i)));
    AtomicReference<Throwable> f3 = new AtomicReference<>();
    Future<?> adder3 = pool.submit(() -> { for (int i = n / 2; i < n; i++) c3.add(SourceText.of("d" + i, variant(i))); });
    int runs = 0;
    while (!adder3.isDone()) { try { c3.findAllPairs(ScanProgress.NONE); c3.provenanceOfAllPairs(ScanProgress.NONE).families(); runs++; } catch (Throwable e) { f3.compareAndSet(null, e); } }
    System.out.println("findAllPairs while adding: runs " + runs + (f3.get() == null ? " no error" : " error: " + f3.get()));
    if (f3.get() != null) f3.get().printStackTrace();
    pool.shutdown();
  }
}
