import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Doppel's stopword language guess against Lingua, on pages that declare their language in
 * {@code <html lang>}: the declared language is the answer, the body text (first 4,000 characters,
 * as HtmlMetadata samples it) the input. Run by bin/compare/language-guess-vs-lingua.sh.
 */
public class LanguageGuessVsLingua {
  public static void main(String[] args) throws Exception {
    Method guess = Class.forName("org.doppel.ingest.meta.LanguageGuess").getDeclaredMethod("guess", String.class);
    guess.setAccessible(true);
    List<String[]> pages = new ArrayList<>(); // declared, text
    for (String dir : args) {
      try (var files = Files.list(Path.of(dir))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".html") && !name.endsWith(".html.gz")) {
            continue;
          }
          byte[] bytes;
          try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
          }
          Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
          String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang").trim().toLowerCase(Locale.ROOT);
          if (lang.length() < 2 || page.body() == null) {
            continue;
          }
          String text = page.body().text();
          pages.add(new String[] {lang.substring(0, 2), text.substring(0, Math.min(4000, text.length()))});
        }
      }
    }
    LanguageDetector all = LanguageDetectorBuilder.fromAllLanguages().build();
    LanguageDetector eight = LanguageDetectorBuilder.fromIsoCodes639_1(IsoCode639_1.EN, IsoCode639_1.DE, IsoCode639_1.FR,
        IsoCode639_1.ES, IsoCode639_1.IT, IsoCode639_1.NL, IsoCode639_1.PL, IsoCode639_1.PT).build();
    String[] names = {"doppel stopwords (8 languages)", "lingua, all 75 languages", "lingua, the same 8 languages"};
    List<String> known = List.of("en", "de", "fr", "es", "it", "nl", "pl", "pt");
    int[] right = new int[3];
    int[] rightKnown = new int[3];
    int pagesKnown = 0;
    int[] unknown = new int[3];
    long[] nanos = new long[3];
    TreeMap<String, Integer> declared = new TreeMap<>();
    for (int round = 0; round < 2; round++) { // the first round warms up; the second is counted
      right = new int[3];
      rightKnown = new int[3];
      pagesKnown = 0;
      unknown = new int[3];
      nanos = new long[3];
      declared.clear();
      for (String[] page : pages) {
        declared.merge(page[0], 1, Integer::sum);
        boolean inEight = known.contains(page[0]);
        pagesKnown += inEight ? 1 : 0;
        String[] answers = new String[3];
        long t0 = System.nanoTime();
        answers[0] = (String) guess.invoke(null, page[1]);
        long t1 = System.nanoTime();
        answers[1] = code(all.detectLanguageOf(page[1]));
        long t2 = System.nanoTime();
        answers[2] = code(eight.detectLanguageOf(page[1]));
        long t3 = System.nanoTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        for (int i = 0; i < 3; i++) {
          if (answers[i] == null) {
            unknown[i]++;
          } else if (answers[i].equals(page[0])) {
            right[i]++;
            rightKnown[i] += inEight ? 1 : 0;
          }
        }
      }
    }
    System.out.printf("pages with <html lang>: %d %s%n%n", pages.size(), declared);
    System.out.printf("| guesser | right | no answer | wrong | right on the %d pages in the 8 languages | µs a page |%n", pagesKnown);
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (int i = 0; i < 3; i++) {
      int n = pages.size();
      System.out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.0f |%n", names[i], right[i] / (double) n, unknown[i] / (double) n,
          (n - right[i] - unknown[i]) / (double) n, rightKnown[i] / (double) pagesKnown, nanos[i] / 1e3 / n);
    }
  }

  private static String code(Language language) {
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
