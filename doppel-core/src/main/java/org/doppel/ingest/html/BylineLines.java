package org.doppel.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the byline, dateline and reading-time lines off the top of an article ("By Jane Voe - 03/12/24
 * 9:15 AM", "Sam Quist, AP Science Writer", "Updated 8:02 am PST, Tuesday, March 12, 2024",
 * "Lesezeit: 3 Minuten"): they are metadata, read as such by the metadata stage, not article text.
 * Only short lines before the first real paragraph, or right after a standfirst that opens the body, are looked at.
 */
final class BylineLines {
  private static final int MAX_CHARS = 120;
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
      + "oktober|dezember|janv|févr|mars|avr|juin|juil|août|sept|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
      + "septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|"
      + "dezembro|maret|agustus|desember)[a-zé]*\\.?";
  private static final Pattern LEADING_WORD = Pattern.compile(
      "(?iu)(by|von|par|por|di|door|av|przez|posted|published|updated|last updated|veröffentlicht|aktualisiert|"
          + "erschienen|stand|geschrieben|written|publié|mis à jour|publicado|atualizado|actualizado|pubblicato|"
          + "tempo de leitura|reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)\\b.*");
  private static final Pattern DATE = Pattern.compile(
      "(?iu)(\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|"
          + "\\b" + MONTH + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(de\\s+)?" + MONTH + "\\b|\\b\\d+\\s+min(ute|uten|utos)?s?\\b)");
  private static final Pattern WIRE_CREDIT = Pattern.compile(
      "(?iu)(\\b(ap|afp|dpa|reuters|associated press)\\b.*\\b(writer|reporter|correspondent|editor)\\b|"
          + "\\bassociated press$|\\bstaff (writer|reporter)\\b)");

  private BylineLines() {}

  /** {@code blocks} without the byline and date lines that come before the first paragraph of prose. */
  static List<TextBlock> dropLeading(List<TextBlock> blocks) {
    int first = 0;
    while (first < blocks.size() && !isProse(blocks.get(first)) && isBylineOrDate(blocks.get(first).text())) {
      first++;
    }
    // look past one short non-matching line (a kicker or a location), or the standfirst that opens the body, for a
    // byline or dateline right after it
    if (first == 0) {
      List<TextBlock> out = new ArrayList<>(blocks);
      for (int i = 0; i < Math.min(3, out.size()); i++) {
        if (isProse(out.get(i)) && i > 0) {
          break;
        }
        if (isBylineOrDate(out.get(i).text())) {
          out.remove(i);
          i--;
        }
      }
      return out;
    }
    return blocks.subList(first, blocks.size());
  }

  private static boolean isProse(TextBlock block) {
    return block.chars() > MAX_CHARS;
  }

  static boolean isBylineOrDate(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    return LEADING_WORD.matcher(text).matches() && (text.split("\\s+").length <= 7 || DATE.matcher(text).find())
        || DATE.matcher(text).find() && text.split("\\s+").length <= 10
        || WIRE_CREDIT.matcher(text).find();
  }
}
