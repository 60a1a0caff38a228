package org.doppel.ingest.meta;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Facts that older pages set out as a table or a list of label and value: {@code <td>Autor:</td><td>Anna Muster</td>},
 * {@code <dt>Verfasser</dt><dd>…</dd>}. The value stands in the cell after its label.
 */
final class LabelledCells {
  private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)(?:autor(?:in|en)?|verfasser(?:in)?|author|written by|von|by|text)\\s*:?");
  private static final int MAX_VALUE = 120;

  private LabelledCells() {}

  /** The value beside the first cell labelled as the author's, outside comments and side boxes. */
  static Optional<String> author(Document page) {
    for (Element label : page.select("td, th, dt")) {
      if (!AUTHOR_LABEL.matcher(label.text().strip()).matches() || BylinePlaces.elsewhere(label)) {
        continue;
      }
      Element value = label.nextElementSibling();
      if (value != null && (value.normalName().equals("td") || value.normalName().equals("dd"))) {
        String text = value.text().strip();
        if (!text.isEmpty() && text.length() <= MAX_VALUE) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }
}
