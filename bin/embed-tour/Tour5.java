import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import org.doppel.*;
import org.doppel.ingest.SourceText;

public class Tour5 {
  interface Body { Object run() throws Exception; }
  static void tryIt(String what, Body body) {
    try { Object r = body.run(); String s = String.valueOf(r).replace('\n', ' '); System.out.println("[" + what + "] OK: " + s.substring(0, Math.min(160, s.length()))); }
    catch (Throwable e) { System.out.println("[" + what + "] " + e.getClass().getName() + ": " + e.getMessage()); }
  }
  public static void main(String[] args) throws Exception {
    Path tmp = Files.createTempDirectory("embed5");
    Path file = Files.writeString(tmp.resolve("a-file.txt"), "hello");
    tryIt("open(file)", () -> DoppelIndex.open(file));
    Path corpusDir = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpusDir.resolve("doc.txt"), "text");
    tryIt("open(folder of other files)", () -> DoppelIndex.open(corpusDir));
    tryIt("openReadOnly(missing)", () -> Doppel.builder().openIndexReadOnly(tmp.resolve("none")));
    Path idx = tmp.resolve("idx");
    DoppelIndex index = DoppelIndex.open(idx);
    tryIt("open same path twice for writing", () -> DoppelIndex.open(idx));
    tryIt("add batch with same id twice", () -> { index.add(List.of(SourceText.of("d", Texts.ORIGINAL), SourceText.of("d", Texts.UNRELATED))); return index.ids() + " " + index.get("d").get().text().substring(0, 30); });
    tryIt("query top -1", () -> index.query(SourceText.of("q", Texts.COPY), -1).pairs());
    tryIt("query top 0", () -> index.query(SourceText.of("q", Texts.COPY), 0).pairs());
    tryIt("query empty text", () -> index.query(SourceText.of("q", ""), 5).pairs());
    tryIt("copies(missing)", () -> index.copies("missing", 5));
    tryIt("remove(missing)", () -> index.remove("missing"));
    tryIt("add empty list", () -> { index.add(List.of()); return "ok"; });
    tryIt("search empty", () -> index.search("", 5));
    tryIt("merge(0)", () -> { index.merge(0); return "ok"; });
    tryIt("commit", () -> { index.commit(); return "ok"; });
    tryIt("close", () -> { index.close(); return "ok"; });
    tryIt("close twice", () -> { index.close(); return "ok"; });
    tryIt("add after close", () -> { index.add(List.of(SourceText.of("e", Texts.COPY))); return "ok"; });
    tryIt("query after close", () -> index.query(SourceText.of("q", Texts.COPY), 5));
    tryIt("get after close", () -> index.get("d"));
    tryIt("commit after close", () -> { index.commit(); return "ok"; });
    DoppelIndex ro = Doppel.builder().openIndexReadOnly(idx);
    tryIt("read-only add", () -> { ro.add(List.of(SourceText.of("e", Texts.COPY))); return "ok"; });
    tryIt("read-only remove", () -> ro.remove("d"));
    tryIt("read-only commit", () -> { ro.commit(); return "ok"; });
    tryIt("read-only query", () -> ro.query(SourceText.of("q", Texts.COPY), 5).pairs().size());
    ro.close();
    tryIt("open with other settings", () -> Doppel.builder().banding(new org.doppel.index.LshBanding(8, 16)).openIndex(idx));
  }
}
