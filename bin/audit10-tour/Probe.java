import org.doppel.*;
import org.doppel.ingest.*;
import org.doppel.relate.*;
import java.util.*;
import java.nio.file.*;
public class Probe {
  static void t(String name, Runnable r) {
    try { r.run(); System.out.println(name + ": ok"); }
    catch (Throwable e) { System.out.println(name + ": " + e.getClass().getName() + ": " + e.getMessage()); }
  }
  public static void main(String[] a) throws Exception {
    String text = "The harbour council approved a new ferry timetable on Monday after months of complaints from commuters. "
      + "The mayor said the changes would cut waiting times by a third during the morning rush.\n\n"
      + "Opposition members argued that the budget for the new boats had not been published.";
    t("threads(100000)", () -> Doppel.builder().threads(100000).build());
    t("threads(100000) add+findAll", () -> { Corpus c = Doppel.builder().threads(100000).build(); c.add(SourceText.of("a", text)); c.add(SourceText.of("b", text)); System.out.println(c.findAllPairs(ScanProgress.NONE).size()); });
    t("SourceText.of(id, \"\")", () -> { Corpus c = Doppel.builder().build(); c.add(SourceText.of("e", "")); System.out.println(c.findCopies("e")); });
    t("new SourceText(id,text,null,null)", () -> { Corpus c = Doppel.builder().build(); c.add(new SourceText("n", text, null, null)); c.add(SourceText.of("m", text)); System.out.println(c.findCopies("n").size()); });
    t("of(\" \", t)", () -> SourceText.of(" ", text));
    t("of(\"a\\nb\", t)", () -> SourceText.of("a\nb", text));
    t("findCopies(\"\")", () -> Doppel.builder().build().findCopies(""));
    t("findCopies((String)null)", () -> Doppel.builder().build().findCopies((String) null));
    t("findCopies((SourceText)null)", () -> Doppel.builder().build().findCopies((SourceText) null));
    t("addAll(null)", () -> Doppel.builder().build().addAll(null));
    t("addAll(list with null)", () -> Doppel.builder().build().addAll(Arrays.asList(SourceText.of("x", text), null)));
    t("add twice", () -> { Corpus c = Doppel.builder().build(); c.add(SourceText.of("x", text)); c.add(SourceText.of("x", text)); });
    t("get missing", () -> Doppel.builder().build().get("zz"));
    t("maxPostings(1)", () -> Doppel.builder().maxPostings(1));
    t("reportFloor(null)", () -> Doppel.builder().reportFloor(null));
    t("rewrites(null)", () -> Doppel.builder().rewrites(null));
    t("textJudge(null)", () -> Doppel.builder().textJudge(null));
    t("openIndex(null)", () -> { try { Doppel.builder().openIndex(null); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.add dup id in index, query", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) {
        ix.add(List.of(SourceText.of("a", text))); ix.add(List.of(SourceText.of("a", text + " More."))); ix.commit();
        System.out.println("  size ids " + ix.ids().size() + " query " + ix.query(SourceText.of("q", text), 5).pairs().size());
      } catch (Exception e) { throw new RuntimeException(e); } });
    t("index.add(null list)", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { ix.add(null); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.add list with null", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { ix.add(Arrays.asList(SourceText.of("a", text), null)); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.query(null)", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { ix.query(null, 3); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.query(empty text)", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { System.out.println(ix.query(SourceText.of("q",""), 3).pairs()); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.add empty text", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { ix.add(List.of(SourceText.of("q",""))); ix.commit(); System.out.println("  " + ix.ids()); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.remove(null)", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { ix.remove(null); } catch (java.io.IOException e) { throw new RuntimeException(e); } });
    t("index.search(null)", () -> { try (DoppelIndex ix = DoppelIndex.open(Files.createTempDirectory("ix"))) { ix.search(null, 5); } catch (Exception e) { throw new RuntimeException(e); } });
    System.exit(0);
  }
}
