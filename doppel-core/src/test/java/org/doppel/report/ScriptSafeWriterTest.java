package org.doppel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScriptSafeWriterTest {
  private static String filter(String... chunks) throws IOException {
    StringWriter target = new StringWriter();
    ScriptSafeWriter writer = new ScriptSafeWriter(target);
    for (String chunk : chunks) {
      writer.write(chunk);
    }
    writer.finish();
    return target.toString();
  }

  @Test
  void escapesMarkupCharactersAndLineSeparators() throws IOException {
    assertThat(filter("\"</script>&\u2028\u2029\"")).isEqualTo("\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\"");
  }

  @Test
  void keepsSurrogatePairsEvenWhenSplitAcrossWrites() throws IOException {
    assertThat(filter("\"a\uD83D", "\uDE00b\"")).isEqualTo("\"a\uD83D\uDE00b\"");
  }

  @Test
  void escapesUnpairedSurrogates() throws IOException {
    assertThat(filter("\"\uD83Dx\uDE00\"")).isEqualTo("\"\\ud83dx\\ude00\"");
    assertThat(filter("\"\uD83D")).isEqualTo("\"\\ud83d");
  }

  @Property
  void anyStringSurvivesAsJsonAndCannotCloseTheScript(@ForAll String text) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String json = filter(mapper.writeValueAsString(text));

    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(mapper.readValue(json, String.class)).isEqualTo(text);
  }
}
