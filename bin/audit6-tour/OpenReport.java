import java.nio.file.Path;
import org.doppel.bench.HeadlessChromium;

public class OpenReport {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try (HeadlessChromium browser = HeadlessChromium.launch(HeadlessChromium.find().orElseThrow(), 1400, 900)) {
      for (int r = 0; r < 3; r++) {
        browser.open("about:blank", "document.readyState === 'complete'");
        long t = System.nanoTime();
        browser.open(file.toAbsolutePath().toUri().toString(), "document.documentElement.dataset.ready === 'true'");
        double wall = (System.nanoTime() - t) / 1e6;
        double ready = browser.evaluate("performance.getEntriesByName('doppel-ready')[0].startTime").asDouble();
        System.out.printf("run %d: first pair drawn %.0f ms (page), %.0f ms (wall from navigate)%n", r + 1, ready, wall);
      }
      for (int i = 1; i < args.length; i++) {
        String q = args[i].replace("'", "\\'");
        String count = browser.evaluate("(() => { const s = document.getElementById('search'); s.value = '" + q
            + "'; s.dispatchEvent(new Event('input')); return document.getElementById('count').textContent; })()").asText();
        System.out.printf("search '%s': %s%n", args[i], count);
      }
      System.out.println("errors: " + browser.errors());
    }
  }
}
